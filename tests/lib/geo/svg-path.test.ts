import { geoIdentity } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { createPathRenderer } from '../../../src/lib/geo/svg-path.ts';

// Planar identity projection: input coordinates are SVG units, so expected strings can be read off by hand.
const identity = geoIdentity();

describe('createPathRenderer', () => {
  test('writes a ring as one absolute move, relative steps and a close', () => {
    const render = createPathRenderer(identity, 1);
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    expect(render(square)).toBe('M0,0l10,0l0,10l-10,0z');
  });

  test('rounds positions before taking differences, so steps never drift', () => {
    const render = createPathRenderer(identity, 0);
    const line = { type: 'LineString' as const, coordinates: [[0, 0], [0.4, 0], [0.8, 0], [1.2, 0], [1.6, 0]] };
    // 0 → 0 → 1 → 1 → 2: two one-unit steps, zero-length steps dropped.
    expect(render(line)).toBe('M0,0l1,0l1,0');
  });

  test('drops leading zeros and the comma before a minus sign', () => {
    const render = createPathRenderer(identity, 1);
    const line = { type: 'LineString' as const, coordinates: [[1.25, 2], [1.5, 1.5]] };
    expect(render(line)).toBe('M1.3,2l.2-.5');
  });

  test('turns a ring that collapses to one point into a single dot, once per position', () => {
    const render = createPathRenderer(identity, 0);
    const islet = [[5, 5], [5.1, 5], [5.1, 5.1], [5, 5]];
    const twoIslets = { type: 'MultiPolygon' as const, coordinates: [[islet], [islet]] };
    expect(render(twoIslets)).toBe('M5,5h0');
    expect(createPathRenderer(identity, 0, { dots: false })(twoIslets)).toBe('');
  });

  test('refuses a precision that is not a small whole number', () => {
    expect(() => createPathRenderer(identity, 1.5)).toThrow('digits must be an integer from 0 to 6, got 1.5');
  });
});
