/** Strongest and weakest dimensions in two columns, ties named as ties (solo and team). */
import type { Groep, Rangorde as R } from '../domain/scoring.ts';

function Kolom<T>({ titel, id, groepen, naam }: { titel: string; id: string; groepen: Groep<T>[]; naam: (t: T) => string }) {
  return (
    <div class="regiescan__kolom" id={id}>
      <h3 class="utrecht-heading-3">{titel}</h3>
      {groepen.length ? (
        <ol class="regiescan__lijst">
          {groepen.map((g) => (
            <li key={g.score}>
              {g.items.map(naam).join(', ')}: <strong>{g.score}</strong>
              {g.items.length > 1 && <> (gelijk: {g.items.length} onderdelen met dezelfde score)</>}
            </li>
          ))}
        </ol>
      ) : (
        <p class="utrecht-paragraph">Nog niet genoeg antwoorden.</p>
      )}
    </div>
  );
}

export function RangordeKolommen<T>({ rangorde, naam }: { rangorde: R<T>; naam: (t: T) => string }) {
  if (rangorde.alleGelijk) {
    return <p class="utrecht-paragraph regiescan__gelijk">Alle onderdelen met een score scoren gelijk. Er is dus geen sterkste of zwakste onderdeel.</p>;
  }
  return (
    <div class="regiescan__twee-kolommen">
      <Kolom titel="Sterkste onderdelen" id="sterkste" groepen={rangorde.sterkst} naam={naam} />
      <Kolom titel="Zwakste onderdelen" id="zwakste" groepen={rangorde.zwakst} naam={naam} />
    </div>
  );
}
