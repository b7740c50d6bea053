import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { builtPages, pageTypes, samplePages } from '../site/dist.ts';
import exceptionsFile from './axe-exceptions.json' with { type: 'json' };
import { axeViolations, launchBrowser, openContext } from './browser.ts';

// One page of every page type in every locale, discovered from dist/ (the
// first page of each type by URL), so a new kind of page is checked the day
// it is built. Types are named from the path: `home`, `about`, `map/*`,
// `regions/*`, … (tests/site/dist.ts, pageTypeOf).
const pages = builtPages();
const samples = samplePages(pages);
console.log(`quality (browser): page types checked: ${pageTypes(pages).join(', ')}; ${samples.length} pages (type × locale)`);

/**
 * A reviewed exception to the zero-violation rule: which axe rule, on which
 * page type, why it is acceptable, and who reviewed it. Start with none.
 */
interface AxeException {
  rule: string;
  pageType: string;
  reason: string;
  reviewer: string;
}
const exceptions = exceptionsFile as AxeException[];
const usedExceptions = new Set<AxeException>();

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test('every axe exception names a rule, a page type, a reason and a reviewer', () => {
  const incomplete = exceptions.filter((e) => ![e.rule, e.pageType, e.reason, e.reviewer].every((v) => typeof v === 'string' && v.trim() !== ''));
  expect(incomplete).toEqual([]);
});

describe('one page of every type in every locale', () => {
  for (const sample of samples) {
    const label = `${sample.type} ${sample.locale || '(no locale)'} ${sample.url}`;

    test(`${label} makes no request to another host`, async () => {
      const { context, foreignRequests } = await openContext(browser, baseURL);
      const page = await context.newPage();
      const response = await page.goto(sample.url, { waitUntil: 'networkidle' });
      expect(response?.status(), `${sample.url} did not load`).toBe(200);
      expect(foreignRequests, `requests to other hosts from ${sample.url}`).toEqual([]);
      await context.close();
    });

    test(`${label} has no WCAG 2.2 AA violation (axe), except reviewed ones`, async () => {
      const { context } = await openContext(browser, baseURL);
      const page = await context.newPage();
      await page.goto(sample.url, { waitUntil: 'networkidle' });
      const violations = (await axeViolations(page)).filter((v) => {
        const exception = exceptions.find((e) => e.rule === v.id && e.pageType === sample.type);
        if (exception) usedExceptions.add(exception);
        return !exception;
      });
      const report = violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.targets.slice(0, 5).join(' | ')}`);
      expect(report, `axe on ${sample.url}:\n${report.join('\n')}`).toEqual([]);
      await context.close();
    });
  }
});

test('every axe exception is still needed (it matched a violation in this run)', () => {
  const unused = exceptions.filter((e) => !usedExceptions.has(e) && samples.some((s) => s.type === e.pageType));
  expect(unused, 'remove exceptions that no longer match a violation from tests/e2e/axe-exceptions.json').toEqual([]);
});
