import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { translate } from '../../src/lib/i18n/translate.ts';
import { siteMapContext } from '../../src/lib/geo/site-map.ts';
import { launchBrowser, openContext, seriousAxeViolations } from './browser.ts';

const baseURL = inject('baseURL');
const ctx = siteMapContext();
const view = (id: string) => {
  const v = ctx.model.views.find((x) => x.id === id);
  if (!v) throw new Error(`no view ${id} in the dataset`);
  return v;
};
// A region that takes part in a pairing (the first drawn one of the newest view).
const someRegion = Object.keys(ctx.defaultView.roles)[0]!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const drawnArcs = (page: Page) => page.$$eval('.pm-arc:not(.is-off)', (els) => els.map((e) => e.getAttribute('data-arc')).sort());
const visibleRows = (page: Page) => page.$$eval('tr[data-pair]:not([hidden])', (els) => els.map((e) => e.getAttribute('data-pair')).sort());

describe('the map page without JavaScript', () => {
  test('/en/map/ shows the newest phase as an SVG map and a table of the same pairings', async () => {
    const { context, foreignRequests } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/en/map/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('svg.pm-svg').count()).toBe(1);
    expect(await drawnArcs(page)).toEqual([...ctx.defaultView.arcIds].sort());
    expect(await visibleRows(page)).toEqual([...ctx.defaultView.pairIds].sort());
    expect(await page.textContent('.pm-credit')).toContain('GS(2024)0650');
    expect(await page.getAttribute('.pm-credit a', 'href')).toBe('/en/map/about/');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test('every year has its own page: /zh/map/year/2005/ draws the pairings of 2005', async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto('/zh/map/year/2005/'))?.status()).toBe(200);
    expect(await drawnArcs(page)).toEqual([...view('year-2005').arcIds].sort());
    expect(await page.textContent('.pm-heading')).toBe(translate('zh', 'map.yearHeading', { year: 2005 }));
    await context.close();
  });

  test('the SVG export of a view carries its title, the credit line and the review number', async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    const response = await page.goto('/kk/map/phase/2016/map.svg');
    expect(response?.headers()['content-type']).toContain('image/svg');
    const svg = (await response?.text()) ?? '';
    expect(svg).toContain(translate('kk', 'map.phaseHeading', { year: 2016 }));
    expect(svg).toContain('GS(2024)0650');
    await context.close();
  });
});

