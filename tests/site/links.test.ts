import { readFileSync } from 'node:fs';
import type { HtmlElement } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages, DIST, pageReferences, parseHtml, resolveReference, siteOrigin, where } from './dist.ts';

const pages = builtPages();
const origin = siteOrigin();

const parsed = new Map<string, HtmlElement>();
function parse(file: string): HtmlElement {
  let root = parsed.get(file);
  if (!root) {
    root = parseHtml(readFileSync(file, 'utf8'), file);
    parsed.set(file, root);
  }
  return root;
}

/** The ids (and legacy a[name]) a fragment may point at. */
const anchors = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let ids = anchors.get(file);
  if (!ids) {
    ids = new Set<string>();
    for (const el of parse(file).querySelectorAll('[id]')) ids.add(el.getAttributeValue('id') ?? '');
    for (const el of parse(file).querySelectorAll('a[name]')) ids.add(el.getAttributeValue('name') ?? '');
    anchors.set(file, ids);
  }
  return ids;
}

/** Broken targets, each with the places that reference it. */
const broken = new Map<string, string[]>();
const addBroken = (problem: string, at: string): void => {
  broken.set(problem, [...(broken.get(problem) ?? []), at]);
};
const misplacedExternal: string[] = [];
const external = new Set<string>();
let checked = 0;
for (const page of pages) {
  for (const ref of pageReferences(parse(page.file))) {
    const at = where(page.file, ref.line, ref.column);
    const element = `<${ref.tag} ${ref.attr}="${ref.value}">`;
    const resolved = resolveReference(ref.value, page.url, origin, DIST);
    if (resolved.kind === 'other') continue; // mailto:, tel:, data:
    checked += 1;
    if (resolved.kind === 'external') {
      external.add(resolved.url);
      if (!(ref.tag === 'a' || ref.tag === 'area')) misplacedExternal.push(`${at} ${element}: another host outside <a href>`);
      continue;
    }
    if (resolved.problem) addBroken(`${element}: ${resolved.problem}`, at);
    else if (!resolved.file) addBroken(`${element}: no file dist${resolved.path}${resolved.path.endsWith('/') ? 'index.html' : ''}`, at);
    else if (resolved.fragment && resolved.fragment !== 'top' && resolved.file.endsWith('.html') && !anchorsOf(resolved.file).has(resolved.fragment)) {
      addBroken(`${element}: no id="${resolved.fragment}" on ${resolved.path}`, at);
    }
  }
}
console.log(
  `links: ${pages.length} pages, ${checked} references checked, ${[...broken.values()].flat().length} broken (${broken.size} distinct), ${external.size} distinct external URLs`,
);

test('every internal href and src resolves to a file of the build (fragments to an id on the target page)', () => {
  const report = [...broken].map(([problem, places]) => `${problem} — ${places.length} place(s), e.g. ${places.slice(0, 3).join(', ')}`);
  expect(report, `${report.length} broken targets:\n${report.slice(0, 300).join('\n')}`).toEqual([]);
});

test('links to other hosts appear only in <a href> (sources, licences)', () => {
  expect(misplacedExternal, `other hosts outside <a href>:\n${misplacedExternal.join('\n')}`).toEqual([]);
});
