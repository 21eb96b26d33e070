/**
 * Reads a link in the address (#model=… or #bijdrage=…) at start and on every hash change, then removes
 * it from the address. A model waits for the user's choice; a contribution waits to be merged.
 */
import { useEffect, useState } from 'preact/hooks';
import { isBijdrageFragment, isDeelFragment, leesBijdrageFragment, leesFragment, type Bijdrage, type Model } from '../domain/index.ts';

export function useDeellink(opFout: (melding: string) => void, opGelezen: () => void) {
  const [gedeeld, setGedeeld] = useState<Model | null>(null);
  const [ontvangen, setOntvangen] = useState<Bijdrage | null>(null);
  useEffect(() => {
    const lees = async () => {
      const hash = location.hash;
      const model = isDeelFragment(hash);
      if (!model && !isBijdrageFragment(hash)) return;
      const r = model ? await leesFragment(hash) : await leesBijdrageFragment(hash);
      history.replaceState(null, '', location.pathname + location.search);
      if (!r.ok) return opFout(r.message);
      if (model) setGedeeld(r.value as Model);
      else setOntvangen(r.value as Bijdrage);
      opGelezen();
    };
    void lees();
    window.addEventListener('hashchange', lees);
    return () => window.removeEventListener('hashchange', lees);
  }, []);
  return { gedeeld, setGedeeld, ontvangen, setOntvangen };
}
