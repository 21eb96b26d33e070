/**
 * A radar chart in SVG: one axis per dimension (numbered; the table beside it names them),
 * one polygon per series (for example "nu" and "eerder"). Missing values sit at the centre
 * and are marked with an open circle. The chart is an image with a text alternative; the
 * same figures are in the table next to it.
 */
export interface Reeks {
  naam: string;
  waarden: (number | null)[];
  stijl: 'hoofd' | 'vergelijk';
}

const R = 120;
const C = 160;

function punt(i: number, n: number, waarde: number): [number, number] {
  const hoek = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (Math.max(0, Math.min(100, waarde)) / 100) * R;
  return [C + r * Math.cos(hoek), C + r * Math.sin(hoek)];
}
const pts = (p: [number, number][]) => p.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

export function RadarChart({ id, titel, labels, namen, reeksen }: { id: string; titel: string; labels: string[]; namen: string[]; reeksen: Reeks[] }) {
  const n = labels.length;
  const beschrijving = reeksen
    .map((r) => `${r.naam}: ${r.waarden.map((w, i) => `${namen[i]} ${w === null ? 'geen score' : w}`).join(', ')}.`)
    .join(' ');
  return (
    <figure class="regiescan__radar">
      <svg viewBox="0 0 320 320" role="img" aria-labelledby={`${id}-titel ${id}-desc`} focusable="false">
        <title id={`${id}-titel`}>{titel}</title>
        <desc id={`${id}-desc`}>{beschrijving}</desc>
        {[25, 50, 75, 100].map((ring) => (
          <polygon key={ring} class="regiescan__radar-ring" points={pts(labels.map((_, i) => punt(i, n, ring)))} />
        ))}
        {labels.map((_, i) => {
          const [x, y] = punt(i, n, 100);
          return <line key={i} class="regiescan__radar-as" x1={C} y1={C} x2={x} y2={y} />;
        })}
        {reeksen.map((r) => (
          <g key={r.naam} class={`regiescan__radar-reeks regiescan__radar-reeks--${r.stijl}`}>
            <polygon points={pts(r.waarden.map((w, i) => punt(i, n, w ?? 0)))} />
            {r.waarden.map((w, i) => {
              const [x, y] = punt(i, n, w ?? 0);
              return <circle key={i} cx={x} cy={y} r={w === null ? 5 : 3.5} class={w === null ? 'regiescan__radar-leeg' : undefined} />;
            })}
          </g>
        ))}
        {labels.map((l, i) => {
          const [x, y] = punt(i, n, 116);
          return (
            <text key={i} x={x} y={y} class="regiescan__radar-label" text-anchor="middle" dominant-baseline="middle">
              {l}
            </text>
          );
        })}
      </svg>
      {reeksen.length > 1 && (
        <figcaption class="regiescan__radar-legenda">
          {reeksen.map((r) => (
            <span key={r.naam} class={`regiescan__legenda regiescan__legenda--${r.stijl}`}>
              {r.naam}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
