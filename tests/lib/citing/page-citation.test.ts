import { describe, expect, test } from 'vitest';
import { citeFormatViews, datasetCitation, pageCitation, pageId, preHtml } from '../../../src/lib/citing/page-citation.ts';

const BASE = { siteUrl: 'https://example.org', version: '1.0.0', published: '2026-11-20' } as const;

describe('pageId', () => {
  test('turns a page path into an ASCII id', () => {
    expect(pageId('map/2016')).toBe('map-2016');
    expect(pageId('')).toBe('home');
    expect(pageId('regions/520200/')).toBe('regions-520200');
  });
});

describe('pageCitation', () => {
  test('cites a plain page as a webpage dated by the release, at its canonical URL', () => {
    const r = pageCitation({ ...BASE, locale: 'en', page: 'about', title: 'About' });
    expect(r).toMatchObject({ kind: 'webpage', id: 'about', title: 'About', published: '2026-11-20', url: 'https://example.org/en/about/', accessed: null });
    expect(r.version).toBeUndefined();
  });

  test('cites a page showing a view of the data as that view of the dataset version', () => {
    const r = pageCitation({ ...BASE, locale: 'zh', page: 'map/2016', title: '2016', view: '2016年结对地图' });
    expect(r).toMatchObject({ kind: 'dataset', id: 'pairings', version: '1.0.0', view: { id: 'map-2016', label: '2016年结对地图' }, url: 'https://example.org/zh/map/2016/' });
  });
});

describe('datasetCitation', () => {
  test('names a table other than the pairings as a view of the package', () => {
    const r = datasetCitation({ locale: 'en', dataset: 'regions', datasetTitle: 'Regions', version: '1.0.0', published: '2026-11-20', url: 'https://example.org/en/data/regions/' });
    expect(r.view).toEqual({ id: 'regions', label: 'Regions' });
    expect(datasetCitation({ locale: 'en', dataset: 'pairings', datasetTitle: 'Pairings', version: '1.0.0', published: '2026-11-20', url: 'https://example.org/en/data/' }).view).toBeUndefined();
  });

  test('rejects a version that is not semantic', () => {
    expect(() => datasetCitation({ locale: 'en', dataset: 'pairings', datasetTitle: 'P', version: 'v1', published: '2026-11-20', url: 'https://example.org/' }))
      .toThrow('Citation "pairings": a dataset needs a semantic version like "1.2.0", got "v1".');
  });
});

describe('citeFormatViews', () => {
  test('orders formats for the locale, marks the date-of-access slot and names importable files after the citation key', () => {
    const r = datasetCitation({ locale: 'zh', dataset: 'pairings', datasetTitle: '结对', version: '1.0.0', published: '2026-11-20', url: 'https://example.org/zh/data/' });
    const views = citeFormatViews(r, 'zh');
    expect(views.map((v) => v.id)).toEqual(['gbt7714', 'apa', 'bibtex', 'ris', 'csl-json']);
    expect(views.map((v) => v.fileName)).toEqual([undefined, undefined, 'pairings_v1.0.0.bib', 'pairings_v1.0.0.ris', 'pairings_v1.0.0.json']);
    expect(views[0]!.segments).toContainEqual({ accessed: '引用日期' });
    expect(views.find((v) => v.id === 'ris')!.accessedStyle).toBe('ris');
  });
});

describe('preHtml', () => {
  test('escapes the text and writes a line-ending space as &#32;, so the copied text keeps it', () => {
    expect(preHtml('TY  - DATA\nER  - \n')).toBe('TY  - DATA\nER  -&#32;\n');
    expect(preHtml('a & <b> ')).toBe('a &amp; &lt;b&gt;&#32;');
    expect(preHtml('a  b')).toBe('a  b');
  });
});
