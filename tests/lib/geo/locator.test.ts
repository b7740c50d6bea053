import { beforeAll, describe, expect, test } from 'vitest';
import { loadChinaTopology } from '../../../src/lib/geo/china-topology.ts';
import { renderLocator } from '../../../src/lib/geo/locator.ts';
import { ensureChinaTopology } from './topology-setup.ts';

beforeAll(() => ensureChinaTopology(), 60_000);

describe('renderLocator', () => {
  test('highlights a prefecture on the province map, with a marker at its anchor', () => {
    const loc = renderLocator('520200');
    expect(loc.drawnCode).toBe('520200');
    expect(loc.name).toBe('六盘水市');
    expect(loc.highlight).toMatch(/^M/);
    expect(loc.land).toMatch(/^M/);
    expect(loc.borders).toMatch(/^M/);
    const [x, y] = loc.marker;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(loc.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(loc.height);
  });

  test('highlights the prefecture of a county-level code', () => {
    expect(renderLocator('522601').drawnCode).toBe('522600');
  });

  test('draws the ten-dash line in the inset and shows 三沙 there', () => {
    const loc = renderLocator('460300');
    expect((loc.inset.lines.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(10);
    expect(loc.inset.highlight).toMatch(/^M/);
  });

  test('keeps every locator, for every region, within 15 KB of path data', () => {
    const topo = loadChinaTopology();
    const codes = [...topo.objects.provinces.geometries, ...topo.objects.prefectures.geometries].map((g) => String(g.id));
    const sizes = codes.map((code) => ({ code, bytes: renderLocator(code).bytes, empty: renderLocator(code).highlight === '' }));
    expect(sizes.filter((s) => s.bytes > 15_000)).toEqual([]);
    expect(sizes.filter((s) => s.empty).map((s) => s.code)).toEqual([]);
  });

  test('refuses a code that is not on the map', () => {
    expect(() => renderLocator('990101')).toThrow('renderLocator("990101"): no region with this code');
  });
});
