/**
 * Site search in the browser, against the built site and its Pagefind
 * index (scripts/pagefind.mjs): one index per language, Chinese place names
 * found inside running text, Kazakh queries answered from Kazakh pages.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openContext } from './browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The result links the search page lists for a query, once the status says it is done. */
async function search(locale: string, query: string): Promise<string[]> {
  const { context, foreignRequests } = await openContext(browser, baseURL);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]');
    const text = status?.textContent ?? '';
    return text !== '' && text !== (status as HTMLElement).dataset['loading'];
  }, undefined, { timeout: 30_000 });
  const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname));
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
  return links;
}

describe('search', () => {
  test('六盘水 finds Chinese pages, and only Chinese pages, in the zh index', async () => {
    const links = await search('zh', '六盘水');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/zh/'))).toBe(true);
  });

  test.skipIf(!existsSync('dist/zh/regions/520200/index.html'))('六盘水 finds the region page of 六盘水市 (520200)', async () => {
    expect(await search('zh', '六盘水')).toContain('/zh/regions/520200/');
  });

  test('黔东南 finds Chinese pages that mention it', async () => {
    const links = await search('zh', '黔东南');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/zh/'))).toBe(true);
  });

  test.skipIf(!existsSync('dist/zh/regions/522600/index.html'))('黔东南 finds the region page of 黔东南苗族侗族自治州 (522600)', async () => {
    expect(await search('zh', '黔东南')).toContain('/zh/regions/522600/');
  });

  test.skipIf(!existsSync('dist/kk/regions/520200/index.html'))('the Kazakh name Люпаньшуй finds the Kazakh region page of 六盘水市', async () => {
    const links = await search('kk', 'Люпаньшуй');
    expect(links).toContain('/kk/regions/520200/');
    expect(links.every((l) => l.startsWith('/kk/'))).toBe(true);
  });

  test('a Kazakh query finds Kazakh pages only', async () => {
    const links = await search('kk', 'шығарылым');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/kk/'))).toBe(true);
  });

  test('without JavaScript the search page is a plain form that says what it needs', async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/search/?q=Guizhou');
    expect(await page.getAttribute('form[data-site-search]', 'method')).toBe('get');
    expect(await page.isVisible('[data-search-nojs]')).toBe(true);
    await context.close();
  });
});
