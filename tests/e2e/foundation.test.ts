import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { translate } from '../../src/lib/i18n/translate.ts';
import { axeViolations, launchBrowser, openContext } from './browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('each locale home page', () => {
  for (const locale of LOCALES) {
    test(`/${locale.segment}/ renders with lang="${locale.tag}" and its own title`, async () => {
      const { context, foreignRequests } = await openContext(browser, baseURL);
      const page = await context.newPage();
      const response = await page.goto(`/${locale.segment}/`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(locale.tag);
      expect(await page.textContent('h1')).toBe(translate(locale.segment, 'home.heading'));
      expect(await page.textContent('.site-title')).toBe(translate(locale.segment, 'site.title'));
      expect(foreignRequests).toEqual([]);
      await context.close();
    });

    test(`/${locale.segment}/ has no WCAG 2.2 AA violation (axe)`, async () => {
      const { context } = await openContext(browser, baseURL);
      const page = await context.newPage();
      await page.goto(`/${locale.segment}/`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the language chooser at /', () => {
  test('without JavaScript it lists the three languages as links', async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const hrefs = await page.$$eval('.chooser__list a', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/zh/', '/en/', '/kk/']);
    expect(page.url()).toBe(`${baseURL}/`);
    await context.close();
  });

  test('with JavaScript it goes to the reader’s preferred language', async () => {
    const { context } = await openContext(browser, baseURL, { locale: 'kk-KZ' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(`${baseURL}/kk/`);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await context.close();
  });

  test('it remembers a language chosen with the switcher over the browser’s preference', async () => {
    const { context } = await openContext(browser, baseURL, { locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/en/about/');
    await page.click('.lang-switcher a[hreflang="zh-CN"]');
    await page.waitForURL(`${baseURL}/zh/about/`);
    await page.goto('/');
    await page.waitForURL(`${baseURL}/zh/`);
    await context.close();
  });
});

describe('the language switcher', () => {
  test('keeps the reader on the same page in the other language', async () => {
    const { context } = await openContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/zh/about/');
    await page.click('.lang-switcher a[hreflang="kk"]');
    await page.waitForURL(`${baseURL}/kk/about/`);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(await page.textContent('h1')).toBe(translate('kk', 'about.title'));
    await context.close();
  });
});

describe('the 404 page', () => {
  for (const locale of LOCALES) {
    test(`a missing page under /${locale.segment}/ answers 404 in that language`, async () => {
      const { context } = await openContext(browser, baseURL);
      const page = await context.newPage();
      const response = await page.goto(`/${locale.segment}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe(locale.tag);
      expect(await page.textContent('h1')).toBe(translate(locale.segment, 'notFound.title'));
      await context.close();
    });
  }
});
