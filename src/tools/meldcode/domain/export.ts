/**
 * Export of a dossier as Markdown (for pasting into a dossier) and as plain text: the date first, then
 * role and case reference, then the outcome, then every answer. Line breaks the user typed are kept.
 */
import type { MeldcodeTeksten } from '../content-schema.ts';
import type { Dossier } from './model.ts';
import { maakSamenvatting } from './samenvatting.ts';
import { tekst } from './teksten.ts';

/** Markdown special characters in user text are escaped, so that pasted text stays as typed. */
const escape = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');
/** A value on its own line(s) in a list item: typed line breaks become Markdown hard breaks. */
const regels = (s: string, inspring: string) =>
  escape(s)
    .split(/\r?\n/)
    .map((r, i) => (i === 0 ? r : `${inspring}${r}`))
    .join('  \n');

/** @param datum the date of the export, already formatted for the reader (local date) */
export function naarMarkdown(d: Dossier, t: MeldcodeTeksten, datum: string): string {
  const s = maakSamenvatting(d, t);
  const out: string[] = [`# ${tekst(t, 'export-titel')}`, '', tekst(t, 'export-datum', { datum }), ''];
  for (const k of s.kop) out.push(`- **${escape(k.label)}:** ${regels(k.waarde, '  ')}`);
  if (s.kop.length) out.push('');
  out.push(`_${tekst(t, 'export-disclaimer')}_`, '');
  if (d.modus === 'training') out.push(`**${tekst(t, 'export-training')}**`, '');

  // The outcome first.
  out.push(`## ${tekst(t, 'label-uitkomst')}: ${s.uitkomstTitel}`, '', s.uitkomstTekst, '');
  for (const b of s.beslissingen) out.push(`- **${b.vraag}** ${b.antwoord}`);
  if (s.beslissingen.length) out.push('');
  const lijst = (kop: string, items: string[], genummerd = false) => {
    if (!items.length) return;
    out.push(`### ${kop}`, '', ...items.map((i, n) => `${genummerd ? `${n + 1}.` : '-'} ${i}`), '');
  };
  lijst(tekst(t, 'ui-route-medewerker'), s.routeStappen, true);
  lijst(tekst(t, 'label-meldnormen'), s.meldnormen);
  lijst(tekst(t, 'label-redenen'), s.redenen);
  lijst(tekst(t, 'label-acties'), s.acties);
  lijst(tekst(t, 'label-aandachtspunten'), s.aandachtspunten);

  out.push(`## ${tekst(t, 'ui-antwoorden-titel')}`, '');
  for (const sectie of s.secties) {
    if (!sectie.rijen.length) continue;
    out.push(`### ${sectie.titel}`, '');
    for (const r of sectie.rijen) {
      const extra = r.genegeerd ? ` (${tekst(t, 'label-genegeerd')})` : '';
      if (r.waarden.length === 1) out.push(`- **${escape(r.label)}**${extra}: ${regels(r.waarden[0]!, '  ')}`);
      else {
        out.push(`- **${escape(r.label)}**${extra}:`);
        for (const w of r.waarden) out.push(`  - ${regels(w, '    ')}`);
      }
    }
    out.push('');
  }
  if (d.koppeling?.verslag) out.push(`## ${tekst(t, 'koppeling-verslag')}`, '', '```', d.koppeling.verslag.replace(/```/g, "'''"), '```', '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Plain text: the Markdown without its markup (typed line breaks stay). */
export function naarTekst(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => l !== '```')
    .map((l) =>
      l
        .replace(/  $/, '')
        .replace(/^#{1,3} (.*)$/, (_, k: string) => k.toUpperCase())
        .replace(/\*\*|(?<!\\)_/g, '')
        .replace(/\\([\\`*_[\]#<>|])/g, '$1'),
    )
    .join('\n');
}
