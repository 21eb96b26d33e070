/**
 * Afkortingen uitleggen in een korte platte tekst die niet door Markdown gaat, zoals de definitie
 * van een begrip: dezelfde regels als bij de build (src/integrations/afkortingen.ts), als HTML.
 * "Met het ministerie van SZW" → "Met het ministerie van SZW (Sociale Zaken en …)";
 * een afkorting met een eigen begrip wordt een link naar dat begrip.
 */
import type { MdastContent } from 'satteri';
import { afkortingenVanInhoud, legUit } from '../../integrations/afkortingen.ts';
import type { Afkorting } from '../../lib/afkortingen.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(nodes: readonly MdastContent[]): string {
  return nodes
    .map((n) => {
      const node = n as { type: string; value?: string; url?: string; children?: MdastContent[] };
      if (node.type === 'text') return escape(node.value ?? '');
      if (node.type === 'html') return node.value ?? '';
      if (node.type === 'link') return `<a class="utrecht-link" href="${escape(node.url ?? '')}">${html(node.children ?? [])}</a>`;
      throw new Error(`onverwachte node ${node.type}`);
    })
    .join('');
}

let standaard: Map<string, Afkorting> | undefined;

/**
 * De tekst als HTML, met het eerste gebruik van elke afkorting uitgelegd. `zelf`: het begrip dat de
 * tekst uitlegt; zijn eigen afkorting staat al in de kop en krijgt geen link naar zichzelf.
 * `gezien`: de afkortingen die eerder op de pagina al zijn uitgelegd (wordt bijgewerkt), zodat van
 * de samenvatting, "In het kort" en de partners samen alleen het eerste gebruik uitleg krijgt.
 */
export function tekstMetAfkortingen(
  tekst: string,
  zelf?: { slug: string; afkorting?: string | undefined },
  boek?: ReadonlyMap<string, Afkorting>,
  gezien: Set<string> = new Set(),
): string {
  const alle = boek ?? (standaard ??= afkortingenVanInhoud('content'));
  const zonderZelf = zelf ? new Map([...alle].filter(([k, a]) => k !== zelf.afkorting && a.begrip !== zelf.slug)) : alle;
  const nodes = legUit(tekst, zonderZelf, gezien);
  return nodes ? html(nodes) : escape(tekst);
}
