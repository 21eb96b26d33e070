/**
 * The team's notes per statement: what the conversation about a disagreement brought up. Written next
 * to the statements with the widest disagreement; on paper (and in the exports) every note is listed.
 */
import { TextArea, UserText } from '../../../instrument/forms/index.ts';
import { MAX_NOTITIE } from '../domain/formaat.ts';
import type { TeamStelling } from '../domain/team.ts';

export function TeamNotities(props: { stellingen: TeamStelling[]; alle: TeamStelling[]; notities: Record<string, string>; onNotitie: (stellingId: string, tekst: string) => void }) {
  const { notities } = props;
  const met = props.alle.filter((s) => notities[s.stellingId]);
  return (
    <section class="regiescan__sectie" aria-labelledby="kop-team-notities">
      <h4 class="utrecht-heading-4" id="kop-team-notities">
        Notities van het team
      </h4>
      <div class="no-print">
        <p class="utrecht-paragraph">Schrijf op wat het gesprek over deze stellingen opleverde. De notities komen in het rapport en in de bestanden.</p>
        {props.stellingen.map((s, i) => (
          <TextArea
            key={s.stellingId}
            id={`team-notitie-${s.stellingId}`}
            label={`Notitie bij gespreksstarter ${i + 1}: ${s.tekst}`}
            rows={2}
            maxLength={MAX_NOTITIE}
            value={notities[s.stellingId] ?? ''}
            onInput={(t) => props.onNotitie(s.stellingId, t)}
          />
        ))}
      </div>
      {met.length > 0 && (
        <dl class="regiescan__notities regiescan__print-alleen" id="team-notities-lijst">
          {met.map((s) => (
            <div key={s.stellingId}>
              <dt>{s.tekst}</dt>
              <dd>
                <UserText text={notities[s.stellingId]!} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
