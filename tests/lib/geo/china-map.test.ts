import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildChinaTopology, EXPECTED_PREFECTURES, EXPECTED_PROVINCES, readRequiredCodes } from '../../../scripts/build-geo.ts';
import { renderChinaBase, type ChinaBaseMap } from '../../../src/lib/geo/china-map.ts';
import { CHINA_TOPOLOGY_PATH, loadChinaTopology, type ChinaTopology, type RegionProperties } from '../../../src/lib/geo/china-topology.ts';
import { labelPoint } from '../../../src/lib/geo/label-point.ts';
import { fitChinaProjection } from '../../../src/lib/geo/projection.ts';
import { createPathRenderer } from '../../../src/lib/geo/svg-path.ts';
import { isInvertedRing } from '../../../src/lib/geo/winding.ts';
import { ensureChinaTopology } from './topology-setup.ts';

let topo: ChinaTopology;
let map: ChinaBaseMap;
const features = (key: 'provinces' | 'prefectures' | 'lines') =>
  (feature(topo, topo.objects[key]) as FeatureCollection<Geometry>).features;
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

beforeAll(() => {
  ensureChinaTopology();
  topo = loadChinaTopology();
  map = renderChinaBase({ width: 1000, height: 750 });
}, 60_000);

describe('the built topology', () => {
  test(`has ${EXPECTED_PROVINCES} provinces and ${EXPECTED_PREFECTURES} prefecture polygons`, () => {
    expect(topo.objects.provinces.geometries).toHaveLength(EXPECTED_PROVINCES);
    expect(topo.objects.prefectures.geometries).toHaveLength(EXPECTED_PREFECTURES);
  });

  test('has no inverted region', () => {
    const inverted = [...features('provinces'), ...features('prefectures')].filter((f) => isInvertedRing(f));
    expect(inverted.map((f) => f.id)).toEqual([]);
  });

  test('has every code the site needs', () => {
    const present = new Set([...features('provinces'), ...features('prefectures')].map((f) => String(f.id)));
    const { codes } = readRequiredCodes();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !present.has(c))).toEqual([]);
  });

  test('marks the Gansu special areas and the ad-hoc Taiwan codes as not joinable, and nothing else', () => {
    const notJoinable = topo.objects.prefectures.geometries
      .filter((g) => (g.properties as RegionProperties | undefined)?.joinable === false)
      .map((g) => String(g.id));
    expect(notJoinable.filter((c) => /^629[789]00$/.test(c))).toEqual(['629700', '629800', '629900']);
    expect(notJoinable.every((c) => /^629[789]00$/.test(c) || /^7100\d\d$/.test(c))).toBe(true);
  });

  test('uses full names', () => {
    const name = (code: string) => (topo.objects.prefectures.geometries.find((g) => g.id === code)?.properties as RegionProperties | undefined)?.name;
    expect(name('520200')).toBe('六盘水市');
    expect(name('429021')).toBe('神农架林区');
  });

  test('is what a fresh build writes, byte for byte', () => {
    expect(buildChinaTopology().json).toBe(readFileSync(CHINA_TOPOLOGY_PATH, 'utf8'));
  });
});

