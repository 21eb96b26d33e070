/** Merging a contribution into a model, and the Dutch report of what happened. */
import { randomId, voegBijdrageToe, type Bijdrage, type BijdrageVerslag, type Model } from '../domain/index.ts';

export const voegBijdrageSamen = (model: Model, b: Bijdrage) => voegBijdrageToe(model, b, randomId);

export function bijdrageVerslagTekst(b: Bijdrage, v: BijdrageVerslag): string {
  const van = b.deelnemer ? ` van ${b.deelnemer}` : '';
  const delen = [`Bijdrage${van} samengevoegd: ${v.items} ${v.items === 1 ? 'onderdeel' : 'onderdelen'} en ${v.stemmen} ${v.stemmen === 1 ? 'stem' : 'stemmen'} toegevoegd.`];
  if (v.nieuweStappen > 0) delen.push(`${v.nieuweStappen} ${v.nieuweStappen === 1 ? 'stap stond' : 'stappen stonden'} niet meer in het model en ${v.nieuweStappen === 1 ? 'is' : 'zijn'} opnieuw gemaakt.`);
  if (v.overgeslagen > 0) delen.push(`${v.overgeslagen} ${v.overgeslagen === 1 ? 'onderdeel stond' : 'onderdelen stonden'} er al of paste niet.`);
  if (v.stemmenZonderBarriere > 0) delen.push(`${v.stemmenZonderBarriere} stemmen gingen naar een barrière die niet meer bestaat.`);
  if (v.anderModel) delen.push(`Let op: de bijdrage was gemaakt voor “${b.modelTitel || 'een ander model'}”.`);
  if (v.overBudget) delen.push('Let op: er zijn nu meer stippen geplakt dan het budget van de groep.');
  delen.push('U kunt dit ongedaan maken.');
  return delen.join(' ');
}
