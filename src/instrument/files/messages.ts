/**
 * Dutch messages for zod issues, naming the part of the file in the user's words.
 * A definition gives `labels`: words for the keys of its data. For a list, a function of the
 * 1-based position; for a field, a noun phrase with article:
 *   { stappen: (n) => `stap ${n}`, barrieres: (n) => `barrière ${n}`, impact: 'de impact' }
 * turns the path stappen[2].barrieres[1].impact into "Stap 3, barrière 2: de impact moet …".
 * A schema's own message (`z.number().check(z.minimum(1, 'moet 1 tot 5 zijn'))`) wins over the default one; write
 * it as the rest of the sentence after the field ("moet 1 tot 5 zijn").
 */
import type { $ZodRawIssue } from 'zod/v4/core';

export type PathLabels = Readonly<Record<string, string | ((position: number) => string)>>;

const nl = (n: number | bigint) => Number(n).toLocaleString('nl-NL');

/** The default Dutch predicate for an issue ("ontbreekt", "moet een getal zijn", …). */
export function dutchPredicate(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'ontbreekt';
      const expected = String(issue.expected);
      if (expected === 'string') return 'moet tekst zijn';
      if (expected === 'int') return typeof issue.input === 'number' ? 'moet een heel getal zijn' : 'moet een getal zijn';
      if (expected === 'number') return 'moet een getal zijn';
      if (expected === 'boolean') return 'moet ja of nee zijn';
      if (expected === 'array') return 'moet een lijst zijn';
      if (expected === 'object' || expected === 'record') return 'moet een groep gegevens zijn';
      return 'heeft een verkeerd soort waarde';
    }
    case 'too_small': {
      const min = issue.minimum as number;
      if (issue.origin === 'string') return min <= 1 ? 'mag niet leeg zijn' : `moet minstens ${nl(min)} tekens hebben`;
      if (issue.origin === 'array' || issue.origin === 'set') return `moet minstens ${nl(min)} ${min === 1 ? 'onderdeel' : 'onderdelen'} hebben`;
      return issue.inclusive === false ? `moet groter zijn dan ${nl(min)}` : `moet minstens ${nl(min)} zijn`;
    }
    case 'too_big': {
      const max = issue.maximum as number;
      if (issue.origin === 'string') return `is te lang (hooguit ${nl(max)} tekens)`;
      if (issue.origin === 'array' || issue.origin === 'set') return `heeft te veel onderdelen (hooguit ${nl(max)})`;
      return issue.inclusive === false ? `moet kleiner zijn dan ${nl(max)}` : `mag hooguit ${nl(max)} zijn`;
    }
    case 'invalid_value':
      return 'heeft een waarde die dit instrument niet kent';
    case 'invalid_format':
      return 'heeft niet de goede vorm';
    case 'not_multiple_of':
      return issue.divisor === 1 ? 'moet een heel getal zijn' : 'heeft een ongeldige waarde';
    case 'unrecognized_keys':
      return 'bevat onderdelen die dit instrument niet kent';
    case 'invalid_key':
      return 'bevat een ongeldige naam';
    default:
      return 'klopt niet';
  }
}

/** zod error map that gives the Dutch predicates (a schema's own message still wins). */
export const dutchErrorMap = (issue: $ZodRawIssue) => ({ message: dutchPredicate(issue) });

const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "Stap 3, barrière 2: de impact moet 1 tot 5 zijn." for a path and a predicate. */
export function describeIssue(path: readonly PropertyKey[], predicate: string, labels: PathLabels = {}): string {
  const where: string[] = [];
  let field = 'de inhoud';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    const last = i === path.length - 1;
    if (typeof key === 'number') {
      // A list position without a label of its own (for example a list at the top).
      const text = `onderdeel ${key + 1}`;
      if (last) field = text;
      else where.push(text);
      continue;
    }
    const name = String(key);
    const label = labels[name];
    if (typeof next === 'number') {
      where.push(typeof label === 'function' ? label(next + 1) : `${label ?? `"${name}"`} ${next + 1}`);
      if (i + 1 === path.length - 1) field = where.pop()!;
      i++;
      continue;
    }
    const text = typeof label === 'string' ? label : typeof label === 'function' ? label(1) : `het onderdeel "${name}"`;
    if (last) field = text;
    else where.push(typeof label === 'string' ? label : `"${name}"`);
  }
  const sentence = `${field} ${predicate}`.trim();
  return where.length ? `${capital(where.join(', '))}: ${sentence}.` : `${capital(sentence)}.`;
}
