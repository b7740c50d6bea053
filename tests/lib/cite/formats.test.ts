import { describe, expect, test } from 'vitest';
import { citationFormats } from '../../../src/lib/cite/formats.ts';
import { DATASET } from '../../fixtures/cite/records.ts';

describe('citationFormats', () => {
  test('citationFormats lists GB/T first in zh and APA first elsewhere, each with its date style', () => {
    expect(citationFormats(DATASET, 'zh').map((f) => f.id)).toEqual(['gbt7714', 'apa', 'bibtex', 'ris', 'csl-json']);
    expect(citationFormats(DATASET, 'en').map((f) => [f.id, f.accessedStyle])).toEqual([
      ['apa', 'iso'], ['gbt7714', 'iso'], ['bibtex', 'iso'], ['ris', 'ris'], ['csl-json', 'iso'],
    ]);
  });

  test('every format of a record carries the same version and URL', () => {
    for (const f of citationFormats(DATASET, 'kk')) {
      expect(f.text, f.id).toContain('1.2.0');
      expect(f.text, f.id).toContain('https://example.org/data/pairings/1.2.0/');
    }
  });
});
