import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { loadChinaTopology, regionCodeFallbacks, type ChinaTopology, type RegionProperties } from './china-topology.ts';
import { createPointLocator } from './china-map.ts';
import { protectRings } from './protect-rings.ts';
import { fitChinaProjection, type Frame } from './projection.ts';
import { createPathRenderer } from './svg-path.ts';

/** A small map of China with one region highlighted, as path strings. */
export interface LocatorMap {
  width: number;
  height: number;
  /** The code that was asked for, and the region actually drawn (after the county → prefecture → province fallback). */
  code: string;
  drawnCode: string;
  /** Full Chinese name of the drawn region. */
  name: string;
  /** All of China as one shape (fill it, stroke it for the outline). */
  land: string;
  /** Borders between provinces. */
  borders: string;
  /** The boundary lines 境界线, ten-dash line included. */
  lines: string;
  /** The region, to fill with the accent colour. May be a dot for very small regions. */
  highlight: string;
  /** Region anchor; draw a small circle there so tiny regions (澳门) stay findable. */
  marker: [number, number];
  inset: { frame: Frame; land: string; lines: string; highlight: string };
  /** Bytes of path data in this locator (for budgets). */
  bytes: number;
}

export interface LocatorOptions {
  width?: number;
  height?: number;
  /** Defaults to loadChinaTopology(). */
  topology?: ChinaTopology;
}

interface LocatorBase {
  render: (o: Parameters<ReturnType<typeof createPathRenderer>>[0]) => string;
  renderInset: (o: Parameters<ReturnType<typeof createPathRenderer>>[0]) => string;
  byCode: Map<string, Feature<Geometry, RegionProperties>>;
  point: (code: string) => [number, number];
  land: string;
  borders: string;
  lines: string;
  inset: { frame: Frame; land: string; lines: string };
}

const bases = new WeakMap<ChinaTopology, Map<string, LocatorBase>>();

function locatorBase(topo: ChinaTopology, width: number, height: number): LocatorBase {
  let perTopo = bases.get(topo);
  if (!perTopo) bases.set(topo, (perTopo = new Map()));
  const key = `${width}x${height}`;
  const hit = perTopo.get(key);
  if (hit) return hit;

  const projection = fitChinaProjection(width, height);
  // Drop every vertex whose triangle is under ~0.5 px² at this size; weights are in degrees².
  const pxPerDegree = (projection.main.scale() * Math.PI) / 180;
  const pre = presimplify(topo as unknown as Topology<Objects>);
  protectRings(pre);
  const small = simplify(pre, 0.5 / pxPerDegree ** 2) as unknown as ChinaTopology;

  const render = createPathRenderer(projection.main, 0);
  const renderInset = createPathRenderer(projection.inset, 0);
  const P = small.objects.provinces;
  const land = merge(small, P.geometries as (Polygon | MultiPolygon)[]);
  const lines = feature(small, small.objects.lines);
  const byCode = new Map<string, Feature<Geometry, RegionProperties>>();
  for (const key of ['prefectures', 'provinces'] as const) {
    for (const f of (feature(small, small.objects[key]) as FeatureCollection<Geometry, RegionProperties>).features) {
      byCode.set(String(f.id), f);
    }
  }
  const base: LocatorBase = {
    render,
    renderInset,
    byCode,
    point: createPointLocator(projection, byCode, 0),
    land: render(land),
    borders: render(mesh(small, P, (a, b) => a !== b)),
    lines: render(lines),
    inset: { frame: projection.insetFrame, land: renderInset(land), lines: renderInset(lines) },
  };
  perTopo.set(key, base);
  return base;
}

/**
 * Renders a small locator map for a region page: China's provinces at low
 * precision (simplified again for the drawn size, islets kept, the ten-dash
 * line and the 南海诸岛 inset included), with one region highlighted and a
 * marker at its anchor. County-level codes highlight their prefecture (or
 * province). The base is computed once per size and reused for every page;
 * at the default 240×180 a locator is about 10 KB of path data.
 *
 * @example
 * const loc = renderLocator('520200'); // 六盘水市
 * // <path d={loc.land} class="land"/><path d={loc.borders}/><path d={loc.highlight} class="accent"/>
 */
export function renderLocator(code: string, options: LocatorOptions = {}): LocatorMap {
  const width = options.width ?? 240;
  const height = options.height ?? 180;
  const base = locatorBase(options.topology ?? loadChinaTopology(), width, height);
  const drawnCode = regionCodeFallbacks(code).find((c) => base.byCode.has(c));
  if (drawnCode === undefined) {
    throw new Error(`renderLocator("${code}"): no region with this code, its prefecture or its province is on the map.`);
  }
  const region = base.byCode.get(drawnCode)!;
  const highlight = base.render(region);
  const insetHighlight = base.renderInset(region);
  const result: Omit<LocatorMap, 'bytes'> = {
    width,
    height,
    code,
    drawnCode,
    name: region.properties.name,
    land: base.land,
    borders: base.borders,
    lines: base.lines,
    highlight,
    marker: base.point(drawnCode),
    inset: { ...base.inset, highlight: insetHighlight },
  };
  const bytes = [result.land, result.borders, result.lines, highlight, base.inset.land, base.inset.lines, insetHighlight]
    .map((s) => Buffer.byteLength(s))
    .reduce((a, b) => a + b, 0);
  return { ...result, bytes };
}
