/**
 * The rules of the meldcode and its afwegingskader, as pure functions of a dossier and the sector.
 * One entry point for the views; each part has one job:
 *   velden.ts    fields, their screen, and whether they count (isRelevant, effectief)
 *   uitkomst.ts  the outcome: the two decisions, meldnormen, reasons and actions
 *   navigatie.ts what blocks a screen and which screen comes next
 *   aandacht.ts  points for attention, ignored answers, what changed after an edit
 *   kindcheck.ts the walk for the children after a positive kindcheck
 */
export * from './velden.ts';
export * from './uitkomst.ts';
export * from './navigatie.ts';
export * from './aandacht.ts';
