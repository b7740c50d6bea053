import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { fixWinding, isInvertedRing } from '../../../src/lib/geo/winding.ts';

const fixture = JSON.parse(readFileSync('tests/fixtures/geo/reversed-ring.json', 'utf8')) as FeatureCollection;
const byId = (id: string) => fixture.features.find((f) => f.id === id) as Feature<Geometry>;

describe('isInvertedRing', () => {
  test('accepts a clockwise square', () => {
    expect(isInvertedRing(byId('good'))).toBe(false);
  });

  test('flags the same square with its ring reversed', () => {
    expect(isInvertedRing(byId('reversed'))).toBe(true);
  });

  test('flags a multipolygon with one reversed islet', () => {
    expect(isInvertedRing(byId('mixed'))).toBe(true);
  });
});

describe('fixWinding', () => {
  test('reverses an inverted polygon into the correctly wound one', () => {
    const fixed = fixWinding(byId('reversed'));
    expect(isInvertedRing(fixed)).toBe(false);
    expect(geoArea(fixed)).toBeCloseTo(geoArea(byId('good')), 12);
  });

  test('reverses only the broken polygon of a multipolygon', () => {
    const mixed = byId('mixed');
    const fixed = fixWinding(mixed);
    const before = (mixed.geometry as MultiPolygon).coordinates;
    const after = (fixed.geometry as MultiPolygon).coordinates;
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.[0]).toEqual([...(before[1]?.[0] ?? [])].reverse());
    expect(isInvertedRing(fixed)).toBe(false);
  });

  test('returns a correct feature unchanged and never mutates its input', () => {
    const good = byId('good');
    expect(fixWinding(good)).toBe(good);
    const reversed = byId('reversed');
    const copy = structuredClone(reversed);
    fixWinding(reversed);
    expect(reversed).toEqual(copy);
  });
});
