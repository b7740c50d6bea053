import { describe, expect, test } from 'vitest';
import { citationKey, localize, projectCitation, validateCitationRecord } from '../../../src/lib/cite/citation.ts';
import { SITE } from '../../../src/lib/site.ts';
import { DATASET, MAP_VIEW, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('citation records', () => {
  test('validateCitationRecord names the field and value it rejects', () => {
    expect(() => validateCitationRecord({ ...DATASET, published: '2026-02-30' })).toThrow(
      'Citation "pairings": published "2026-02-30" is not a real date (YYYY-MM-DD).',
    );
    expect(() => validateCitationRecord({ ...DATASET, version: 'v1.2' })).toThrow(
      'Citation "pairings": a dataset needs a semantic version like "1.2.0", got "v1.2".',
    );
    expect(() => validateCitationRecord({ ...DATASET, url: '/data/' })).toThrow(
      'Citation "pairings": url "/data/" must be an absolute http(s) URL.',
    );
    expect(() => validateCitationRecord({ ...DATASET, accessed: 'today' })).toThrow(
      'Citation "pairings": accessed "today" is not a real date (YYYY-MM-DD); use null when unknown.',
    );
  });

  test('localize falls back to the record language when the reader language is missing', () => {
    expect(localize({ zh: '关于' }, 'kk', 'zh')).toBe('关于');
    expect(localize('GB/T 2260', 'en')).toBe('GB/T 2260');
  });

  test('citationKey is stable per work: version for datasets, date for pages, plus the view', () => {
    expect([DATASET, WEBPAGE, MAP_VIEW].map(citationKey)).toEqual(['pairings_v1.2.0', 'about_2026-11-20', 'pairings_v1.2.0_map-2016']);
  });

  test('projectCitation names the project from site.ts as creator and publisher and leaves the access date open', () => {
    const record = projectCitation({
      kind: 'dataset', id: 'pairings', title: 'T', version: '1.0.0', published: '2026-11-20', url: 'https://example.org/', locale: 'en',
    });
    expect(record.creator).toBe(SITE.creator);
    expect(record.publisher).toBe(SITE.creator);
    expect(record.accessed).toBeNull();
  });
});
