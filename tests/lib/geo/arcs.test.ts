import { beforeAll, describe, expect, test } from 'vitest';
import { arc, arcPath, arrowheadPath } from '../../../src/lib/geo/arcs.ts';
import { renderChinaBase, type ChinaBaseMap } from '../../../src/lib/geo/china-map.ts';
import { ensureChinaTopology } from './topology-setup.ts';

/** > 0 when `c` lies to the right of travel from `a` to `b` on screen (SVG y points down). */
const side = (a: readonly number[], b: readonly number[], c: readonly number[]) =>
  (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

describe('arc on fixed points', () => {
  test('draws a quadratic curve from start to end with rounded numbers', () => {
    expect(arcPath([0, 0], [100, 0], { bend: 0.25 })).toBe('M0,0Q50,25 100,0');
  });

  test('bends the reverse direction to the other side, so A→B and B→A never share a curve', () => {
    const there = arc([0, 0], [100, 0]);
    const back = arc([100, 0], [0, 0]);
    expect(there.control[1]).toBeGreaterThan(0);
    expect(back.control[1]).toBeLessThan(0);
  });

  test('pulls the ends back along the curve without passing the middle', () => {
    const a = arc([0, 0], [100, 0], { shortenStart: 5, shortenEnd: 5 });
    expect(distance(a.start, [0, 0])).toBeCloseTo(5, 9);
    expect(distance(a.end, [100, 0])).toBeCloseTo(5, 9);
    const tiny = arc([0, 0], [2, 0], { shortenEnd: 50 });
    expect(tiny.end[0]).toBeGreaterThan(0.9);
  });

  test('points the arrowhead along the end tangent, tip on the end', () => {
    expect(arrowheadPath({ control: [0, 0], end: [10, 0] }, 5)).toBe('M10,0L5,2L5,-2Z');
  });
});

describe('arcs between real regions', () => {
  let map: ChinaBaseMap;
  beforeAll(() => {
    ensureChinaTopology();
    map = renderChinaBase({ width: 1000, height: 750 });
  }, 60_000);

  test('大连 210200 → 六盘水 520200 starts at 大连 and ends at 六盘水', () => {
    const dalian = map.point('210200');
    const liupanshui = map.point('520200');
    const a = arc(dalian, liupanshui, { shortenEnd: 4 });
    expect(distance(a.start, dalian)).toBeLessThan(0.01);
    expect(distance(a.end, liupanshui)).toBeCloseTo(4, 6);
    expect(a.d.startsWith(`M${dalian[0]},${dalian[1]}Q`)).toBe(true);
  });

  test('大连 → 六盘水 bulges to the right of travel (north-west), the reverse to the south-east', () => {
    const dalian = map.point('210200');
    const liupanshui = map.point('520200');
    const there = arc(dalian, liupanshui);
    const back = arc(liupanshui, dalian);
    expect(side(dalian, liupanshui, there.control)).toBeGreaterThan(0);
    expect(side(dalian, liupanshui, back.control)).toBeLessThan(0);
    // Travelling south-west, the right-hand side is north-west: left of and above the chord's midpoint.
    expect(there.control[0]).toBeLessThan((dalian[0] + liupanshui[0]) / 2);
    expect(there.control[1]).toBeLessThan((dalian[1] + liupanshui[1]) / 2);
  });

  test('江苏 320000 → 西宁 630100 (east to west) bulges north', () => {
    const jiangsu = map.point('320000');
    const xining = map.point('630100');
    expect(jiangsu[0]).toBeGreaterThan(xining[0]);
    expect(arc(jiangsu, xining).control[1]).toBeLessThan((jiangsu[1] + xining[1]) / 2);
  });

  test('is deterministic', () => {
    expect(arcPath(map.point('330100'), map.point('522600'))).toBe(arcPath(map.point('330100'), map.point('522600')));
  });
});
