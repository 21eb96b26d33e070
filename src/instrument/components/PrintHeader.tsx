/** Shown only on paper: tool, title and print date on every printout. */
import { useEffect, useState } from 'preact/hooks';
import { printLine } from '../shell.ts';
import '../forms/styles.ts';

export function PrintHeader({ tool, title }: { tool: string; title: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => setNow(new Date());
    addEventListener('beforeprint', update);
    return () => removeEventListener('beforeprint', update);
  }, []);
  return <p class="instrument-print-header instrument-user-text">{printLine(tool, title, now)}</p>;
}
