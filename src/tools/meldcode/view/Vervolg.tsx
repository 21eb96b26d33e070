/**
 * Everything after the start screen, loaded when it is needed (the first answer, another screen, or
 * work loaded from this device), so the page itself stays within its JavaScript budget.
 */
export { Stap1 } from './Stap1.tsx';
export { Stap2 } from './Stap2.tsx';
export { Stap3 } from './Stap3.tsx';
export { Stap4 } from './Stap4.tsx';
export { Stap5 } from './Stap5.tsx';
export { Kindcheck } from './Kindcheck.tsx';
export { Overzicht } from './Overzicht.tsx';
export { Afdruk } from './Afdruk.tsx';
export { FeedbackPaneel } from './TrainingVergelijking.tsx';
export { naarMarkdown, naarTekst } from '../domain/export.ts';
export { wijzigingen } from '../domain/aandacht.ts';
export { VELD_SCHERM } from '../domain/velden.ts';
export { naVolgende, schermen, schermFouten, vorigScherm } from '../domain/navigatie.ts';
