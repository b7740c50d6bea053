import { describe, expect, test } from 'vitest';
import { toCslJson, toCslJsonText } from '../../../src/lib/cite/csl-json.ts';
import { DATASET, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('toCslJson', () => {
  test('makes a dataset item with version, issued date-parts and a literal organisation', () => {
    expect(toCslJson(DATASET, 'en')).toEqual({
      id: 'pairings_v1.2.0',
      type: 'dataset',
      title: 'East–West cooperation pairings',
      author: [{ literal: 'East–West Cooperation Pairings project' }],
      publisher: 'East–West Cooperation Pairings project',
      version: '1.2.0',
      issued: { 'date-parts': [[2026, 11, 20]] },
      accessed: { raw: 'date of access' },
      URL: 'https://example.org/data/pairings/1.2.0/',
      language: 'zh-CN',
    });
  });

  test('makes a webpage item with accessed date-parts once the date is known', () => {
    const item = toCslJson({ ...WEBPAGE, accessed: '2026-11-23' }, 'zh');
    expect(item.type).toBe('webpage');
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 11, 23]] });
    expect(item.version).toBeUndefined();
  });

  test('writes text that parses back to the same item, as a one-item array', () => {
    const text = toCslJsonText(DATASET, 'kk');
    expect(JSON.parse(text)).toEqual([toCslJson(DATASET, 'kk')]);
    expect(text).toContain('"date-parts": [[2026, 11, 20]]');
    expect(text).toContain('"raw": "қаралған күні"');
  });

  test('keeps brackets inside a title untouched in the text form', () => {
    const text = toCslJsonText({ ...DATASET, title: 'Table [1,2,3]' }, 'en');
    expect(JSON.parse(text)[0].title).toBe('Table [1,2,3]');
  });
});
