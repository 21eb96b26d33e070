/**
 * Print views: the matrix as an A3 landscape poster and the action list on A4. They are rendered
 * into their own element under <body> while printing, so the rest of the page can be hidden.
 */
import { render } from 'preact';
import {
  actielijst, BEWUSTHEID_LABEL, ONDERDEEL_LABEL, ONDERDELEN, partnerNaam, prioriteit, REGEL_UITLEG, STATUS_LABEL,
  type Barriere, type Faciliteerder, type Model, type Stap,
} from '../domain/index.ts';
import { ActieTabel } from './ActieTabel.tsx';

/** Steps per A3 page: keeps columns wide enough to read (about 6 cm each). */
export const STAPPEN_PER_POSTER = 6;

/** The steps in groups of at most `per`, spread evenly (20 steps → 6, 5, 5, 4 would be uneven: 5, 5, 5, 5). */
export function verdeel<T>(lijst: readonly T[], per: number): T[][] {
  const delen = Math.max(1, Math.ceil(lijst.length / per));
  const grootte = Math.ceil(lijst.length / delen);
  const uit: T[][] = [];
  for (let i = 0; i < lijst.length; i += grootte) uit.push(lijst.slice(i, i + grootte));
  return uit.length ? uit : [[]];
}

function barriereInfo(model: Model, b: Barriere): string {
  const delen = [
    prioriteit(b) === null ? 'niet beoordeeld' : `prioriteit ${prioriteit(b)}`,
    STATUS_LABEL[b.status].toLowerCase(),
    `${b.stemmen} ${b.stemmen === 1 ? 'stem' : 'stemmen'}`,
    b.eigenaren.map((e) => partnerNaam(model, e)).join(', '),
    b.instrument,
  ].filter(Boolean);
  return ` [${delen.join(' · ')}]`;
}

function Kop({ model }: { model: Model }) {
  const meta = [model.regio, model.datum, model.partners.map((p) => p.naam).join(', ')].filter(Boolean).join(' · ');
  return (
    <header class="bm-afdruk__kop">
      <h1 class="bm-afdruk__titel">{model.titel || 'Naamloos model'}</h1>
      {meta && <p>{meta}</p>}
    </header>
  );
}

function PosterDeel({ model, stappen, begin }: { model: Model; stappen: Stap[]; begin: number }) {
  return (
    <table class="bm-poster">
      <thead>
        <tr>
          <th class="bm-poster__hoek"><span class="bm-visueel-verborgen">Onderdeel</span></th>
          {stappen.map((s, i) => (
            <th key={s.id} scope="col">{begin + i + 1}. {s.naam}{s.eigenaar && <span class="bm-poster__eigenaar">Eigenaar: {partnerNaam(model, s.eigenaar)}</span>}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ONDERDELEN.map((o) => (
          <tr key={o}>
            <th scope="row">{ONDERDEEL_LABEL[o]}</th>
            {stappen.map((s) => (
              <td key={s.id}>
                <ul>
                  {s[o].map((it) => (
                    <li key={it.id}>
                      {it.tekst}
                      {o === 'faciliteerders' && (it as Faciliteerder).bewustheid !== 'onbekend' && ` (${BEWUSTHEID_LABEL[(it as Faciliteerder).bewustheid]})`}
                      {o === 'barrieres' && barriereInfo(model, it as Barriere)}
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The matrix on A3 landscape, split by steps over pages; the title heads the first page with content. */
export function Poster({ model }: { model: Model }) {
  const delen = verdeel(model.stappen, STAPPEN_PER_POSTER);
  let begin = 0;
  return (
    <div class="bm-afdruk bm-afdruk--poster">
      {delen.map((stappen, i) => {
        const deel = (
          <section class="bm-poster-deel" key={i}>
            {i === 0 && <Kop model={model} />}
            {delen.length > 1 && <p class="bm-poster__pagina">Stappen {begin + 1} tot en met {begin + stappen.length} van {model.stappen.length}</p>}
            <PosterDeel model={model} stappen={stappen} begin={begin} />
          </section>
        );
        begin += stappen.length;
        return deel;
      })}
      <p class="bm-afdruk__voet">Gemaakt met de barrièremodel-bouwer van Veiligwijzer. Bij barrières: [prioriteit · status · stemmen · eigenaren · instrument].</p>
    </div>
  );
}

export function ActielijstAfdruk({ model }: { model: Model }) {
  return (
    <div class="bm-afdruk bm-afdruk--lijst">
      <Kop model={model} />
      <p class="bm-afdruk__regel">{REGEL_UITLEG[model.stemming.regel]}</p>
      <ActieTabel model={model} acties={actielijst(model)} caption="Actielijst" />
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
