/**
 * Helpers shared by the checks over the built site (tests/site), the browser
 * checks (tests/e2e/quality.test.ts) and the benchmark (bench/run.mjs). They
 * discover pages from whatever `dist/` holds, so a new page type is checked
 * the day it is built, without editing a list.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { isLocale } from '../../src/lib/i18n/locales.ts';

/** The built site the checks read, `dist/` unless `DIST_DIR` says otherwise. */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** One built HTML page. */
export interface BuiltPage {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the build root, with `/`, e.g. `en/about/index.html`. */
  rel: string;
  /** The URL path it is served at, e.g. `/en/about/` or `/404.html`. */
  url: string;
  /** Locale segment, or `''` for pages outside every locale (`/`, `/404.html`). */
  locale: string;
  /** Page type derived from the path, e.g. `home`, `map/*`, `regions/*`. */
  type: string;
}

/**
 * Every file under `dir`, relative and with `/` separators, sorted, so that
 * output and "first page of a type" are stable from run to run.
 *
 * @example
 * listFiles('dist') // ['404.html', '_astro/x.css', 'en/index.html', …]
 */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/**
 * The URL path a built file is served at: `en/about/index.html` → `/en/about/`.
 *
 * @example
 * urlOfFile('404.html') // '/404.html'
 */
