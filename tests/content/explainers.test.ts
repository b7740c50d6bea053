import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citedSourceIds, internalLinks, stripMdxComments } from '../../src/lib/content/explainers.ts';
import { explainerData } from '../../src/lib/content/explainer-data.ts';
import { figureChartData } from '../../src/lib/content/figure-chart.ts';
import { LOCALE_SEGMENTS, SOURCE_LOCALE, isLocale, type Locale } from '../../src/lib/i18n/locales.ts';

// Checks over the real explainers and the newest dataset release: what the
// build would fail on, found without a build, plus rules the build cannot see.
const DIR = 'content/explainers';
const data = explainerData();
const files = LOCALE_SEGMENTS.flatMap((locale) =>
  existsSync(`${DIR}/${locale}`)
    ? readdirSync(`${DIR}/${locale}`)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => ({ locale, slug: f.replace(/\.mdx$/, ''), path: `${DIR}/${locale}/${f}`, text: readFileSync(`${DIR}/${locale}/${f}`, 'utf8') }))
    : [],
);
const slugs = new Set(files.filter((f) => f.locale === SOURCE_LOCALE).map((f) => f.slug));
const termIds = new Set((JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')) as { id: string }[]).map((t) => t.id));
// Pages about the site's own method make no factual claim about the programme.
const NEEDS_NO_CITATION = new Set(['methodology']);

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string]));
const tags = (body: string, name: string) => [...stripMdxComments(body).matchAll(new RegExp(`<${name}\\b[^>]*/>`, 'g'))].map((m) => attrs(m[0]));

/** Whether a site path (with an optional #anchor) names a page the build makes, and the anchor exists. */
function resolves(link: string): boolean {
  const [path = '', anchor] = link.split('#');
  const [locale, ...rest] = path.replace(/^\/|\/$/g, '').split('/');
  if (!path.endsWith('/') || !isLocale(locale)) return false;
  const page = rest.join('/');
  if (page === 'glossary') return anchor === undefined || (anchor.startsWith('term-') && termIds.has(anchor.slice(5)));
  if (anchor !== undefined) return false;
  if (rest[0] === 'explainers' && rest.length === 2) return slugs.has(rest[1] as string);
  if (page === '' || page === 'explainers') return true;
  return existsSync(`src/pages/[lang]/${page}.astro`) || existsSync(`src/pages/[lang]/${page}/index.astro`) || existsSync(`dist/${path}index.html`);
}

describe.each(files)('$path', ({ locale, slug, path, text }) => {
  test('cites only sources of the newest dataset release', () => {
    const known = new Set(data.rows('sources').map((s) => s['id']));
    expect(citedSourceIds(text).filter((id) => !known.has(id)), `unknown source ids in ${path} (release ${data.version})`).toEqual([]);
  });

  test.skipIf(NEEDS_NO_CITATION.has(slug))('cites at least one source', () => {
    expect(citedSourceIds(text).length).toBeGreaterThan(0);
  });

  test('links only to pages and glossary terms that exist, in its own language', () => {
    const links = internalLinks(text);
    expect(links.filter((l) => !resolves(l)), `broken internal links in ${path}`).toEqual([]);
    expect(links.filter((l) => !l.startsWith(`/${locale}/`)), `links to another language in ${path}`).toEqual([]);
  });

  test('embeds maps of phases and charts of metrics that exist', () => {
    const phases = new Set(data.rows('phases').map((p) => p['id']));
    expect(tags(text, 'PairingMap').filter((a) => !phases.has(a['phase'])).map((a) => a['phase'])).toEqual([]);
    for (const a of tags(text, 'FigureChart')) {
      expect(() => figureChartData(data.rows('figures'), data.rows('regions'), { metric: a['metric'] ?? '', scope: a['scope'], labels: a['labels'] }, locale as Locale, path)).not.toThrow();
    }
  });

  test('keeps no draft placeholder outside comments', () => {
    const live = stripMdxComments(text);
    expect(live.match(/\{\/\*|C:[a-z0-9]+|FIXME|TODO|\[cite:[^\]]*\]/g) ?? []).toEqual([]);
  });

  test('declares its translation: the original in Chinese, Kazakh marked unreviewed', () => {
    const m = /translation:\s*\{\s*status:\s*(\w+),\s*source:\s*(\w+)\s*\}/.exec(text);
    expect(m, `${path} has no translation: { status, source } line`).not.toBeNull();
    const [, status, source] = m!;
    expect(source).toBe(SOURCE_LOCALE);
    const expected = locale === SOURCE_LOCALE ? 'original' : locale === 'kk' ? 'unreviewed' : 'translated';
    expect(status).toBe(expected);
  });
});
