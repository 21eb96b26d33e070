/** Size limits for models: they keep the tool responsive and bound what an import or link can hold. */
export const LIMITS = {
  stappen: 40,
  itemsPerOnderdeel: 60,
  partners: 60,
  eigenarenPerBarriere: 20,
  titel: 200,
  naam: 200,
  korteTekst: 500,
  langeTekst: 4000,
  stemmen: 999,
  /** Dot-voting: participants (0 = no budget) and dots per participant. */
  deelnemers: 500,
  stippen: 50,
  /** Ids of merged contributions kept per model. */
  bijdragen: 500,
  /** Exported file (JSON) size. */
  bestandBytes: 2_000_000,
} as const;
