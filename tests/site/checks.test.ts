import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cspProblems, hashSources } from './csp.ts';
import { builtPages, cssUrls, isForeign, pageReferences, pageTypeOf, parseHtml, resolveReference, samplePages, srcsetUrls, urlOfFile } from './dist.ts';

// The gates over dist/ pass when the site is right; these tests show, on tiny
// hand-made input, that each check does fail when something is wrong.
const FIXTURE = resolve('tests/fixtures/site');
const ORIGIN = 'http://127.0.0.1:4321';

describe('page discovery', () => {
  test('names a page type from the path shape, without the locale', () => {
    expect(pageTypeOf('/')).toBe('chooser');
    expect(pageTypeOf('/404.html')).toBe('404');
    expect(pageTypeOf('/kk/404/')).toBe('404');
    expect(pageTypeOf('/zh/')).toBe('home');
    expect(pageTypeOf('/en/map/')).toBe('map');
    expect(pageTypeOf('/en/map/1996/')).toBe('map/*');
    expect(pageTypeOf('/kk/regions/520200/')).toBe('regions/*');
    expect(pageTypeOf('/en/data/pairings/1.0.0/')).toBe('data/*/*');
  });

  test('maps a built file to the URL it is served at', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('en/about/index.html')).toBe('/en/about/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });

  test('finds the pages of a build and samples one per type and locale', () => {
    const pages = builtPages(FIXTURE);
    expect(pages.map((p) => `${p.type} ${p.locale} ${p.url}`)).toEqual(['home en /en/', 'about en /en/about/']);
    expect(samplePages(pages).map((p) => p.url)).toEqual(['/en/about/', '/en/']);
  });
});

describe('link resolution', () => {
  const at = (value: string, page = '/en/') => resolveReference(value, page, ORIGIN, FIXTURE);

  test('resolves a directory link to its index.html, and a file link to the file', () => {
    expect(at('/en/about/')).toMatchObject({ kind: 'internal', file: resolve(FIXTURE, 'en/about/index.html') });
    expect(at('about/')).toMatchObject({ kind: 'internal', file: resolve(FIXTURE, 'en/about/index.html') });
    expect(at('/data.csv')).toMatchObject({ kind: 'internal', file: resolve(FIXTURE, 'data.csv') });
    expect(at(`${ORIGIN}/en/about/#team`)).toMatchObject({ kind: 'internal', fragment: 'team' });
  });

  test('reports a missing page and a directory link without its trailing slash', () => {
    expect(at('/en/map/')).toMatchObject({ kind: 'internal', file: undefined });
    expect(at('/en/about')).toMatchObject({ problem: 'missing trailing slash (use /en/about/)' });
  });

  test('tells other hosts and other schemes apart from the site', () => {
    expect(at('https://creativecommons.org/licenses/by/4.0/')).toEqual({ kind: 'external', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(at('mailto:x@example.org')).toEqual({ kind: 'other', scheme: 'mailto:' });
    expect(isForeign('//cdn.example.com/a.js', ORIGIN)).toBe(true);
    expect(isForeign(`${ORIGIN}/a.js`, ORIGIN)).toBe(false);
    expect(isForeign('/a.js', ORIGIN)).toBe(false);
  });

  test('reads every URL of srcset, CSS url() and @import', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(cssUrls('@import url("https://fonts.example/x.css"); b{background:url(/i.svg)}')).toEqual(['https://fonts.example/x.css', '/i.svg']);
  });

  test('collects href, src and srcset with their line and column', () => {
    const refs = pageReferences(parseHtml('<p>\n<img src="/a.png" srcset="/b.png 2x" alt=""> <iframe src="https://x.example/"></iframe></p>', 'x.html'));
    expect(refs.map((r) => `${r.tag} ${r.attr} ${r.value} ${r.line}`)).toEqual(['img src /a.png 2', 'img srcset /b.png 2', 'iframe src https://x.example/ 2']);
  });
});

describe('CSP check', () => {
  const js = "console.log('hi')";
  const page = (policy: string, body = '') =>
    `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="${policy}"><title>x</title></head><body>${body}</body></html>`;

  test('accepts a strict policy that hashes the inline script', () => {
    const sha = hashSources(js)[0];
    expect(cspProblems(page(`script-src 'self' ${sha}; style-src 'self'`, `<script>${js}</script>`), 'x.html').problems).toEqual([]);
  });

  test('reports a missing policy, unsafe keywords, unhashed inline script, handlers and style attributes', () => {
    expect(cspProblems('<!doctype html><html><head></head><body></body></html>', 'x.html').problems).toEqual([
      'x.html:1:1: no <meta http-equiv="content-security-policy">',
    ]);
    const found = cspProblems(
      page("script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self'", `<script>${js}</script><button onclick="go()" style="color:red">x</button>`),
      'x.html',
    ).problems.map((p) => p.replace(/^x\.html:\d+:\d+: /, ''));
    expect(found).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      `inline <script> whose hash is not in script-src: ${js}`,
      'event-handler attribute onclick="" on <button> (CSP blocks it; use a script)',
      "style=\"\" attribute on <button> (style-src has no 'unsafe-inline'; use a class)",
    ]);
  });

  test('ignores JSON-LD data blocks, which CSP does not govern', () => {
    expect(cspProblems(page("script-src 'self'", '<script type="application/ld+json">{"@type":"Dataset"}</script>'), 'x.html').problems).toEqual([]);
  });
});
