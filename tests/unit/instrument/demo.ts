/** A small example tool for the layer's tests: a model with steps and barrières, and one older version. */
import * as z from 'zod/mini';
import { defineInstrument } from '../../../src/instrument/files/definition.ts';

const score = z.int().check(z.minimum(1, 'moet 1 tot 5 zijn'), z.maximum(5, 'moet 1 tot 5 zijn'));
const text = (max: number) => z.string().check(z.maxLength(max));

export const demoSchema = z.object({
  titel: text(200),
  notitie: z._default(text(100_000), ''),
  stappen: z
    .array(
      z.object({
        naam: text(200),
        fase: z.nullable(z.enum(['signaleren', 'handelen'])),
        barrieres: z.array(z.object({ tekst: text(20_000), impact: z.nullable(score) })).check(z.maxLength(50)),
      }),
    )
    .check(z.maxLength(30)),
});
export type Demo = z.infer<typeof demoSchema>;

export const demo = defineInstrument<Demo>({
  tool: 'demo',
  name: 'de demo-bouwer',
  version: 2,
  schema: demoSchema,
  maxBytes: 500_000,
  // Version 1 had one "prioriteit" per barrière and called the title "naam".
  migrations: {
    1: (v1) => {
      const d = v1 as { naam?: unknown; stappen?: { barrieres?: { prioriteit?: unknown }[] }[] };
      return {
        titel: d.naam,
        stappen: (d.stappen ?? []).map((s) => ({ ...s, barrieres: (s.barrieres ?? []).map(({ prioriteit, ...b }) => ({ ...b, impact: prioriteit ?? null })) })),
      };
    },
  },
  labels: {
    titel: 'de titel',
    notitie: 'de notitie',
    stappen: (n) => `stap ${n}`,
    naam: 'de naam',
    fase: 'de fase',
    barrieres: (n) => `barrière ${n}`,
    tekst: 'de tekst',
    impact: 'de impact',
  },
});

export const validDemo: Demo = {
  titel: 'Huiselijk geweld in de regio',
  notitie: 'Eerste opzet',
  stappen: [
    { naam: 'Signaleren', fase: 'signaleren', barrieres: [{ tekst: 'Geen tijd', impact: 3 }] },
    { naam: 'Handelen', fase: 'handelen', barrieres: [] },
  ],
};

export const validEnvelope = { instrument: 'demo', versie: 2, opgeslagen: '2026-11-23T08:00:00.000Z', data: validDemo };
export const olderEnvelope = {
  instrument: 'demo',
  versie: 1,
  opgeslagen: '2025-01-01T08:00:00.000Z',
  data: { naam: 'Oud model', stappen: [{ naam: 'Stap', fase: null, barrieres: [{ tekst: 'x', prioriteit: 4 }] }] },
};

/** Free-text fields of the demo, for the hostile-file generator. */
export const isDemoText = (path: readonly (string | number)[]) => ['notitie', 'tekst'].includes(String(path.at(-1)));
