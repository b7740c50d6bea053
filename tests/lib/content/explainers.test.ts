import { describe, expect, test } from 'vitest';
import { citedSourceIds, explainerPages, internalLinks, parseExplainerId, stripMdxComments, type ExplainerFile } from '../../../src/lib/content/explainers.ts';

const file = (id: string, status: ExplainerFile['translation']['status'] = 'translated'): ExplainerFile => ({
  id,
  title: id,
  order: 1,
  translation: { status, source: 'zh' },
});

describe('parseExplainerId', () => {
  test('splits the locale and the slug', () => {
    expect(parseExplainerId('kk/county-pairing')).toEqual({ locale: 'kk', slug: 'county-pairing' });
  });

  test('rejects a file outside the locale folders', () => {
    expect(() => parseExplainerId('ru/history')).toThrow('Explainer "ru/history" is not at content/explainers/<lang>/<slug>.mdx');
  });
});

describe('explainerPages', () => {
  test('builds every slug in every locale, marking the ones that fall back to the original', () => {
    const pages = explainerPages([file('zh/history', 'original'), file('en/history')]);
    expect(pages.map((p) => [p.locale, p.entry.id, p.isFallback])).toEqual([
      ['zh', 'zh/history', false],
      ['en', 'en/history', false],
      ['kk', 'zh/history', true],
    ]);
  });

  test('lists only real translations for hreflang', () => {
    const pages = explainerPages([file('zh/history', 'original'), file('kk/history', 'unreviewed')]);
    expect(pages[0]?.translatedLocales).toEqual(['zh', 'kk']);
  });

  test('refuses a translation without a Chinese original', () => {
    expect(() => explainerPages([file('en/orphan')])).toThrow('Explainer "orphan" has no zh original (content/explainers/zh/orphan.mdx).');
  });
});

describe('citedSourceIds', () => {
  test('lists cited ids once, in order of first appearance', () => {
    expect(citedSourceIds('A.<Cite source="x" /> B.<Cite source="y"/> C.<Cite source="x" />')).toEqual(['x', 'y']);
  });

  test('ignores citations inside MDX comments, which are not rendered', () => {
    expect(citedSourceIds('A.{/* pending: <Cite source="p" /> */}B.<Cite source="y" />')).toEqual(['y']);
  });
});

describe('stripMdxComments', () => {
  test('removes comments spanning several lines and keeps the text around them', () => {
    expect(stripMdxComments('A{/* one\n## two\n[x](/zh/) */}B')).toBe('AB');
  });
});

describe('internalLinks', () => {
  test('finds Markdown and HTML links to site paths, not external ones', () => {
    const body = '[a](/zh/glossary/#term-x) [b](https://example.org/) <a href="/en/map/">m</a>';
    expect(internalLinks(body).sort()).toEqual(['/en/map/', '/zh/glossary/#term-x']);
  });
});
