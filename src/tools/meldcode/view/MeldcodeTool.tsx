/**
 * The meldcode step-through (island). The user's own dossier lives in the shared document store
 * (kept on the device only when the user chooses, optionally behind a passphrase); screens, errors
 * and the training case live in a reducer (../domain/toestand.ts). Nothing replaces the work without
 * a question and an undo. All rules come from ../domain; all texts from the content files (props).
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { MeldcodeTeksten, Casus } from '../content-schema.ts';
import { leegDossier, type Dossier, type Scherm } from '../domain/model.ts';
import { meldcodeBestand } from './bestanden.ts';
import { beginToestand, meldcodeReducer } from '../domain/toestand.ts';
import { sectorRegels, tekst } from '../domain/teksten.ts';
import { useStoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { useReplace, type ReplaceControl } from '../../../instrument/hooks/useReplace.ts';
import type { ReplaceReason } from '../../../instrument/replace.ts';
import { useLoadedMarker } from '../../../instrument/hooks/useShell.ts';
import { downloadText } from '../../../instrument/browser-file.ts';
import { zetPrivacyTekst } from './Tekstveld.tsx';
import { StapNavigatie } from './StapNavigatie.tsx';
import { StapScherm } from './StapScherm.tsx';
import { useVervolg } from './vervolg.ts';
import { Bewaren, OpslagMeldingen, type Bericht } from './Bewaren.tsx';
import { Balk } from './Balk.tsx';
import { CasusPaneel } from './Training.tsx';
import './meldcode.css';

/** The key of the earlier versions of this tool, so that what users kept stays readable. */
export const OPSLAG_SLEUTEL = 'veiligwijzer.meldcode';
const LEEG = JSON.stringify(leegDossier());
const isLeeg = (d: Dossier) => JSON.stringify(d) === LEEG;

export default function MeldcodeTool({ t }: { t: MeldcodeTeksten }) {
  const root = useLoadedMarker<HTMLDivElement>();
  const doc = useStoredDocument(meldcodeBestand, { key: OPSLAG_SLEUTEL, empty: leegDossier, isEmpty: isLeeg, persist: false });
  const [s, dispatch] = useReducer(meldcodeReducer, undefined, beginToestand);
  const [klaar, setKlaar] = useState(false);
  const [bericht, setBericht] = useState<Bericht | null>(null);
  const d = s.training ?? doc.data;
  const sector = sectorRegels(t, d.sector);
  // The screens after the start load with the first answer (or when there is work already).
  const V = useVervolg(s.scherm !== 'start' || !isLeeg(d));
  const casus = s.training ? t.casussen.find((c) => c.id === s.training?.casus) : undefined;

  useEffect(() => {
    zetPrivacyTekst((soorten) => tekst(t, 'ui-privacy-let-op', { soorten: soorten.map((x) => tekst(t, `privacy-${x}`)).join(', ') }));
    setKlaar(true);
  }, []);

  // Replacing the own work (import, the children's walk): ask first, then offer undo; undo returns to the screen the user was on.
  const terug = useRef<Scherm>('start');
  const doel = useRef<Scherm>('overzicht');
  const vervang = useReplace(
    doc.data,
    (v) => {
      doc.update(v);
      dispatch({ type: 'vervangen', scherm: doel.current });
    },
    isLeeg,
  );
  const vervangen: ReplaceControl<Dossier> = { ...vervang, undo: () => ((doel.current = terug.current), vervang.undo()) };
  const vraagVervangen = (nieuw: Dossier, reden: ReplaceReason, scherm: Scherm) => {
    setBericht(null);
    terug.current = s.scherm;
    doel.current = scherm;
    vervangen.request(nieuw, reden);
  };

  const wijzig = (f: (d: Dossier) => Dossier) => {
    const nieuw = f(d);
    // What changed in the outcome (only once the later screens are there: before that there is no outcome yet).
    if (V) dispatch({ type: 'gewijzigd', wijzigingen: V.wijzigingen(d, nieuw, sectorRegels(t, d.sector), sectorRegels(t, nieuw.sector)) });
    if (s.training) dispatch({ type: 'oefenWijzig', f });
    else {
      vervangen.dismiss();
      doc.update(f);
    }
  };

  const startCasus = (c: Casus, direct: boolean) => {
    // Practising never touches the own work: it stays in the store (and on the device) until "Stop met oefenen".
    const n = leegDossier('training', c.id);
    dispatch({ type: 'oefen', dossier: { ...n, sector: c.sector, betrokkene: c.betrokkene, route: c.route, directeFeedback: direct } });
  };

  /** "Alles wissen": the screen always; the stored copy too, and the message says whether that worked. */
  const wis = async (): Promise<Bericht> => {
    vervangen.dismiss();
    doc.replace.dismiss();
    setBericht(null);
    const r = doc.persisting ? await doc.setPersisting(false) : null;
    doc.update(leegDossier());
    dispatch(s.training ? { type: 'stopOefenen' } : { type: 'vervangen', scherm: 'start' });
    return r && !r.ok ? { soort: 'error', tekst: `${tekst(t, 'ui-gewist-scherm')} ${r.message}` } : { soort: 'ok', tekst: tekst(t, 'ui-gewist') };
  };

  const download = () => downloadText(meldcodeBestand.fileName('json', new Date(), 'meldcode-samenvatting'), meldcodeBestand.toFileText(doc.data));

  return (
    <div class="mc-tool" ref={root} data-klaar={klaar ? '' : undefined}>
      <Balk t={t} onWissen={wis} />
      <OpslagMeldingen t={t} doc={doc} vervangen={vervangen} onDownload={download} />
      <StapNavigatie t={t} lijst={V && V.schermen(d, sector)} scherm={s.scherm} onGa={(scherm) => dispatch({ type: 'ga', scherm })} />
      {casus && <CasusPaneel t={t} casus={casus} scherm={s.scherm} onStop={() => dispatch({ type: 'stopOefenen' })} />}
      <StapScherm
        t={t}
        d={d}
        sector={sector}
        s={s}
        dispatch={dispatch}
        wijzig={wijzig}
        casus={casus}
        V={V}
        onStartCasus={startCasus}
        onKinderen={(n) => (s.training ? dispatch({ type: 'oefen', dossier: n }) : vraagVervangen(n, 'new', 'start'))}
      />
      <Bewaren
        t={t}
        d={d}
        doc={doc}
        oefenen={!!s.training}
        onOpen={(n) => vraagVervangen(n, 'import', 'overzicht')}
        bericht={bericht}
        setBericht={setBericht}
      />
      <p class="utrecht-paragraph mc-ondersteunt">{tekst(t, 'ui-ondersteunt')}</p>
      {V && <V.Afdruk t={t} d={d} klaar={klaar} />}
    </div>
  );
}
