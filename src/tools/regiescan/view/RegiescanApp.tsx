/**
 * The regiescan island: context → one screen per dimension → result. The scan, where the user is and a
 * loaded comparison are kept on the device by the shared layer (useStoredDocument: quarantine of what
 * cannot be read, two tabs, passphrase); every change is an action of the pure scanReducer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStoredDocument } from '../../../instrument/hooks/useStoredDocument.ts';
import { useLoadedMarker, useScreen } from '../../../instrument/hooks/useShell.ts';
import { localDateStamp } from '../../../instrument/dates.ts';
import { ConflictChoice } from '../../../instrument/components/ConflictChoice.tsx';
import { QuarantineNotice } from '../../../instrument/components/QuarantineNotice.tsx';
import { ReplaceConfirm } from '../../../instrument/components/ReplaceConfirm.tsx';
import { StorageStatus } from '../../../instrument/components/StorageStatus.tsx';
import { PrintHeader } from '../../../instrument/components/PrintHeader.tsx';
import { scanOpslag } from './bestanden.ts';
import { leegScanWerk, scanIsLeeg, scanReducer, type ScanActie } from '../domain/werk.ts';
import { voortgang } from '../domain/scoring.ts';
import { vergelijk } from '../domain/vergelijking.ts';
import { Meldingen, useDetailsOpenBijAfdrukken, type Melding } from './common.tsx';
import { ContextScherm } from './ContextScherm.tsx';
import { DimensieScherm } from './DimensieScherm.tsx';
import { Resultaat } from './Resultaat.tsx';
import { planActies } from './Actieplan.tsx';
import { Onderdelen } from './Onderdelen.tsx';
import { Navigatie } from './Navigatie.tsx';
import { ScanBewaren, ScanOpenen } from './ScanBewaren.tsx';
import type { RegiescanProps } from './types.ts';
import './regiescan.css';

export const OPSLAG_SLEUTEL = 'veiligwijzer:regiescan';

export default function RegiescanApp({ catalogus, teksten }: RegiescanProps) {
  useDetailsOpenBijAfdrukken();
  const doc = useStoredDocument(scanOpslag, { key: OPSLAG_SLEUTEL, empty: () => leegScanWerk(catalogus.stellingenVersie), isEmpty: scanIsLeeg, delay: 50 });
  // Loaded when the stored work (if any) is on screen: reading it first loads the validation.
  const root = useLoadedMarker<HTMLDivElement>(doc.save.kind !== 'loading');
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const w = doc.data;
  const aantal = catalogus.dimensies.length;
  const scherm = Math.min(Math.max(w.scherm, -1), aantal);

  const doe = (a: ScanActie) => {
    const r = scanReducer(doc.data, a);
    if (!r.ok) return setMeldingen([{ soort: 'error', tekst: r.message }]);
    doc.replace.dismiss();
    doc.update((vorig) => {
      const n = scanReducer(vorig, a);
      return n.ok ? n.value : vorig;
    });
  };
  const ga = (n: number) => {
    setMeldingen([]);
    doe({ type: 'ga', scherm: n });
  };

  // After loading: say that earlier answers are back (and where), or give a new scan today's date.
  const geladen = useRef(false);
  useEffect(() => {
    if (geladen.current || doc.save.kind === 'loading') return;
    geladen.current = true;
    if (!scanIsLeeg(doc.data)) {
      const waar = scherm < 0 ? '' : scherm === aantal ? ' U staat weer bij de uitslag.' : ` U staat weer bij onderdeel ${scherm + 1}.`;
      setMeldingen([{ soort: 'info', tekst: `Uw eerdere antwoorden op dit apparaat zijn teruggezet.${waar} U kunt verdergaan waar u was, of opnieuw beginnen.` }]);
    } else if (!doc.data.context.datum && !doc.protection.locked) {
      doc.update((v) => ({ ...v, context: { ...v.context, datum: localDateStamp() } }));
    }
  }, [doc.save.kind]);

  const dimensie = scherm >= 0 && scherm < aantal ? catalogus.dimensies[scherm]! : null;
  const kop = scherm < 0 ? 'Over u en uw gemeente' : dimensie ? `Onderdeel ${scherm + 1} van ${aantal}: ${dimensie.titel}` : 'Uitslag van de regiescan';
  const kopRef = useScreen(String(scherm), dimensie ? `Onderdeel ${scherm + 1} van ${aantal}` : kop);
  const v = voortgang(dimensie ?? { id: '', titel: '', stellingen: [] }, w);
  const vergelijking = w.eerder ? vergelijk(catalogus, w.eerder, w) : null;

  return (
    <div class="regiescan" ref={root}>
      <PrintHeader tool="Regiescan" title={kop} />
      <h2 class="utrecht-heading-2 regiescan__kop" tabIndex={-1} ref={kopRef}>
        {kop}
      </h2>
      {dimensie && (
        <div class="regiescan__voortgang">
          <p class="utrecht-paragraph" id="voortgang-tekst">
            Onderdeel {scherm + 1} van {aantal}. U hebt {v.ingevuld} van de {v.totaal} stellingen van dit onderdeel ingevuld.
          </p>
          <progress max={aantal} value={scherm + 1} aria-labelledby="voortgang-tekst" />
        </div>
      )}
      <StorageStatus state={doc.save} />
      <QuarantineNotice message={doc.unreadable} items={doc.quarantine} tool="regiescan" onDiscard={doc.discardQuarantined} />
      <ConflictChoice doc={doc} />
      <ReplaceConfirm control={doc.replace} />
      <Meldingen meldingen={meldingen} />

      {doc.protection.locked ? null : (
        <>
          {scherm < 0 && <ContextScherm context={w.context} teksten={teksten} onContext={(context) => doe({ type: 'context', context })} />}
          {dimensie && (
            <DimensieScherm
              dimensie={dimensie}
              scan={w}
              teksten={teksten}
              onAntwoord={(stellingId, antwoord) => doe({ type: 'antwoord', stellingId, antwoord })}
              onNotitie={(stellingId, tekst) => doe({ type: 'notitie', stellingId, tekst })}
            />
          )}
          {scherm === aantal && <Resultaat catalogus={catalogus} teksten={teksten} scan={w} vergelijking={vergelijking} plan={planActies(doe)} />}
          <Navigatie scherm={scherm} aantal={aantal} onGa={ga} />
          <Onderdelen catalogus={catalogus} scan={w} scherm={scherm} onGa={ga} />
          {scherm === aantal && <ScanBewaren catalogus={catalogus} teksten={teksten} doc={doc} vergelijking={vergelijking} doe={doe} melden={setMeldingen} />}
        </>
      )}
      {(scherm < 0 || scherm === aantal || doc.protection.locked) && <ScanOpenen catalogus={catalogus} doc={doc} melden={setMeldingen} />}
    </div>
  );
}
