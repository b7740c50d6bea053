// What a page costs on first load: the HTML, its stylesheets (and their
// @imports), its scripts with every static import, its non-lazy images and
// icons, and the data files it points its scripts at. Sizes are measured
// compressed with gzip -9 and brotli (quality 11), as a static host would
// serve them. Used by bench/run.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { pageReferences, parseHtml, resolveReference } from '../tests/site/dist.ts';

export const CATEGORIES = ['html', 'css', 'js', 'data', 'img'];
const DATA_FILE = /\.(json|csv|geojson|topojson|txt|pf_meta|pf_index|pf_fragment)$/i;
const DATA_PATH = /^(?:\/|\.\.?\/)[^\s"'`<>]+\.(?:json|csv|geojson|topojson)(?:[?#][^\s"'`<>]*)?$/i;

const sizes = new Map();

/**
 * Raw, gzip -9 and brotli q11 sizes of a file, cached: many pages share
 * the same stylesheet and scripts.
 *
 * @example
 * compressedSize('dist/_astro/x.css') // { raw: 9120, gzip: 2410, brotli: 2050 }
 */
export function compressedSize(file) {
  let s = sizes.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
    sizes.set(file, s);
  }
  return s;
}

/** The URL path of a file of the build, for resolving what it references. */
const urlOf = (dist, file) => `/${relative(dist, file).split(sep).join('/')}`;

/** Static import / export-from specifiers of an ES module (not dynamic import()). */
export function staticImports(js) {
  const out = [];
  for (const m of js.matchAll(/(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']((?:\.{1,2}\/|\/)[^"']+)["']/g)) out.push(m[1]);
  return out;
}

/** Same-origin paths to data files written as string literals (what scripts fetch). */
function dataLiterals(text) {
  const out = [];
  for (const m of text.matchAll(/["'`]((?:\/|\.\.?\/)[^"'`\s<>]+\.(?:json|csv|geojson|topojson))["'`]/gi)) out.push(m[1]);
  return out;
}

/**
 * The files a page makes the browser fetch on first load, by category.
 *
 * @example
 * firstLoad(page, 'dist', 'http://127.0.0.1:4321').js // Set { '/…/dist/_astro/x.js', … }
 */
export function firstLoad(page, dist, origin) {
  const html = readFileSync(page.file, 'utf8');
  const root = parseHtml(html, page.file);
  const load = { html: new Set([page.file]), css: new Set(), js: new Set(), data: new Set(), img: new Set() };
  const resolveFrom = (value, fromUrl) => {
    const r = resolveReference(value, fromUrl, origin, dist);
    return r.kind === 'internal' && r.file ? r.file : undefined;
  };
  const addJs = (file) => {
    if (!file || load.js.has(file)) return;
    load.js.add(file);
    const text = readFileSync(file, 'utf8');
    for (const spec of staticImports(text)) addJs(resolveFrom(spec, urlOf(dist, file)));
    for (const spec of dataLiterals(text)) addData(resolveFrom(spec, page.url));
  };
  const addCss = (file) => {
    if (!file || load.css.has(file)) return;
    load.css.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) addCss(resolveFrom(m[1], urlOf(dist, file)));
  };
  const addData = (file) => {
    if (file && DATA_FILE.test(file)) load.data.add(file);
  };

  for (const ref of pageReferences(root)) {
    const rels = ref.rel.split(/\s+/);
    if (ref.tag === 'link' && rels.includes('stylesheet')) addCss(resolveFrom(ref.value, page.url));
    else if (ref.tag === 'link' && rels.includes('modulepreload')) addJs(resolveFrom(ref.value, page.url));
    else if (ref.tag === 'link' && rels.includes('preload')) {
      const file = resolveFrom(ref.value, page.url);
      if (file?.endsWith('.css')) addCss(file);
      else if (file?.endsWith('.js')) addJs(file);
      else if (file && DATA_FILE.test(file)) addData(file);
      else if (file) load.img.add(file);
    } else if (ref.tag === 'link' && rels.includes('icon')) {
      const file = resolveFrom(ref.value, page.url);
      if (file) load.img.add(file);
    } else if (ref.tag === 'script' && ref.attr === 'src') addJs(resolveFrom(ref.value, page.url));
    else if ((ref.tag === 'img' && ref.attr === 'src') || (ref.tag === 'video' && ref.attr === 'poster')) {
      const file = resolveFrom(ref.value, page.url);
      if (file) load.img.add(file);
    }
  }
  // Lazy images are not first load.
  for (const img of root.querySelectorAll('img[loading="lazy"]')) {
    const file = resolveFrom(img.getAttributeValue('src') ?? '', page.url);
    if (file) load.img.delete(file);
  }
  // Inline module scripts may import chunks; data-* attributes and inline
  // JSON may name the data file a script will fetch.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    for (const spec of staticImports(m[1] ?? '')) addJs(resolveFrom(spec, page.url));
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.tagName === 'a' || el.tagName === 'area' || el.tagName === 'link') continue;
    for (const attr of el.attributes) {
      const value = typeof attr.value === 'string' ? attr.value.trim() : '';
      if (DATA_PATH.test(value)) addData(resolveFrom(value, page.url));
    }
  }
  return load;
}

/**
 * Compressed totals per category of a first-load set.
 *
 * @example
 * weigh(firstLoad(page, dist, origin)) // { html: { raw, gzip, brotli }, …, total: {…}, files: 5 }
 */
export function weigh(load) {
  const out = { files: 0 };
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const category of CATEGORIES) {
    const sum = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of load[category]) {
      if (!existsSync(file)) continue;
      const s = compressedSize(file);
      for (const k of ['raw', 'gzip', 'brotli']) {
        sum[k] += s[k];
        total[k] += s[k];
      }
      out.files += 1;
    }
    out[category] = sum;
  }
  out.total = total;
  return out;
}
