import type { GeometryObject, Properties, Topology } from 'topojson-specification';

/**
 * Doubled signed area of a closed polyline (shoelace); the sign gives the
 * ring's orientation in planar lon/lat coordinates.
 */
function doubledArea(points: readonly (readonly number[])[]): number {
  let s = 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    s += p[0]! * q[1]! - q[0]! * p[1]!;
  }
  return s;
}

/** Calls `visit` with the arc indexes of every polygon ring (exterior and holes) in `object`. */
function eachRing(object: GeometryObject<Properties>, visit: (ring: number[]) => void): void {
  if (object.type === 'GeometryCollection') object.geometries.forEach((g) => eachRing(g, visit));
  else if (object.type === 'Polygon') object.arcs.forEach(visit);
  else if (object.type === 'MultiPolygon') object.arcs.forEach((polygon) => polygon.forEach(visit));
}

/**
 * Keeps every polygon ring alive through topojson-simplify, so that no islet
 * disappears and no small region (白杨市 659012, a ring of two shared arcs)
 * collapses to a line. Call it on the output of `presimplify` (arcs carry a
 * weight as third coordinate) before `simplify`: in every ring, the two points
 * whose triangle with the ring's first point (always an arc end, always kept)
 * has the largest area *with the same orientation as the ring* get weight
 * `Infinity`, so at least that triangle survives, wound the right way.
 * Choosing the points without the orientation check flips tiny rings and
 * inverts 广东, 茂名 and 汕尾 (/work/shared/reference/geo.md, "Islands vanish
 * when simplified"). Rings shared by neighbours protect the same points, so
 * borders stay identical. Mutates the arcs in place; returns how many rings
 * got a protected point.
 *
 * @example
 * const t = presimplify(topology(objects));
 * protectRings(t);
 * const out = simplify(t, quantile(t, 0.05));
 */
export function protectRings(topology: Pick<Topology, 'arcs' | 'objects'>): number {
  const arcs = topology.arcs;
  let count = 0;
  const visit = (ring: number[]) => {
    // The ring's points in order, each with the arc position it comes from.
    const points: number[][] = [];
    for (const index of ring) {
      const arc = arcs[index < 0 ? ~index : index];
      if (!arc) continue;
      const ordered = index < 0 ? [...arc].reverse() : arc;
      // Consecutive arcs share their junction point; skip the repeat.
      ordered.forEach((p, k) => {
        if (k > 0 || points.length === 0) points.push(p);
      });
    }
    const n = points.length - 1;
    const first = points[0];
    if (n < 3 || !first) return;
    const sign = Math.sign(doubledArea(points));
    // Sampling caps the O(n²) search on long coastlines; small rings are searched in full.
    const step = Math.max(1, Math.floor(n / 60));
    let best: [number[], number[]] | undefined;
    let max = 0;
    for (let i = 1; i < n; i += step) {
      for (let j = i + 1; j < n; j += step) {
        const s = doubledArea([first, points[i]!, points[j]!, first]) * sign;
        if (s > max) {
          max = s;
          best = [points[i]!, points[j]!];
        }
      }
    }
    if (best && (best[0][2] !== Infinity || best[1][2] !== Infinity)) {
      // The point arrays are the arcs' own, so this marks the arcs.
      best[0][2] = Infinity;
      best[1][2] = Infinity;
      count++;
    }
  };
  for (const object of Object.values(topology.objects)) eachRing(object, visit);
  return count;
}
