import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { explainerData } from '../../src/lib/content/explainer-data.ts';
import { loadGlossary } from '../../src/lib/content/load-glossary.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { translate } from '../../src/lib/i18n/translate.ts';
import { axeViolations, launchBrowser, openContext } from './browser.ts';

const baseURL = inject('baseURL');
const phaseCount = explainerData().rows('phases').length;
const unreviewedTerms = loadGlossary().filter((t) => t.kk_status === 'unreviewed').length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(LOCALES)('explainers in $englishName', (locale) => {
  const history = `/${locale.segment}/explainers/history/`;

  test(`${history} works without JavaScript: timeline as a list, maps, numbered footnotes that reach the source list`, async () => {
    const { context, foreignRequests } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(history);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale.tag);
    expect(await page.locator('ol.timeline > li').count()).toBe(phaseCount);
    // Each phase map is its figure file, drawn without JavaScript once scrolled to (loading="lazy").
    const maps = page.locator('.explainer-map img');
    expect(await maps.count()).toBeGreaterThan(0);
    await maps.first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.explainer-map img');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    expect(await maps.first().getAttribute('alt')).toMatch(/\d/);
    const first = page.locator('sup.cite a').first();
    expect(await first.getAttribute('href')).toBe('#source-1');
    await first.click();
    expect(page.url().endsWith('#source-1')).toBe(true);
    expect(await page.locator('ol.source-list > li#source-1').count()).toBe(1);
    expect(await page.locator('h2#sources-heading').textContent()).toBe(translate(locale.segment, 'explainers.sources'));
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test(`${history} lists every language it is translated into as hreflang`, async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto(history);
    const tags = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => l.getAttribute('hreflang')));
    expect(tags.sort()).toEqual([...LOCALES.map((l) => l.tag), 'x-default'].sort());
    await context.close();
  });

  test(`${history} marks unreviewed Kazakh, and only there`, async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto(history);
    const notice = page.getByText(translate(locale.segment, 'translation.unreviewedNotice'), { exact: true });
    expect(await notice.count()).toBe(locale.segment === 'kk' ? 1 : 0);
    await context.close();
  });

  for (const slug of ['history', 'county-pairing']) {
    test(`/${locale.segment}/explainers/${slug}/ has no WCAG 2.2 AA violation (axe)`, async () => {
      const { context } = await openContext(browser, baseURL);
      const page = await context.newPage();
      await page.goto(`/${locale.segment}/explainers/${slug}/`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test(`/${locale.segment}/explainers/county-pairing/ draws its charts with the numbers in a table`, async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale.segment}/explainers/county-pairing/`);
    expect(await page.locator('.figure-chart svg rect.bar, .figure-chart svg rect.bar--alt').count()).toBeGreaterThan(2);
    expect(await page.locator('.figure-chart table tbody tr').count()).toBeGreaterThan(2);
    await context.close();
  });

  test(`/${locale.segment}/glossary/ has an anchor per term and no WCAG 2.2 AA violation (axe)`, async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto(`/${locale.segment}/glossary/#term-east-west-cooperation`);
    expect(await page.locator('.glossary [id^="term-"]').count()).toBeGreaterThanOrEqual(40);
    expect(await page.locator('#term-east-west-cooperation dt').count()).toBe(1);
    // Each term whose Kazakh no source attests carries one "unreviewed" mark next to its Kazakh name.
    expect(await page.locator('.glossary .badge').count()).toBe(unreviewedTerms);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
