import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { loadChinaTopology, regionCodeFallbacks, type ChinaTopology, type RegionProperties } from '../geo/china-topology.ts';
import { labelPoint } from '../geo/label-point.ts';

/** Decimal places kept in published coordinates: 1e-4° is about 11 m, far finer than a region anchor needs. */
export const ANCHOR_DIGITS = 4;

/**
 * A lookup from a GB/T 2260 code to the region's anchor point in lon/lat,
 * the same point the maps draw pairing arcs from (`labelPoint`: inside the
 * largest polygon of the region). County codes and a municipality's 市辖区
 * code fall back to their prefecture, then their province, as on the maps.
 * Returns undefined when neither the code nor its parents are on the map.
 * Coordinates are rounded to `ANCHOR_DIGITS`, so published files do not
 * change with floating-point noise.
 *
 * @example
 * const anchor = createRegionAnchors();
 * anchor('520200') // [104.8…, 26.5…]  六盘水市
 */
export function createRegionAnchors(topology: ChinaTopology = loadChinaTopology()): (code: string) => [number, number] | undefined {
  const byCode = new Map<string, Feature<Geometry, RegionProperties>>();
  for (const key of ['provinces', 'prefectures'] as const) {
    const fc = feature(topology, topology.objects[key]) as FeatureCollection<Geometry, RegionProperties>;
    for (const f of fc.features) if (f.id !== undefined) byCode.set(String(f.id), f);
  }
  const k = 10 ** ANCHOR_DIGITS;
  const cache = new Map<string, [number, number] | undefined>();
  return (code) => {
    if (cache.has(code)) return cache.get(code);
    const target = regionCodeFallbacks(code).find((c) => byCode.has(c));
    const point = target === undefined ? undefined : labelPoint(byCode.get(target)!);
    const result: [number, number] | undefined = point && [Math.round(point[0] * k) / k, Math.round(point[1] * k) / k];
    cache.set(code, result);
    return result;
  };
}
