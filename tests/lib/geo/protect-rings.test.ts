import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { protectRings } from '../../../src/lib/geo/protect-rings.ts';
import { isInvertedRing } from '../../../src/lib/geo/winding.ts';

/** A round islet of 40 points (0.01° across), clockwise as d3-geo expects. */
function isletRing(): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < 40; i++) {
    const a = (-2 * Math.PI * i) / 40;
    ring.push([112.3 + 0.005 * Math.cos(a), 16.8 + 0.005 * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}

/** A wobbly edge from (x, y0) to (x, y1), so simplification has points to remove. */
function edge(x: number, y0: number, y1: number): Position[] {
  const points: Position[] = [];
  for (let i = 0; i <= 20; i++) points.push([x + (i % 2 ? 0.0005 : 0), y0 + ((y1 - y0) * i) / 20]);
  return points;
}

const collection = (rings: Record<string, Position[]>): FeatureCollection<Polygon> => ({
  type: 'FeatureCollection',
  features: Object.entries(rings).map(([id, ring]) => ({
    type: 'Feature',
    id,
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  })),
});

/** A small region (0.01° square) whose ring is two arcs: its own west side and the side it shares with a big neighbour. */
function neighbours(): FeatureCollection<Polygon> {
  const sharedNorthward = edge(100.01, 30, 30.01);
  // Both rings clockwise (north up): west side northward, then east, then south, then back west.
  const small = [...edge(100, 30, 30.01), ...[...sharedNorthward].reverse(), [100, 30]];
  const big = [...sharedNorthward, [100.01, 31], [101, 31], [101, 30], [100.01, 30]];
  return collection({ small, big });
}

function simplifiedRings(fc: FeatureCollection<Polygon>, protect: boolean): Record<string, Position[]> {
  const pre = presimplify(topology({ regions: fc }) as unknown as Topology<Objects>);
  if (protect) protectRings(pre);
  // A threshold far above the small rings' size: everything simplifiable goes.
  const out = simplify(pre, 1e-3);
  const result = feature(out, out.objects['regions'] as GeometryCollection) as FeatureCollection<Polygon>;
  return Object.fromEntries(result.features.map((f) => [String(f.id), f.geometry.coordinates[0]!]));
}

const distinct = (ring: Position[]) => new Set(ring.map(String)).size;

describe('protectRings', () => {
  test('without it, heavy simplification reduces an islet to a degenerate ring', () => {
    expect(distinct(simplifiedRings(collection({ islet: isletRing() }), false)['islet']!)).toBeLessThan(3);
  });

  test('keeps an islet as a triangle that is still wound the right way', () => {
    const ring = simplifiedRings(collection({ islet: isletRing() }), true)['islet']!;
    expect(distinct(ring)).toBe(3);
    expect(isInvertedRing({ type: 'Polygon', coordinates: [ring] })).toBe(false);
  });

  test('keeps a small region made of shared arcs from collapsing to a line (白杨市 659012)', () => {
    const fc = neighbours();
    expect(fc.features.map((f) => isInvertedRing(f))).toEqual([false, false]);
    expect(distinct(simplifiedRings(fc, false)['small']!)).toBeLessThan(3);
    const rings = simplifiedRings(fc, true);
    expect(distinct(rings['small']!)).toBeGreaterThanOrEqual(3);
    expect(isInvertedRing({ type: 'Polygon', coordinates: [rings['small']!] })).toBe(false);
    expect(isInvertedRing({ type: 'Polygon', coordinates: [rings['big']!] })).toBe(false);
  });

  test('leaves lines alone: only polygon rings are protected', () => {
    const t = {
      arcs: [[[0, 0, Infinity], [1, 1, 0.5], [2, 0, 0.1], [3, 1, Infinity]]],
      objects: { lines: { type: 'LineString' as const, arcs: [0] } },
    };
    expect(protectRings(t)).toBe(0);
    expect(t.arcs[0]!.map((p) => p[2])).toEqual([Infinity, 0.5, 0.1, Infinity]);
  });
});
