import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

/**
 * Midpoint of the widest stretch of `rings` along the parallel `lat`: a point
 * that is inside the polygon even when its centroid is not (crescent shapes).
 * Same idea as JTS's InteriorPoint, in plain lon/lat.
 */
function scanlinePoint(rings: Position[][], lat: number): [number, number] | undefined {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      if (y0 > lat !== y1 > lat) xs.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | undefined;
  let widest = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > widest) {
      widest = w;
      best = [(xs[i]! + xs[i + 1]!) / 2, lat];
    }
  }
  return best;
}

/**
 * The anchor for a region's label or arc end, in lon/lat: the centroid of its
 * largest polygon, so that 海南 and 三沙 (hundreds of islets) anchor on land
 * rather than in the sea between their parts; when that centroid falls outside
 * the polygon, the middle of the widest stretch of land along its parallel.
 * Returns undefined for a feature without polygons.
 *
 * @example
 * labelPoint(guizhou) // ≈ [106.9, 26.8]
 */
export function labelPoint(feature: Feature<Geometry | null>): [number, number] | undefined {
  const g = feature.geometry;
  let polygons: Position[][][];
  if (g?.type === 'Polygon') polygons = [g.coordinates];
  else if (g?.type === 'MultiPolygon') polygons = g.coordinates;
  else return undefined;

  let largest: Polygon | undefined;
  let max = -1;
  for (const coordinates of polygons) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const a = geoArea(polygon);
    // An inverted polygon (area near 4π) is never a sensible anchor.
    if (a > max && a < 2 * Math.PI) {
      max = a;
      largest = polygon;
    }
  }
  if (!largest) return undefined;
  const c = geoCentroid(largest);
  if (geoContains(largest, c)) return c;
  return scanlinePoint(largest.coordinates, c[1]) ?? c;
}
