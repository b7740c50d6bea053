import { beforeAll, describe, expect, test } from 'vitest';
import { createRegionAnchors } from '../../../src/lib/data/region-anchors.ts';
import { ensureChinaTopology } from '../geo/topology-setup.ts';

beforeAll(() => ensureChinaTopology());

describe('createRegionAnchors', () => {
  test('places 六盘水市 (520200) in western Guizhou, in lon/lat order', () => {
    const [lon, lat] = createRegionAnchors()('520200')!;
    expect(lon).toBeGreaterThan(104);
    expect(lon).toBeLessThan(106);
    expect(lat).toBeGreaterThan(25);
    expect(lat).toBeLessThan(27);
  });

  test('falls back from a county code to its prefecture', () => {
    const anchor = createRegionAnchors();
    expect(anchor('520221')).toEqual(anchor('520200'));
  });

  test('rounds to four decimal places', () => {
    for (const v of createRegionAnchors()('330100')!) expect(Math.round(v * 1e4) / 1e4).toBe(v);
  });

  test('answers undefined for a code outside China', () => {
    expect(createRegionAnchors()('990000')).toBeUndefined();
  });
});
