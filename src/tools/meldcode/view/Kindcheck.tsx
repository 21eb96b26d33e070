/** The kindcheck: one question that often settles it, then the oudersignalen, what was checked and the outcome. */
import type { StapProps } from './context.ts';
import { RadioGroup, CheckboxGroup, Alert } from '../../../instrument/forms/index.ts';
import { Tekstveld } from './Tekstveld.tsx';
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
      <RadioGroup
        id="mc-kindcheck-kinderen"
        legend={veldLabel(t, 1, 'kinderen')}
        description={veldHulp(t, 1, 'kinderen')}
        options={jn}
        value={k.kinderen}
        onChange={(v) => zet({ kinderen: v as JaNee })}
        error={!k.kinderen ? fout('kindcheck') : undefined}
      />
      {k.kinderen === 'ja' && (
        <>
          <CheckboxGroup
            id="mc-kindcheck-aanleidingen"
            legend={veldLabel(t, 1, 'aanleidingen')}
            description={veldHulp(t, 1, 'aanleidingen')}
            options={t.lijsten.oudersignalen.map((o) => ({ value: o.id, label: o.label }))}
            value={k.aanleidingen}
            onChange={(v) => zet({ aanleidingen: v })}
          />
          <CheckboxGroup
            id="mc-kindcheck-nagegaan"
            legend={veldLabel(t, 1, 'nagegaan')}
            options={t.lijsten['kindcheck-controles'].map((o) => ({ value: o.id, label: o.label }))}
            value={k.nagegaan}
            onChange={(v) => zet({ nagegaan: v })}
          />
          <RadioGroup
            id="mc-kindcheck-uitkomst"
            legend={veldLabel(t, 1, 'uitkomst')}
            options={t.lijsten['kindcheck-uitkomsten'].map((o) => ({ value: o.id, label: o.label, description: o.uitleg }))}
            value={k.uitkomst}
            onChange={(v) => zet({ uitkomst: v as KindcheckUitkomst })}
            error={k.kinderen && !k.uitkomst ? fout('kindcheck') : undefined}
          />
        </>
      )}
      {uitkomst?.uitleg && (
        <Alert type={u === 'geen-zorg' ? 'ok' : 'info'} role="status">
          <p class="utrecht-paragraph">
            <strong>{uitkomst.label}</strong> {uitkomst.uitleg}
          </p>
        </Alert>
      )}
      <Tekstveld id="mc-kindcheck-notitie" label={veldLabel(t, 1, 'notitie')} description={veldHulp(t, 1, 'notitie')} value={k.notitie} onInput={(v) => zet({ notitie: v })} />
    </section>
  );
}
