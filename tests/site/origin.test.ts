import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, cssUrls, DIST, isForeign, listFiles, pageReferences, parseHtml, siteOrigin, where } from './dist.ts';

// The site makes no request to another host: no CDN, font, analytics,
// embedded frame or hot-linked image. These are the references a browser
// fetches on its own, before any script runs (the browser test in
// tests/e2e/quality.test.ts catches what scripts fetch).
const LOADING_LINK_RELS = ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'icon', 'apple-touch-icon', 'manifest', 'preconnect', 'dns-prefetch', 'mask-icon'];

const origin = siteOrigin();
const pages = builtPages();

test('no built page loads a script, style, font, image, frame or preload from another host', () => {
  const foreign: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const root = parseHtml(html, page.file);
    for (const ref of pageReferences(root)) {
      if (ref.tag === 'a' || ref.tag === 'area' || ref.tag === 'form') continue;
      const rels = ref.rel.split(/\s+/);
      if (ref.tag === 'link' && !rels.some((r) => LOADING_LINK_RELS.includes(r))) continue;
      if (isForeign(ref.value, origin)) {
        foreign.push(`${where(page.file, ref.line, ref.column)} <${ref.tag}${ref.rel ? ` rel="${ref.rel}"` : ''} ${ref.attr}="${ref.value}">`);
      }
    }
    // Inline <style> and style="" may fetch too.
    for (const el of root.querySelectorAll('style')) {
      for (const url of cssUrls(el.textContent)) if (isForeign(url, origin)) foreign.push(`${where(page.file, el.location.line, el.location.column)} <style> url(${url})`);
    }
    for (const el of root.querySelectorAll('[style]')) {
      for (const url of cssUrls(el.getAttributeValue('style') ?? '')) if (isForeign(url, origin)) foreign.push(`${where(page.file, el.location.line, el.location.column)} style="" url(${url})`);
    }
  }
  expect(foreign, `references to other hosts:\n${foreign.join('\n')}`).toEqual([]);
});

test('no built stylesheet imports or loads anything (fonts, images) from another host', () => {
  const sheets = listFiles(DIST).filter((f) => f.endsWith('.css'));
  const foreign: string[] = [];
  for (const rel of sheets) {
    for (const url of cssUrls(readFileSync(join(DIST, rel), 'utf8'))) if (isForeign(url, origin)) foreign.push(`dist/${rel}: ${url}`);
  }
  console.log(`origin: ${pages.length} pages and ${sheets.length} stylesheets checked, ${foreign.length} foreign URLs in CSS`);
  expect(foreign, `stylesheets loading from other hosts:\n${foreign.join('\n')}`).toEqual([]);
});
