/**
 * Print views: the matrix as an A3 landscape poster and the action list on A4. They are rendered
 * into their own element under <body> while printing, so the rest of the page can be hidden.
 */
import { render } from 'preact';
import { actielijst, BEWUSTHEID_LABEL, ONDERDEEL_LABEL, ONDERDELEN, partnerNaam, prioriteit, STATUS_LABEL, type Barriere, type Faciliteerder, type Model } from '../domain/index.ts';
import { ActieTabel } from './Actielijst.tsx';

function Kop({ model }: { model: Model }) {
  const meta = [model.regio, model.datum, model.partners.map((p) => p.naam).join(', ')].filter(Boolean).join(' · ');
  return (
    <header class="bm-afdruk__kop">
      <h1 class="bm-afdruk__titel">{model.titel || 'Naamloos model'}</h1>
      {meta && <p>{meta}</p>}
    </header>
  );
}

export function Poster({ model }: { model: Model }) {
  return (
    <div class="bm-afdruk bm-afdruk--poster">
      <Kop model={model} />
      <table class="bm-poster">
        <thead>
          <tr>
            <th />
            {model.stappen.map((s, i) => (
              <th key={s.id} scope="col">{i + 1}. {s.naam}{s.eigenaar && <span class="bm-poster__eigenaar">{partnerNaam(model, s.eigenaar)}</span>}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ONDERDELEN.map((o) => (
            <tr key={o}>
              <th scope="row">{ONDERDEEL_LABEL[o]}</th>
              {model.stappen.map((s) => (
                <td key={s.id}>
                  <ul>
                    {s[o].map((it) => (
                      <li key={it.id}>
                        {it.tekst}
                        {o === 'faciliteerders' && (it as Faciliteerder).bewustheid !== 'onbekend' && ` (${BEWUSTHEID_LABEL[(it as Faciliteerder).bewustheid]})`}
                        {o === 'barrieres' && ` [${prioriteit(it as Barriere) ?? '–'} · ${STATUS_LABEL[(it as Barriere).status]}]`}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="bm-afdruk__voet">Gemaakt met de barrièremodel-bouwer van Veiligwijzer. Barrières: [prioriteit · status].</p>
    </div>
  );
}

export function ActielijstAfdruk({ model }: { model: Model }) {
  return (
    <div class="bm-afdruk bm-afdruk--lijst">
      <Kop model={model} />
      <ActieTabel model={model} acties={actielijst(model)} caption="Actielijst: barrières op volgorde van prioriteit" />
    </div>
  );
}

/** Renders the print view, opens the print dialog, and cleans up afterwards. */
export function drukAf(model: Model, soort: 'poster' | 'lijst'): void {
  document.querySelectorAll('.bm-afdruk-host').forEach((el) => el.remove());
  const host = document.createElement('div');
  host.className = 'bm-afdruk-host';
  document.body.append(host);
  render(soort === 'poster' ? <Poster model={model} /> : <ActielijstAfdruk model={model} />, host);
  document.documentElement.classList.add('bm-printing');
  const opruimen = () => {
    document.documentElement.classList.remove('bm-printing');
    render(null, host);
    host.remove();
    window.removeEventListener('afterprint', opruimen);
  };
  window.addEventListener('afterprint', opruimen);
  window.print();
}
