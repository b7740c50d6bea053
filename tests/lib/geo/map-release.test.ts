import { describe, expect, test } from 'vitest';
import { mapDatasetFromRelease, periodText, scopeCodes, splitIds } from '../../../src/lib/geo/map-release.ts';
import { tinyRelease } from '../../fixtures/geo/site-release.ts';

const ds = mapDatasetFromRelease(tinyRelease);

describe('mapDatasetFromRelease', () => {
  test('keeps the release version', () => {
    expect(ds.version).toBe('9.9.9');
  });

  test('types a closed pairing row: years as numbers, document and source ids', () => {
    expect(ds.pairings[0]).toEqual({
      id: 'p1',
      helperCode: '210200',
      helpedCode: '520200',
      startYear: 1996,
      endYear: 2013,
      phase: '1996',
      level: 'prefecture',
      documentId: 'doc1',
      sourceIds: ['s1', 's2'],
      confidence: 'high',
      notes: { zh: '注' },
    });
  });

  test('reads an empty end year, document and source list as "continues", none and empty', () => {
    expect(ds.pairings[1]).toMatchObject({ endYear: null, documentId: null, sourceIds: [], notes: { en: 'Note' } });
  });

  test('gives regions their names per locale, parent and Kazakh review status', () => {
    expect(ds.regions[0]).toEqual({
      code: '210200',
      level: 'prefecture-city',
      parentCode: '210000',
      names: { zh: '大连市', en: 'Dalian', kk: 'Далянь' },
      kkStatus: 'unreviewed',
    });
    expect(ds.regions[1]?.parentCode).toBeNull();
    expect(ds.regions[1]?.kkStatus).toBe('attested');
  });

  test('maps phases, documents and sources', () => {
    expect(ds.phases).toEqual([{ id: '1996', startYear: 1996, endYear: null, titles: { zh: '启动', en: 'Begins', kk: 'Басталуы' } }]);
    expect(ds.documents).toEqual([{ id: 'doc1', number: '国办发〔1996〕26号', titles: { zh: '报告', en: 'Report' } }]);
    expect(ds.sources).toEqual([{ id: 's1', title: 'A source', publisher: 'Pub', date: '2011-12-19', url: 'https://example.org/s1' }]);
  });

  test('reads a figure with its scope codes, period and value as published', () => {
    expect(ds.figures[0]).toMatchObject({
      id: 'f1',
      metric: 'aid-funds',
      value: '139.74',
      unit: 'yuan-100m',
      period: '–2020',
      scopeCodes: ['310000', '440000', '530000'],
      sourceIds: ['s1'],
      notes: { en: 'Both', zh: '合计' },
    });
  });

  test('names the row and column of a start year that is not a year', () => {
    const bad = structuredClone(tinyRelease) as typeof tinyRelease;
    const pairings = bad.tables.find((t) => t.id === 'pairings')!;
    (pairings.rows[0] as Record<string, string>)['start_year'] = '96';
    expect(() => mapDatasetFromRelease(bad)).toThrow('pairings row "p1", column "start_year": "96" is not a year (4 digits).');
  });

  test('fails naming the table when the release lacks one', () => {
    const bad = { ...tinyRelease, tables: tinyRelease.tables.filter((t) => t.id !== 'figures') };
    expect(() => mapDatasetFromRelease(bad)).toThrow('release 9.9.9 has no "figures" table');
  });
});

describe('figure and id helpers', () => {
  test('scopeCodes lists every code of a scope once and none for national or "*"', () => {
    expect(scopeCodes('442000+441900>530600')).toEqual(['442000', '441900', '530600']);
    expect(scopeCodes('*>520000')).toEqual(['520000']);
    expect(scopeCodes('national')).toEqual([]);
  });

  test('periodText shows one value when start and end agree', () => {
    expect(periodText('2018', '2018')).toBe('2018');
    expect(periodText('1996', '2017')).toBe('1996–2017');
  });

  test('splitIds drops blanks and spaces', () => {
    expect(splitIds(' a;b ;;')).toEqual(['a', 'b']);
  });
});
