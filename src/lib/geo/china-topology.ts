import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of a region in the built topology. `joinable: false` marks units without a GB/T 2260 code. */
export interface RegionProperties {
  /** Full official name from the source data (`full_name`), e.g. '六盘水市'. */
  name: string;
  /** Present (and false) only for units that must not be joined to statistics. */
  joinable?: false;
}

/** The shape of src/generated/china.topo.json, written by scripts/build-geo.ts. */
export type ChinaTopology = Topology<{
  provinces: GeometryCollection<RegionProperties>;
  prefectures: GeometryCollection<RegionProperties>;
  lines: GeometryCollection;
}>;

/** Where the build script writes the topology, relative to the project root. */
export const CHINA_TOPOLOGY_PATH = 'src/generated/china.topo.json';

const cache = new Map<string, ChinaTopology>();

/**
 * Reads the China topology built by `scripts/build-geo.ts` (provinces,
 * prefectures and the boundary lines such as the ten-dash line), once per
 * path. Relative paths resolve against the working directory, which is the
 * project root under Astro, Vitest and npm scripts. Throws a message that says
 * how to build the file when it is missing.
 *
 * @example
 * const topo = loadChinaTopology();
 * topo.objects.prefectures.geometries.length // 394
 */
export function loadChinaTopology(path: string = CHINA_TOPOLOGY_PATH): ChinaTopology {
  const file = resolve(path);
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) {
    throw new Error(
      `loadChinaTopology: ${path} does not exist. It is generated, not committed: run ` +
        '`npm exec -- node scripts/build-geo.ts` (or `npm run geo`) first.',
    );
  }
  const topo = JSON.parse(readFileSync(file, 'utf8')) as ChinaTopology;
  for (const key of ['provinces', 'prefectures', 'lines'] as const) {
    if (topo.objects?.[key]?.type !== 'GeometryCollection') {
      throw new Error(`loadChinaTopology: ${path} has no "${key}" collection; rebuild it with scripts/build-geo.ts.`);
    }
  }
  cache.set(file, topo);
  return topo;
}

/**
 * The codes to try, in order, when looking up a region on the map: the code
 * itself, then its prefecture (first 4 digits + '00'), then its province
 * (first 2 digits + '0000'). County-level units and a municipality's 市辖区
 * code (110100) thus land on a drawn region. Superseded codes fall back the
 * same way, so map old codes to current ones before drawing (geo.md, pitfalls).
 *
 * @example
 * regionCodeFallbacks('520221') // ['520221', '520200', '520000']
 */
export function regionCodeFallbacks(code: string): string[] {
  if (!/^\d{6}$/.test(code)) {
    throw new Error(`"${code}" is not a GB/T 2260 code (6 digits), e.g. "520200" for 六盘水市.`);
  }
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}
