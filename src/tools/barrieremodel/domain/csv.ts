/**
 * The model as tables for spreadsheets: the action list (ranked barrières) and the whole model (every
 * component and field). The ranking rule is part of the rank column's heading, so it travels with the
 * export. Writing the file is the shared CSV writer's job (src/instrument/csv.ts).
 */
import { toCsv } from '../../../instrument/csv.ts';
import { actielijst, KLASSE_LABEL, partnerNaam } from './priority.ts';
import { BEWUSTHEID_LABEL, FASE_LABEL, ONDERDEEL_ENKELVOUD, REGEL_LABEL, SOORT_LABEL, STATUS_LABEL } from './labels.ts';
import { ONDERDELEN, type AnyItem, type Barriere, type Faciliteerder, type Model } from './types.ts';

export interface Tabel {
  koppen: string[];
  rijen: (string | number)[][];
}

/** Semicolon-separated with a BOM, so Dutch spreadsheet programs read it (é, è, ë); formulas defused. */
export const naarCsv = (t: Tabel): string => toCsv([t.koppen, ...t.rijen]);

const eigenaren = (model: Model, b: Barriere) => b.eigenaren.map((e) => partnerNaam(model, e)).join(', ');

export const rangKop = (model: Model) => `Rang (${REGEL_LABEL[model.stemming.regel].toLowerCase()})`;

export function actielijstTabel(model: Model): Tabel {
  return {
    koppen: [
      rangKop(model), 'Stemmen', 'Prioriteit (impact × haalbaarheid)', 'Klasse', 'Stap', 'Barrière', 'Instrument', 'Eigenaren',
      'Deadline', 'Status', 'Soort', 'Impact', 'Haalbaarheid', 'Verwacht waterbedeffect', 'Notitie',
    ],
    rijen: actielijst(model).map((a) => [
      a.rang, a.barriere.stemmen, a.prioriteit ?? '', KLASSE_LABEL[a.klasse], `${a.stapNummer}. ${a.stap.naam}`, a.barriere.tekst,
      a.barriere.instrument, eigenaren(model, a.barriere), a.barriere.deadline, STATUS_LABEL[a.barriere.status],
      SOORT_LABEL[a.barriere.soort], a.barriere.impact ?? '', a.barriere.haalbaarheid ?? '', a.barriere.waterbed, a.barriere.notitie,
    ]),
  };
}

export const MODEL_KOPPEN = [
  'Stap', 'Stapnaam', 'Fase', 'Eigenaar van de stap', 'Onderdeel', 'Tekst', 'Notitie', 'Bewust of onbewust', 'Soort', 'Instrument',
  'Eigenaren', 'Impact', 'Haalbaarheid', 'Prioriteit (impact × haalbaarheid)', 'Stemmen', 'Rang', 'Status', 'Deadline',
  'Verwacht waterbedeffect',
];

/** Every step (a row with its description) and every item with all its fields. */
export function modelTabel(model: Model): Tabel {
  const rang = new Map(actielijst(model).map((a) => [a.barriere.id, a]));
  const rijen: (string | number)[][] = [];
  model.stappen.forEach((stap, i) => {
    const stapCellen = [i + 1, stap.naam, stap.fase ? FASE_LABEL[stap.fase] : '', partnerNaam(model, stap.eigenaar)];
    rijen.push([...stapCellen, 'stap', stap.omschrijving, '', '', '', '', '', '', '', '', '', '', '', '', '']);
    for (const o of ONDERDELEN) {
      for (const item of stap[o] as AnyItem[]) {
        const f = o === 'faciliteerders' ? (item as Faciliteerder) : null;
        const b = o === 'barrieres' ? (item as Barriere) : null;
        const a = b ? rang.get(b.id) : undefined;
        rijen.push([
          ...stapCellen, ONDERDEEL_ENKELVOUD[o], item.tekst, item.notitie, f ? BEWUSTHEID_LABEL[f.bewustheid] : '',
          b ? SOORT_LABEL[b.soort] : '', b?.instrument ?? '', b ? eigenaren(model, b) : '', b?.impact ?? '', b?.haalbaarheid ?? '',
          a?.prioriteit ?? '', b ? b.stemmen : '', a ? a.rang : '', b ? STATUS_LABEL[b.status] : '', b?.deadline ?? '', b?.waterbed ?? '',
        ]);
      }
    }
  });
  return { koppen: [...MODEL_KOPPEN.slice(0, 15), rangKop(model), ...MODEL_KOPPEN.slice(16)], rijen };
}

export const actielijstCsv = (model: Model) => naarCsv(actielijstTabel(model));
export const modelCsv = (model: Model) => naarCsv(modelTabel(model));

