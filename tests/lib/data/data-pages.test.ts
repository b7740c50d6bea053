import { describe, expect, test } from 'vitest';
import {
  bundleFileName, compareVersions, constraintItems, hasText, pickText, previewRows, tableCoverage, tableFileKinds, tableFileName,
  regionCodeColumns, regionNameIndex, temporalCoverage, toReleaseLike,
} from '../../../src/lib/data/data-pages.ts';
import { diffReleases } from '../../../src/lib/data/diff-releases.ts';
import { RELEASE } from '../../fixtures/data-pages/release.ts';

describe('pickText and hasText', () => {
  test('pickText falls back from the locale to English, then Chinese', () => {
    expect(pickText({ en: 'Regions', zh: '地区' }, 'kk')).toBe('Regions');
    expect(pickText({ zh: '地区' }, 'kk')).toBe('地区');
    expect(pickText('code', 'zh')).toBe('code');
    expect(pickText(undefined, 'en')).toBe('');
  });

  test('hasText is true only when the locale has its own text', () => {
    expect(hasText({ en: 'Regions' }, 'kk')).toBe(false);
    expect(hasText({ kk: 'Өңірлер' }, 'kk')).toBe(true);
    expect(hasText('', 'en')).toBe(false);
  });
});

describe('tableCoverage', () => {
  test('spans the years of the year columns and counts distinct region codes, open when an end year is empty', () => {
    const pairings = RELEASE.tables[0]!;
    expect(tableCoverage(pairings)).toEqual({ years: { from: 1996, to: 2016, open: true }, regions: 3 });
  });

  test('says null years and zero regions for a table with neither', () => {
    expect(tableCoverage(RELEASE.tables[2]!)).toEqual({ years: null, regions: 0 });
  });

  test('temporalCoverage writes an ISO 8601 interval with an open end as ..', () => {
    expect(temporalCoverage({ from: 1996, to: 2016, open: true })).toBe('1996/..');
    expect(temporalCoverage({ from: 1996, to: 2010, open: false })).toBe('1996/2010');
  });
});

describe('constraintItems and previewRows', () => {
  test('lists constraints in a fixed order, leaving out false flags and joining enums', () => {
    expect(constraintItems({ pattern: '^\\d{6}$', required: true, unique: false, enum: ['high', 'low'] })).toEqual([
      { key: 'required', value: '' },
      { key: 'pattern', value: '^\\d{6}$' },
      { key: 'enum', value: 'high, low' },
    ]);
    expect(constraintItems(undefined)).toEqual([]);
  });

  test('previewRows cuts to the limit and says whether rows were left out', () => {
    expect(previewRows([1, 2, 3], 2)).toEqual({ rows: [1, 2], truncated: true });
    expect(previewRows([1, 2], 2)).toEqual({ rows: [1, 2], truncated: false });
  });
});

describe('file names and versions', () => {
  test('names table files per kind and offers GeoJSON for the pairings only', () => {
    expect(tableFileName('regions', 'excel')).toBe('regions.excel.csv');
    expect(tableFileKinds('pairings')).toEqual(['csv', 'excel', 'json', 'geojson']);
    expect(tableFileKinds('regions')).toEqual(['csv', 'excel', 'json']);
    expect(bundleFileName('1.0.0')).toBe('east-west-pairings-1.0.0.zip');
  });

  test('compareVersions orders semantic versions numerically', () => {
    expect(['1.10.0', '1.9.0', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.9.0', '1.10.0']);
  });
});

describe('toReleaseLike', () => {
  test('feeds a release to diffReleases, which then finds a changed value by primary key', () => {
    const changed = {
      ...RELEASE,
      tables: RELEASE.tables.map((t) => (t.id === 'regions' ? { ...t, rows: t.rows.map((r) => (r['code'] === '110000' ? { ...r, name_en: 'East 1' } : r)) } : t)),
    };
    const diff = diffReleases(toReleaseLike(RELEASE), toReleaseLike(changed));
    expect(diff.tables['regions']!.changed).toEqual([{ key: { code: '110000' }, fields: [{ name: 'name_en', before: 'East One', after: 'East 1' }] }]);
    expect(diff.tables['pairings']!.changed).toEqual([]);
  });

  test('keys a table without a primary key by all its columns', () => {
    const noKey = { ...RELEASE, tables: [{ ...RELEASE.tables[1]!, primaryKey: [] }] };
    expect(toReleaseLike(noKey).tables['regions']!.primaryKey).toEqual(['code', 'name_en']);
  });
});

describe('regionNameIndex and regionCodeColumns', () => {
  const regions = [
    { code: '110000', name_zh: '北京市', name_en: 'Beijing Municipality', name_kk: 'Бейжің қаласы' },
    { code: '451100', name_zh: '贺州市', name_en: 'Hezhou City', name_kk: '' },
  ];

  test('names each code in the page’s language, in Chinese when the language has no name', () => {
    expect(regionNameIndex(regions, 'kk').get('110000')).toBe('Бейжің қаласы');
    expect(regionNameIndex(regions, 'kk').get('451100')).toBe('贺州市');
    expect(regionNameIndex(regions, 'en').get('999999')).toBeUndefined();
  });

  test('finds the columns of current region codes and leaves out the crosswalk’s former codes', () => {
    expect(regionCodeColumns(['id', 'helper_code', 'helped_code', 'phase'])).toEqual(['helper_code', 'helped_code']);
    expect(regionCodeColumns(['code', 'level', 'parent_code'])).toEqual(['code', 'parent_code']);
    expect(regionCodeColumns(['old_code', 'new_code', 'old_name_zh'])).toEqual(['new_code']);
  });
});