describe('renderChinaBase', () => {
  test('draws every province and prefecture with a non-empty path', () => {
    expect(map.provinces).toHaveLength(EXPECTED_PROVINCES);
    expect(map.prefectures).toHaveLength(EXPECTED_PREFECTURES);
    expect([...map.provinces, ...map.prefectures].filter((r) => !r.d.startsWith('M'))).toEqual([]);
    for (const d of [map.provinceBorders, map.prefectureBorders, map.outline, map.lines]) expect(d).toMatch(/^M/);
    for (const d of Object.values(map.inset).filter((v) => typeof v === 'string')) expect(d).toMatch(/^M/);
  });

  test('draws all ten dashes of the ten-dash line in the inset, and the ones north of 17.5°N in the main map', () => {
    const tenDash = features('lines').find(
      (f) => f.geometry.type === 'MultiLineString' && f.geometry.coordinates.length === 10,
    );
    expect(tenDash).toBeDefined();
    const { main, inset } = fitChinaProjection(1000, 750);
    expect(subpaths(createPathRenderer(inset, 1, { dots: false })(tenDash!))).toBe(10);
    expect(subpaths(createPathRenderer(main, 1, { dots: false })(tenDash!))).toBeGreaterThanOrEqual(1);
    expect(subpaths(map.inset.lines)).toBeGreaterThanOrEqual(10);
  });

  test('never hides Taiwan, 钓鱼岛, 藏南, 阿克赛钦 or the borders under the inset or off the canvas', () => {
    const mustShow: [string, [number, number]][] = [
      ['赤尾屿', [124.56, 25.92]],
      ['钓鱼岛', [123.47, 25.74]],
      ['鹅銮鼻', [120.85, 21.9]],
      ['藏南', [92.0, 27.5]],
      ['阿克赛钦', [79.3, 35.3]],
      ['漠河', [122.5, 53.5]],
      ['抚远', [134.7, 48.3]],
      ['帕米尔', [73.6, 39.3]],
      ['东沙', [116.7, 20.7]],
    ];
    const taiwan = features('provinces').find((f) => f.id === '710000') as Feature<Geometry>;
    const taiwanPoints = JSON.stringify(taiwan.geometry).match(/-?[\d.]+,-?[\d.]+/g)!.map((s) => s.split(',').map(Number));
    for (const [w, h] of [[1000, 750], [1200, 900], [800, 600], [240, 180], [1200, 700], [900, 900]] as const) {
      const { main, insetFrame: f } = fitChinaProjection(w, h);
      const hidden = (lonLat: number[]) => {
        const [x, y] = main(lonLat as [number, number])!;
        const underInset = x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height;
        return underInset || x < 0 || y < 0 || x > w || y > h;
      };
      expect(mustShow.filter(([, p]) => hidden(p)).map(([name]) => `${name} at ${w}×${h}`)).toEqual([]);
      expect(taiwanPoints.filter(hidden), `Taiwan at ${w}×${h}`).toEqual([]);
    }
  });

  test('anchors every region inside its own largest polygon', () => {
    const outside = [...features('provinces'), ...features('prefectures')].filter((f) => {
      const p = labelPoint(f);
      return !p || !geoContains(f, p);
    });
    expect(outside.map((f) => f.id)).toEqual([]);
  });

  test('puts 海南 on the island, 三沙 in the inset and 六盘水 in 贵州', () => {
    const { main, insetFrame: f } = fitChinaProjection(1000, 750);
    const [hx, hy] = map.point('460000');
    const [west, north] = main([108.6, 20.2])!;
    const [east, south] = main([111.1, 18.1])!;
    expect(hx).toBeGreaterThan(west);
    expect(hx).toBeLessThan(east);
    expect(hy).toBeGreaterThan(north - 5);
    expect(hy).toBeLessThan(south + 5);
    const [sx, sy] = map.point('460300');
    expect(sx).toBeGreaterThan(f.x);
    expect(sy).toBeGreaterThan(f.y);
    const gz = map.provinces.find((r) => r.code === '520000');
    expect(gz).toBeDefined();
    expect(map.point('520200')).toEqual(map.point('520200'));
  });

  test('falls back from a county to its prefecture and from 市辖区 to the municipality', () => {
    expect(map.point('522601')).toEqual(map.point('522600'));
    expect(map.point('110101')).toEqual(map.point('110000'));
    expect(map.point('110100')).toEqual(map.point('110000'));
  });

  test('refuses malformed codes and codes with no region', () => {
    expect(() => map.point('52020')).toThrow('"52020" is not a GB/T 2260 code (6 digits)');
    expect(() => map.point('990101')).toThrow('point("990101"): no region with this code');
  });

  test('stays within the size budget at 1000×750 (path data under 250 KB, 85 KB gzipped)', () => {
    const all = [
      ...map.prefectures.map((r) => r.d),
      map.prefectureBorders,
      map.provinceBorders,
      map.outline,
      map.lines,
      map.inset.land,
      map.inset.provinceBorders,
      map.inset.outline,
      map.inset.lines,
    ].join('');
    expect(all.length).toBeLessThan(250_000);
    expect(gzipSync(all).length).toBeLessThan(85_000);
  });

  test('returns the cached map for the same size and precision', () => {
    expect(renderChinaBase({ width: 1000, height: 750 })).toBe(map);
  });
});
