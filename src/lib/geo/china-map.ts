import { feature, mesh, merge } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import { loadChinaTopology, regionCodeFallbacks, type ChinaTopology, type RegionProperties } from './china-topology.ts';
import { labelPoint } from './label-point.ts';

export { loadChinaTopology, type ChinaTopology } from './china-topology.ts';
import { fitChinaProjection, type ChinaProjection, type Frame } from './projection.ts';
import { createPathRenderer } from './svg-path.ts';
import { isInvertedRing } from './winding.ts';

/** One region drawn as SVG path data. */
export interface RegionPath {
  /** GB/T 2260 code, e.g. '520200' (ad-hoc for Taiwan's counties, see `joinable`). */
  code: string;
  /** Full Chinese name from the source data, e.g. '六盘水市'. Pages show translated names instead. */
  name: string;
  /** SVG path data in the canvas' user units; never empty. */
  d: string;
  /** False for units without a GB/T 2260 code: draw them, never join data or list them in a legend. */
  joinable: boolean;
}

/** Everything a static map of China needs, as path strings. */
export interface ChinaBaseMap {
  width: number;
  height: number;
  digits: number;
  /** 34 provincial units. */
  provinces: RegionPath[];
  /** 394 prefecture-level polygons; municipalities are one region each (110000, 120000, 310000, 500000). */
  prefectures: RegionPath[];
  /** Borders between provinces (not the coast or the national border). */
  provinceBorders: string;
  /** Borders between prefectures of the same province. */
  prefectureBorders: string;
  /** The national border and the coastline, islands included. */
  outline: string;
  /** The boundary lines 境界线 (ten-dash line, sea boundaries); must always be drawn. */
  lines: string;
  /** The 南海诸岛 inset; draw `frame` as a filled rect first, then the paths over it. */
  inset: {
    frame: Frame;
    land: string;
    provinceBorders: string;
    outline: string;
    lines: string;
  };
  /**
   * Anchor for a region's label or arc end in user units. County-level codes
   * fall back to their prefecture, then province. Anchors that the main map
   * does not show (under the inset, or cut at the bottom edge) are placed in
   * the inset instead. Throws for a code with no drawn region.
   */
  point(code: string): [number, number];
}

export interface RenderChinaBaseOptions {
  width: number;
  height: number;
  /** Decimals in path data. Default: 1 from 600 px wide, else 0 (0.1 px at 1000 px is below what a screen shows). */
  digits?: number;
  /** Defaults to loadChinaTopology(). */
  topology?: ChinaTopology;
}

type RegionFeature = Feature<Geometry, RegionProperties>;

function regionFeatures(topo: ChinaTopology, key: 'provinces' | 'prefectures'): RegionFeature[] {
  return (feature(topo, topo.objects[key]) as FeatureCollection<Geometry, RegionProperties>).features;
}

const provinceOf = (g: GeometryObject): string => String(g.id).slice(0, 2);

/**
 * Looks up a region anchor by code with the county → prefecture → province
 * fallback; the returned function throws for codes that have no region.
 */
export function createPointLocator(
  projection: ChinaProjection,
  byCode: ReadonlyMap<string, RegionFeature>,
  digits: number,
): (code: string) => [number, number] {
  const cache = new Map<string, [number, number]>();
  const k = 10 ** digits;
  const round = (v: number) => Math.round(v * k) / k;
  const { main, inset, insetFrame: f, width, height } = projection;
  const visibleInMain = ([x, y]: [number, number]) =>
    x >= 0 && y >= 0 && x <= width && y <= height &&
    !(x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height);
  return (code) => {
    const hit = cache.get(code);
    if (hit) return hit;
    const target = regionCodeFallbacks(code).find((c) => byCode.has(c));
    const lonLat = target === undefined ? undefined : labelPoint(byCode.get(target)!);
    if (!lonLat) {
      throw new Error(`point("${code}"): no region with this code, its prefecture or its province is on the map.`);
    }
    let p = main(lonLat)!;
    if (!visibleInMain(p)) p = inset(lonLat)!;
    const result: [number, number] = [round(p[0]), round(p[1])];
    cache.set(code, result);
    return result;
  };
}

const baseCache = new Map<string, ChinaBaseMap>();

/**
 * Renders the whole base map of China at build time: per-province and
 * per-prefecture paths (for fills, links and tooltips), the border meshes, the
 * outline, the boundary lines and the 南海诸岛 inset, plus `point(code)` for
 * label and arc anchors. Pure strings, no DOM; the result is cached per size
 * and precision, so calling it from every page costs one render.
 * Draw order: prefecture fills, prefectureBorders, provinceBorders, outline,
 * lines, then the inset (frame rect, land, borders, outline, lines) on top.
 *
 * @example
 * const map = renderChinaBase({ width: 1000, height: 750 });
 * map.prefectures.find((r) => r.code === '520200')?.d // 'M…z'
 * map.point('520200') // anchor of 六盘水市
 */
export function renderChinaBase(options: RenderChinaBaseOptions): ChinaBaseMap {
  const { width, height } = options;
  const digits = options.digits ?? (width >= 600 ? 1 : 0);
  const topo = options.topology ?? loadChinaTopology();
  const key = `${width}x${height}@${digits}`;
  const cached = options.topology ? undefined : baseCache.get(key);
  if (cached) return cached;

  const projection = fitChinaProjection(width, height);
  const path = createPathRenderer(projection.main, digits);
  const insetPath = createPathRenderer(projection.inset, digits);

  const draw = (f: RegionFeature): RegionPath => {
    const code = String(f.id);
    // Guard: an inverted ring would paint the whole canvas; the build script fails on it, this catches stale files.
    if (isInvertedRing(f)) throw new Error(`renderChinaBase: region ${code} is inverted; rebuild with scripts/build-geo.ts.`);
    const d = path(f);
    if (!d) throw new Error(`renderChinaBase: region ${code} draws nothing at ${width}×${height}.`);
    return { code, name: f.properties.name, d, joinable: f.properties.joinable !== false };
  };

  const provinceFeatures = regionFeatures(topo, 'provinces');
  const prefectureFeatures = regionFeatures(topo, 'prefectures');
  const provinces = provinceFeatures.map(draw);
  const prefectures = prefectureFeatures.map(draw);

  const P = topo.objects.provinces;
  const interProvince = mesh(topo, P, (a, b) => a !== b);
  const exterior = mesh(topo, P, (a, b) => a === b);
  const interPrefecture = mesh(
    topo,
    topo.objects.prefectures,
    (a, b) => a !== b && provinceOf(a) === provinceOf(b),
  );
  const lines = feature(topo, topo.objects.lines);
  const land = merge(topo, P.geometries as (Polygon | MultiPolygon)[]);

  // Provinces win over prefectures for shared codes (the municipalities), same geometry either way.
  const byCode = new Map<string, RegionFeature>();
  for (const f of [...prefectureFeatures, ...provinceFeatures]) byCode.set(String(f.id), f);

  const result: ChinaBaseMap = {
    width,
    height,
    digits,
    provinces,
    prefectures,
    provinceBorders: path(interProvince),
    prefectureBorders: path(interPrefecture),
    outline: path(exterior),
    lines: path(lines),
    inset: {
      frame: projection.insetFrame,
      land: insetPath(land),
      provinceBorders: insetPath(interProvince),
      outline: insetPath(exterior),
      lines: insetPath(lines),
    },
    point: createPointLocator(projection, byCode, digits),
  };
  if (!options.topology) baseCache.set(key, result);
  return result;
}
