/**
 * Where does page generation spend its time? Wraps Astro's prerenderer (the public `setPrerenderer` of
 * `astro:build:start`) and measures, per route, the wall-clock time and the CPU time of this process for each page,
 * plus the fixed part before the first page (loading the bundled pages, getStaticPaths of every route).
 * CPU time hardly changes when the machine is busy with other work; wall-clock time does.
 *
 * Only when the environment variable VEILIGWIJZER_BOUWTIJDEN names a file: `npm run bench` sets it and reports the
 * result (src/cli/bench.ts). A normal build measures nothing.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { writeFileSync } from 'node:fs';

export interface RouteTiming {
  /** The route's file, e.g. "src/pages/gidsen/[slug].astro". */
  route: string;
  pages: number;
  wallMs: number;
  cpuMs: number;
  slowest: { path: string; wallMs: number };
}

export interface BuildTiming {
  /** Loading the bundled pages and getStaticPaths of all routes, before the first page. */
  setup: { wallMs: number; cpuMs: number };
  routes: RouteTiming[];
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface Clocks {
  wallMs: () => number;
  cpuMs: () => number;
}

/** Wraps a prerenderer; `done` gets the timings when Astro tears it down. Exported for the unit test (own clocks). */
export function timedPrerenderer(inner: AstroPrerenderer, done: (t: BuildTiming) => void, clocks: Clocks = { wallMs: () => performance.now(), cpuMs }): AstroPrerenderer {
  const setup = { wallMs: 0, cpuMs: 0 };
  const routes = new Map<string, RouteTiming>();
  const measure = async <T>(into: { wallMs: number; cpuMs: number }, work: () => Promise<T>): Promise<T> => {
    const w = clocks.wallMs();
    const c = clocks.cpuMs();
    try {
      return await work();
    } finally {
      into.wallMs += clocks.wallMs() - w;
      into.cpuMs += clocks.cpuMs() - c;
    }
  };
  return {
    ...inner,
    name: `${inner.name} (gemeten)`,
    setup: async () => {
      if (inner.setup) await measure(setup, () => inner.setup!());
    },
    getStaticPaths: () => measure(setup, () => inner.getStaticPaths()),
    render: async (request, options) => {
      const key = options.routeData.component;
      const r = routes.get(key) ?? { route: key, pages: 0, wallMs: 0, cpuMs: 0, slowest: { path: '', wallMs: 0 } };
      routes.set(key, r);
      const before = r.wallMs;
      const result = await measure(r, () => inner.render(request, options));
      r.pages++;
      if (r.wallMs - before > r.slowest.wallMs) r.slowest = { path: new URL(request.url).pathname, wallMs: r.wallMs - before };
      return result;
    },
    teardown: async () => {
      await inner.teardown?.();
      done({ setup, routes: [...routes.values()].sort((a, b) => b.cpuMs - a.cpuMs) });
    },
  };
}

export function buildTiming(): AstroIntegration {
  return {
    name: 'veiligwijzer:build-timing',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const file = process.env.VEILIGWIJZER_BOUWTIJDEN;
        if (!file) return;
        setPrerenderer((inner) => timedPrerenderer(inner, (t) => writeFileSync(file, JSON.stringify(t, null, 2))));
      },
    },
  };
}
