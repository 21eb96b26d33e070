/** The kindcheck: one question that often settles it, then the oudersignalen, what was checked and the outcome. */
import type { StapProps } from './context.ts';
import { RadioGroep, Tekstveld, Vinkjes, Melding } from './velden.tsx';
import { tekst, veldHulp, veldLabel } from '../domain/teksten.ts';
import { kindcheckUitkomst } from '../domain/regels.ts';
import type { Dossier, JaNee, KindcheckUitkomst } from '../domain/model.ts';

export function Kindcheck({ t, d, wijzig, fout }: StapProps) {
  const k = d.kindcheck;
  const zet = (deel: Partial<Dossier['kindcheck']>) => wijzig((x) => ({ ...x, kindcheck: { ...x.kindcheck, ...deel } }));
  const u = kindcheckUitkomst(d);
  const uitkomst = t.lijsten['kindcheck-uitkomsten'].find((x) => x.id === u);
  const jn = [
    { value: 'ja', label: tekst(t, 'waarde-ja') },
    { value: 'nee', label: tekst(t, 'waarde-nee') },
  ];
  return (
    <section aria-labelledby="mc-kindcheck-kop" class="mc-blok mc-kindcheck">
      <h3 class="utrecht-heading-3" id="mc-kindcheck-kop">
        {tekst(t, 'ui-kindcheck-titel')}
      </h3>
      <p class="utrecht-paragraph">{tekst(t, 'ui-kindcheck-uitleg')}</p>
      <RadioGroep
        id="mc-kindcheck-kinderen"
        legend={veldLabel(t, 1, 'kinderen')}
        hulp={veldHulp(t, 1, 'kinderen')}
        opties={jn}
        value={k.kinderen}
        onChange={(v) => zet({ kinderen: v as JaNee })}
        fout={!k.kinderen ? fout('kindcheck') : undefined}
      />
      {k.kinderen === 'ja' && (
        <>
          <Vinkjes
            id="mc-kindcheck-aanleidingen"
            legend={veldLabel(t, 1, 'aanleidingen')}
            hulp={veldHulp(t, 1, 'aanleidingen')}
            opties={t.lijsten.oudersignalen.map((o) => ({ value: o.id, label: o.label }))}
            value={k.aanleidingen}
            onChange={(v) => zet({ aanleidingen: v })}
          />
          <Vinkjes
            id="mc-kindcheck-nagegaan"
            legend={veldLabel(t, 1, 'nagegaan')}
            opties={t.lijsten['kindcheck-controles'].map((o) => ({ value: o.id, label: o.label }))}
            value={k.nagegaan}
            onChange={(v) => zet({ nagegaan: v })}
          />
          <RadioGroep
            id="mc-kindcheck-uitkomst"
            legend={veldLabel(t, 1, 'uitkomst')}
            opties={t.lijsten['kindcheck-uitkomsten'].map((o) => ({ value: o.id, label: o.label, uitleg: o.uitleg }))}
            value={k.uitkomst}
            onChange={(v) => zet({ uitkomst: v as KindcheckUitkomst })}
            fout={k.kinderen && !k.uitkomst ? fout('kindcheck') : undefined}
          />
        </>
      )}
      {uitkomst?.uitleg && (
        <Melding soort={u === 'geen-zorg' ? 'ok' : 'info'} rol="status">
          <p class="utrecht-paragraph">
            <strong>{uitkomst.label}</strong> {uitkomst.uitleg}
          </p>
        </Melding>
      )}
      <Tekstveld id="mc-kindcheck-notitie" label={veldLabel(t, 1, 'notitie')} hulp={veldHulp(t, 1, 'notitie')} value={k.notitie} onInput={(v) => zet({ notitie: v })} />
    </section>
  );
}