export function urlOfFile(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The page type of a URL path, from its shape alone: the locale is dropped,
 * the first segment names the type and every deeper segment becomes `*`.
 * So `/en/regions/520200/` is `regions/*`, `/zh/map/` is `map`, `/kk/` is
 * `home`, `/` is `chooser` and any 404 page is `404`.
 *
 * @example
 * pageTypeOf('/en/data/pairings/1.0.0/') // 'data/*\/*'
 */
export function pageTypeOf(url: string): string {
  const segments = url.split('/').filter(Boolean);
  const rest = isLocale(segments[0]) ? segments.slice(1) : segments;
  if (!isLocale(segments[0]) && rest.length === 0) return 'chooser';
  if (rest.length === 0 || (rest.length === 1 && rest[0] === 'index.html')) return 'home';
  if (rest[0] === '404' || rest[0] === '404.html') return '404';
  return [rest[0]!.replace(/\.html$/, ''), ...rest.slice(1).map(() => '*')].join('/');
}

/**
 * Every HTML page of a build, sorted by URL.
 *
 * @example
 * builtPages().filter((p) => p.type === 'regions/*').length
 */
export function builtPages(dist = DIST): BuiltPage[] {
  return listFiles(dist)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => {
      const url = urlOfFile(rel);
      const first = url.split('/')[1] ?? '';
      return { file: join(dist, rel), rel, url, locale: isLocale(first) ? first : '', type: pageTypeOf(url) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * One page of every page type in every locale (the first by URL), which is
 * what the browser checks load. Pages outside every locale count once.
 *
 * @example
 * samplePages(builtPages()).map((p) => `${p.type} ${p.url}`)
 */
export function samplePages(pages: readonly BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const page of pages) {
    const key = `${page.type}\u0000${page.locale}`;
    if (!seen.has(key)) seen.set(key, page);
  }
  return [...seen.values()].sort((a, b) => (a.type === b.type ? (a.url < b.url ? -1 : 1) : a.type < b.type ? -1 : 1));
}

/** The distinct page types of a build, sorted. */
export function pageTypes(pages: readonly BuiltPage[]): string[] {
  return [...new Set(pages.map((p) => p.type))].sort();
}

/**
 * The origin the site is built for, read from the canonical link of the
 * root page (Astro writes absolute canonical and hreflang URLs from
 * SITE_URL), so links to the site's own address count as internal.
 *
 * @example
 * siteOrigin() // 'http://127.0.0.1:4321'
 */
export function siteOrigin(dist = DIST): string {
  const candidates = ['index.html', ...listFiles(dist).filter((f) => f.endsWith('.html'))];
  for (const rel of candidates) {
    const file = join(dist, rel);
    if (!existsSync(file)) continue;
    const match = /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"/i.exec(readFileSync(file, 'utf8'));
    if (match?.[1]) return new URL(match[1]).origin;
  }
  return new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321').origin;
}

let parser: Parser | undefined;

/**
 * Parses HTML with html-validate's own parser (already a dependency), which
 * keeps each element's line and column for error messages.
 *
 * @example
 * parseHtml('<p id="x">a</p>', 'x.html').querySelector('#x')?.textContent // 'a'
 */
export function parseHtml(html: string, filename: string): HtmlElement {
  parser ??= new Parser(new StaticConfigLoader({ extends: ['html-validate:recommended'] }).getConfigFor('x.html') as never);
  return parser.parseHtml({ data: html, filename, line: 1, column: 1, offset: 0 });
}

/** A URL found in a built page, where it was found, and on which element. */
export interface Reference {
  tag: string;
  attr: string;
  /** `rel` of a <link>, lower-cased, else ''. */
  rel: string;
  value: string;
  line: number;
  column: number;
}

/** Elements and attributes that point at another resource. */
const REFERENCE_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href', 'imagesrcset'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** The URLs of a srcset attribute, without their width or density. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Every reference (href, src, srcset, …) of a parsed page.
 *
 * @example
 * pageReferences(parseHtml('<a href="/en/">x</a>', 'x.html'))[0]?.value // '/en/'
 */
export function pageReferences(root: HtmlElement): Reference[] {
  const out: Reference[] = [];
  for (const [tag, attrs] of Object.entries(REFERENCE_ATTRS)) {
    for (const el of root.querySelectorAll(tag)) {
      for (const attr of attrs) {
        const raw = el.getAttributeValue(attr);
        if (raw === null || raw === undefined) continue;
        const values = attr.endsWith('srcset') ? srcsetUrls(raw) : [raw.trim()];
        const rel = tag === 'link' ? (el.getAttributeValue('rel') ?? '').toLowerCase() : '';
        for (const value of values) out.push({ tag, attr, rel, value, line: el.location.line, column: el.location.column });
      }
    }
  }
  return out;
}

/** How a reference resolves: a file of the build, another host, or neither. */
export type Resolved =
  | { kind: 'internal'; path: string; file: string | undefined; fragment: string; problem?: string }
  | { kind: 'external'; url: string }
  | { kind: 'other'; scheme: string };

/**
 * Resolves a reference found on `pageUrl` against the build. A directory
 * path resolves to its index.html; a path to a directory without the
 * trailing slash is reported, as the site is built with
 * `trailingSlash: 'always'` and such a link costs a redirect.
 *
 * @example
 * resolveReference('../about/', '/en/map/', 'http://127.0.0.1:4321')
 * // { kind: 'internal', path: '/en/about/', file: '…/dist/en/about/index.html', fragment: '' }
 */
export function resolveReference(value: string, pageUrl: string, origin: string, dist = DIST): Resolved {
  let url: URL;
  try {
    url = new URL(value, `${origin}${pageUrl}`);
  } catch {
    return { kind: 'internal', path: value, file: undefined, fragment: '', problem: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other', scheme: url.protocol };
  if (url.origin !== origin) return { kind: 'external', url: url.href };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'internal', path: url.pathname, file: undefined, fragment: '', problem: 'bad percent-encoding' };
  }
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
  const target = join(dist, path);
  if (!target.startsWith(dist)) return { kind: 'internal', path, file: undefined, fragment, problem: 'outside the site' };
  if (path.endsWith('/')) {
    const index = join(target, 'index.html');
    return { kind: 'internal', path, file: existsSync(index) ? index : undefined, fragment };
  }
  if (existsSync(target) && statSync(target).isFile()) return { kind: 'internal', path, file: target, fragment };
  if (existsSync(join(target, 'index.html'))) {
    return { kind: 'internal', path, file: undefined, fragment, problem: `missing trailing slash (use ${path}/)` };
  }
  return { kind: 'internal', path, file: undefined, fragment };
}

/** `file:line:column` for messages, relative to the project root. */
export function where(file: string, line: number, column: number): string {
  return `${relative(process.cwd(), file)}:${line}:${column}`;
}

/**
 * A CSS text's url(…) and @import targets: what a stylesheet makes the
 * browser fetch.
 *
 * @example
 * cssUrls('@import "a.css"; b { background: url(x.svg) }') // ['a.css', 'x.svg']
 */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) out.push(m[1]!);
  for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) out.push(m[2]!.trim());
  return [...new Set(out)];
}

/** True when a URL points at another host (absolute http(s) or protocol-relative). */
export function isForeign(value: string, origin: string): boolean {
  const v = value.trim();
  if (v.startsWith('//')) return new URL(`http:${v}`).host !== new URL(origin).host;
  if (!/^https?:/i.test(v)) return false;
  return new URL(v).origin !== origin;
}
