/** Export of a dossier as Markdown (for pasting into a dossier) and as plain text. */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier } from './model.ts';
import { maakSamenvatting } from './samenvatting.ts';
import { tekst } from './teksten.ts';

/** Markdown special characters in user text are escaped, so that pasted text stays as typed. */
const md = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/\r?\n/g, ' ');

export function naarMarkdown(d: Dossier, t: MeldcodeTeksten, nu = new Date()): string {
  const s = maakSamenvatting(d, t);
  const datum = nu.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  const out: string[] = [`# ${tekst(t, 'export-titel')}`, '', `${tekst(t, 'export-datum', { datum })}`, '', `_${tekst(t, 'export-disclaimer')}_`, ''];
  if (d.modus === 'training') out.push(`**${tekst(t, 'export-training')}**`, '');
  for (const sectie of s.secties) {
    if (!sectie.rijen.length) continue;
    out.push(`## ${sectie.titel}`, '');
    for (const r of sectie.rijen) {
      const extra = r.genegeerd ? ` (${tekst(t, 'label-genegeerd')})` : '';
      if (r.waarden.length === 1) out.push(`- **${md(r.label)}**${extra}: ${md(r.waarden[0]!)}`);
      else {
        out.push(`- **${md(r.label)}**${extra}:`);
        for (const w of r.waarden) out.push(`  - ${md(w)}`);
      }
    }
    out.push('');
  }
  out.push(`## ${tekst(t, 'label-uitkomst')}: ${s.uitkomstTitel}`, '', s.uitkomstTekst, '');
  for (const b of s.beslissingen) out.push(`- **${b.vraag}** ${b.antwoord}`);
  out.push('');
  const lijst = (kop: string, items: string[]) => {
    if (!items.length) return;
    out.push(`### ${kop}`, '', ...items.map((i) => `- ${i}`), '');
  };
  lijst(tekst(t, 'label-meldnormen'), s.meldnormen);
  lijst(tekst(t, 'label-redenen'), s.redenen);
  lijst(tekst(t, 'label-acties'), s.acties);
  lijst(tekst(t, 'label-aandachtspunten'), s.aandachtspunten);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Plain text: the Markdown without its markup. */
export function naarTekst(markdown: string): string {
  return markdown
    .split('\n')
    .map((l) => l.replace(/^#{1,3} (.*)$/, (_, k: string) => k.toUpperCase()).replace(/\*\*|(?<!\\)_/g, '').replace(/\\([\\`*_[\]#<>|])/g, '$1'))
    .join('\n');
}
