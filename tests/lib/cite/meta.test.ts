import { describe, expect, test } from 'vitest';
import { citationMetaTags } from '../../../src/lib/cite/meta.ts';
import { DATASET, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('citationMetaTags', () => {
  test('lists Highwire tags for a dataset in its own language, with the version', () => {
    expect(citationMetaTags(DATASET)).toEqual([
      { name: 'citation_title', content: '东西部协作结对数据' },
      { name: 'citation_author', content: '东西部协作结对数据项目' },
      { name: 'citation_publication_date', content: '2026/11/20' },
      { name: 'citation_publisher', content: '东西部协作结对数据项目' },
      { name: 'citation_public_url', content: 'https://example.org/data/pairings/1.2.0/' },
      { name: 'citation_language', content: 'zh' },
      { name: 'citation_version', content: '1.2.0' },
    ]);
  });

  test('has no version for a webpage and a DOI tag only when there is a DOI', () => {
    const names = citationMetaTags(WEBPAGE).map((t) => t.name);
    expect(names).not.toContain('citation_version');
    expect(names).not.toContain('citation_doi');
    expect(citationMetaTags({ ...DATASET, identifier: { scheme: 'doi', value: '10.9999/x' } }, 'en')).toContainEqual({
      name: 'citation_doi',
      content: '10.9999/x',
    });
  });
});
