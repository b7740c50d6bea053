import { geoArea } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * True when d3-geo reads a feature (or geometry) as covering more than half of
 * the sphere, which for a map of China can only mean a ring wound the wrong
 * way: d3 expects clockwise exterior rings, RFC 7946 data and rings flipped by
 * simplification are the other way round, and such a ring is drawn as "the
 * whole globe minus this polygon", painting the entire canvas.
 *
 * @example
 * isInvertedRing(feature) // false for every region of the built topology
 */
export function isInvertedRing(object: Feature | Geometry): boolean {
  return geoArea(object) > 2 * Math.PI;
}

function reversePolygon(rings: Position[][]): Position[][] {
  return rings.map((ring) => [...ring].reverse());
}

/**
 * Returns a copy of a (Multi)Polygon feature in which every polygon that d3-geo
 * reads as inverted has all its rings reversed; other polygons, other geometry
 * types and the input itself are left untouched. Reversing per polygon (not per
 * feature) keeps a correctly wound island of an otherwise broken region intact.
 *
 * @example
 * const fixed = fixWinding(feature);
 * isInvertedRing(fixed) // false
 */
export function fixWinding<P>(feature: Feature<Geometry, P>): Feature<Geometry, P> {
  const g = feature.geometry;
  if (g.type === 'Polygon') {
    if (!isInvertedRing(g)) return feature;
    const geometry: Polygon = { type: 'Polygon', coordinates: reversePolygon(g.coordinates) };
    return { ...feature, geometry };
  }
  if (g.type === 'MultiPolygon') {
    let changed = false;
    const coordinates = g.coordinates.map((rings) => {
      if (!isInvertedRing({ type: 'Polygon', coordinates: rings })) return rings;
      changed = true;
      return reversePolygon(rings);
    });
    if (!changed) return feature;
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates };
    return { ...feature, geometry };
  }
  return feature;
}
