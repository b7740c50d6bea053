import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cspProblems } from './csp.ts';
import { builtPages } from './dist.ts';

// Astro (security.csp in astro.config.mjs) hashes every script and style it
// emits into a <meta http-equiv="content-security-policy">. These checks keep
// that policy strict and true: no unsafe keyword, and nothing inline that
// the policy would block in the reader's browser.
const pages = builtPages();
const problems: string[] = [];
let inlineScripts = 0;
for (const page of pages) {
  const found = cspProblems(readFileSync(page.file, 'utf8'), page.file);
  problems.push(...found.problems);
  inlineScripts += found.inlineScripts;
}
console.log(`csp: ${pages.length} pages, ${inlineScripts} inline scripts checked, ${problems.length} problems`);

test('every built page has a strict CSP that allows all its inline scripts and styles, and no inline handler or style attribute', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(problems, `${problems.length} CSP problems:\n${problems.slice(0, 300).join('\n')}`).toEqual([]);
});
