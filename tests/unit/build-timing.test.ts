import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { timedPrerenderer, type BuildTiming } from '../../src/integrations/build-timing.ts';

describe('bouwtijden per route (npm run bench)', () => {
  it('meet opstart en elke pagina per route, geeft de antwoorden van de echte prerenderer door en meldt bij het afbreken', async () => {
    // Our own clocks: each piece of work advances them by a known amount (wall, CPU), so the answers are known.
    let wall = 0;
    let cpu = 0;
    const work = (w: number, c: number) => {
      wall += w;
      cpu += c;
    };
    const rendered: string[] = [];
    const inner = {
      name: 'nep',
      setup: async () => work(200, 150),
      getStaticPaths: async () => (work(10, 10), []),
      render: async (request: Request) => {
        const path = new URL(request.url).pathname;
        rendered.push(path);
        if (path.includes('traag')) work(40, 12);
        else work(5, 4);
        return new Response('ok');
      },
    } as unknown as AstroPrerenderer;
    let timing: BuildTiming | undefined;
    const p = timedPrerenderer(inner, (t) => (timing = t), { wallMs: () => wall, cpuMs: () => cpu });
    await p.setup!();
    await p.getStaticPaths();
    const route = (component: string) => ({ routeData: { component } }) as Parameters<AstroPrerenderer['render']>[1];
    const res = await p.render(new Request('http://x/gidsen/a/'), route('src/pages/gidsen/[slug].astro'));
    await p.render(new Request('http://x/gidsen/traag/'), route('src/pages/gidsen/[slug].astro'));
    await p.render(new Request('http://x/over/'), route('src/pages/over.astro'));
    expect(await (res as Response).text()).toBe('ok');
    expect(rendered).toEqual(['/gidsen/a/', '/gidsen/traag/', '/over/']);
    expect(timing).toBeUndefined();
    await p.teardown!();

    expect(timing).toEqual({
      setup: { wallMs: 210, cpuMs: 160 },
      routes: [
        { route: 'src/pages/gidsen/[slug].astro', pages: 2, wallMs: 45, cpuMs: 16, slowest: { path: '/gidsen/traag/', wallMs: 40 } },
        { route: 'src/pages/over.astro', pages: 1, wallMs: 5, cpuMs: 4, slowest: { path: '/over/', wallMs: 5 } },
      ],
    });
  });
});
