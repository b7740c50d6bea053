import { describe, expect, test } from 'vitest';
import { layoutBars } from '../../../src/lib/charts/bar-chart.ts';

const data = [
  { key: 'east', label: 'East counties', value: 249, valueLabel: '249' },
  { key: 'west', label: 'West counties', value: 354, valueLabel: '354', group: 1 as const },
];

describe('layoutBars', () => {
  test('draws bars from zero, proportional to the values', () => {
    const layout = layoutBars(data, { width: 600, formatTick: String });
    const [east, west] = layout.bars;
    expect(east?.x).toBe(4);
    expect(west?.x).toBe(4);
    // domain 0..400 (nice), range 4..536
    expect(west?.w).toBe(470.8);
    expect(east?.w).toBe(331.2);
    expect(west?.group).toBe(1);
  });

  test('puts each label above its bar and stacks rows downwards', () => {
    const layout = layoutBars(data, { width: 600, formatTick: String });
    const [east, west] = layout.bars;
    expect(east!.labelY).toBeLessThan(east!.y);
    expect(west!.y).toBeGreaterThan(east!.y + east!.h);
    expect(layout.height).toBeGreaterThan(west!.y + west!.h);
  });

  test('formats ticks with the given function', () => {
    const layout = layoutBars(data, { width: 600, formatTick: (n) => `#${n}` });
    expect(layout.ticks.map((t) => t.label)).toEqual(['#0', '#100', '#200', '#300', '#400']);
  });

  test('refuses a missing value instead of drawing it as zero', () => {
    expect(() => layoutBars([{ key: 'x', label: 'x', value: Number.NaN, valueLabel: '' }], { width: 600, formatTick: String })).toThrow(
      'layoutBars: "x" has value NaN; bars need a finite value ≥ 0.',
    );
  });
});
