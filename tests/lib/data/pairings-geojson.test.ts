import { describe, expect, test } from 'vitest';
import { pairingsGeoJson, serializeGeoJson } from '../../../src/lib/data/pairings-geojson.ts';

// Hand-made anchors: not real coordinates, only distinct points.
const ANCHORS: Record<string, [number, number]> = {
  '210200': [121.6, 38.9],
  '520200': [104.8, 26.6],
  '442000': [113.4, 22.5],
};
const anchor = (code: string) => ANCHORS[code];

const rows = [
  { helper_code: '210200', helped_code: '520200', start_year: 1996, end_year: 2021, confidence: 'high' },
  { helper_code: '442000', helped_code: '520200', start_year: 2021, end_year: null, confidence: 'high' },
];

describe('pairingsGeoJson', () => {
  test('draws one line per pairing from the helper to the helped region, in lon/lat order', () => {
    const fc = pairingsGeoJson(rows, { anchor });
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual([
      [[121.6, 38.9], [104.8, 26.6]],
      [[113.4, 22.5], [104.8, 26.6]],
    ]);
  });

  test('keeps every field of the pairing as properties, in the table order', () => {
    const fc = pairingsGeoJson(rows, { anchor });
    expect(fc.features[1]!.properties).toEqual(rows[1]);
    expect(Object.keys(fc.features[0]!.properties)).toEqual(Object.keys(rows[0]!));
  });

  test('reads other column names when told to', () => {
    const fc = pairingsGeoJson([{ from: '210200', to: '442000' }], { anchor, helperField: 'from', helpedField: 'to' });
    expect(fc.features[0]!.geometry.coordinates).toEqual([[121.6, 38.9], [113.4, 22.5]]);
  });

  test('throws, naming the row and the code, when a region has no anchor', () => {
    expect(() => pairingsGeoJson([{ helper_code: '999999', helped_code: '520200' }], { anchor, where: 'pairings 1.0.0' }))
      .toThrow('pairings 1.0.0 row 1, "helper_code" = 999999 has no anchor point');
  });

  test('serializes to the same bytes every time, ending with a newline', () => {
    const a = serializeGeoJson(pairingsGeoJson(rows, { anchor }));
    expect(a).toBe(serializeGeoJson(pairingsGeoJson(rows, { anchor })));
    expect(a.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a).features).toHaveLength(2);
  });
});