describe('the map page with JavaScript', () => {
  test('moving the year slider redraws the map in place and updates the URL', async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/en/map/year/1996/');
    await page.waitForSelector('pairing-map.is-enhanced');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('.pm-slider').fill('2005');
    await page.waitForURL(`${baseURL}/en/map/year/2005/`);
    expect(await drawnArcs(page)).toEqual([...view('year-2005').arcIds].sort());
    expect(await visibleRows(page)).toEqual([...view('year-2005').pairIds].sort());
    await page.locator('.pm-slider').press('ArrowRight');
    await page.waitForURL(`${baseURL}/en/map/year/2006/`);
    expect(await drawnArcs(page)).toEqual([...view('year-2006').arcIds].sort());
    // Same document: the page was not reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await context.close();
  });

  test('a phase button switches the view without a reload', async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/en/map/');
    await page.waitForSelector('pairing-map.is-enhanced');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.click('a[data-view-link="phase-2016"]');
    await page.waitForURL(`${baseURL}/en/map/phase/2016/`);
    expect(await drawnArcs(page)).toEqual([...view('phase-2016').arcIds].sort());
    expect(await page.getAttribute('a[data-view-link="phase-2016"]', 'aria-current')).toBe('page');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await context.close();
  });

  test('a tooltip appears on keyboard focus and Escape closes it', async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/en/map/');
    await page.waitForSelector('pairing-map.is-enhanced');
    await page.locator(`.pm-region[data-code="${someRegion}"]`).focus();
    const tip = page.locator('.pm-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(ctx.region(someRegion)?.names.en ?? someRegion);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });

  test('on a phone, the first tap on a region shows its tooltip and the second opens its page', async () => {
    const { context } = await openContext(browser, baseURL, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/en/map/');
    await page.waitForSelector('pairing-map.is-enhanced');
    await page.locator('svg.pm-svg').scrollIntoViewIfNeeded();
    // A point that hits a linked region (the centre of its box may fall outside its shape or under an overlay).
    const hit = await page.$$eval('.pm-region[href]', (els) => {
      for (const el of els) {
        const r = el.getBoundingClientRect();
        for (const [fx, fy] of [[0.5, 0.5], [0.4, 0.4], [0.6, 0.6], [0.5, 0.3], [0.5, 0.7]] as const) {
          const x = r.left + r.width * fx;
          const y = r.top + r.height * fy;
          if (document.elementFromPoint(x, y)?.closest('.pm-region[href]') === el) return { x, y, href: el.getAttribute('href'), label: el.getAttribute('aria-label') };
        }
      }
      return null;
    });
    expect(hit).not.toBeNull();
    await page.touchscreen.tap(hit!.x, hit!.y);
    const tip = page.locator('.pm-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(hit!.label);
    expect(new URL(page.url()).pathname).toBe('/en/map/');
    await Promise.all([page.waitForURL(`**${hit!.href}`), page.touchscreen.tap(hit!.x, hit!.y)]);
    expect(new URL(page.url()).pathname).toBe(hit!.href);
    await context.close();
  });

  test('at 360 px wide the map page does not scroll sideways', async () => {
    const { context } = await openContext(browser, baseURL, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/kk/map/');
    await page.waitForSelector('pairing-map.is-enhanced');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('exports and embeds', () => {
  test('the PNG button downloads a PNG made in the browser from the view’s SVG', async () => {
    const { context } = await openContext(browser, baseURL, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/en/map/phase/2016/');
    await page.waitForSelector('pairing-map.is-enhanced');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.pm-png')]);
    expect(download.suggestedFilename()).toBe('pairings-en-phase-2016.png');
    await context.close();
  });

  test('the embed page is kept out of search engines and the map page offers its iframe code', async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/map/phase/2016/');
    expect(await page.inputValue('#pm-embed-live')).toContain('/en/embed/map/phase/2016/');
    expect(await page.inputValue('#pm-embed-pinned')).toContain(`/en/embed/v/${ctx.dataset.version}/map/phase/2016/`);
    const response = await page.goto(`/en/embed/v/${ctx.dataset.version}/map/phase/2016/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(await drawnArcs(page)).toEqual([...view('phase-2016').arcIds].sort());
    expect(await page.textContent('.pm-credit')).toContain('GS(2024)0650');
    await context.close();
  });
});

describe('region pages without JavaScript', () => {
  test('show a locator map, the timeline of the region’s pairings and numbered sources that resolve', async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/regions/${someRegion}/`);
    expect(await page.locator('.rg-locator svg[role="img"]').count()).toBe(1);
    const pairings = ctx.dataset.pairings.filter((p) => p.helperCode === someRegion || p.helpedCode === someRegion);
    expect(await page.locator('.rg-section').first().locator('tbody tr').count()).toBe(pairings.length);
    const refs = await page.$$eval('.pm-sources a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(await page.locator(ref).count()).toBe(1);
    await context.close();
  });
});

describe('accessibility (axe: no serious or critical violation)', () => {
  for (const { segment } of LOCALES) {
    test(`/${segment}/map/`, async () => {
      const { context } = await openContext(browser, baseURL);
      const page = await context.newPage();
      await page.goto(`/${segment}/map/`);
      await page.waitForSelector('pairing-map.is-enhanced');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });

    test(`/${segment}/regions/${someRegion}/`, async () => {
      const { context } = await openContext(browser, baseURL);
      const page = await context.newPage();
      expect((await page.goto(`/${segment}/regions/${someRegion}/`))?.status()).toBe(200);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
