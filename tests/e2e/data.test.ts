/**
 * The data pages against the built site: every download link resolves, the
 * size and SHA-256 shown are those of the bytes served, each CSV parses with
 * PapaParse to the row count the page publishes, the JSON-LD parses and
 * lists the same files, the ZIP bundle holds what its README says, and
 * "Download the rows shown" gives exactly the filtered rows.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readZip } from '../../src/lib/data/zip.ts';
import { getLocale, LOCALE_SEGMENTS } from '../../src/lib/i18n/locales.ts';
import { axeViolations, launchBrowser, openContext } from './browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

interface ShownFile {
  page: string;
  href: string;
  bytes: number;
  sha256: string;
}

interface DataPage {
  url: string;
  files: ShownFile[];
  rows: number | undefined;
  jsonLd: unknown[];
}

const fetched = new Map<string, Promise<{ status: number; type: string; body: Buffer }>>();
function get(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  let hit = fetched.get(path);
  if (!hit) {
    hit = fetch(new URL(path, baseURL)).then(async (r) => ({
      status: r.status,
      type: r.headers.get('content-type') ?? '',
      body: Buffer.from(await r.arrayBuffer()),
    }));
    fetched.set(path, hit);
  }
  return hit;
}
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function readDataPage(page: Page, url: string): Promise<DataPage> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const files = await page.$$eval('a[data-download]', (links) =>
    links.map((a) => {
      const row = a.closest('tr');
      return {
        href: a.getAttribute('href') ?? '',
        bytes: Number(row?.querySelector('[data-bytes]')?.getAttribute('data-bytes')),
        sha256: row?.querySelector('[data-sha256]')?.textContent?.trim() ?? '',
      };
    }),
  );
  // $eval, not getAttribute: most pages have no row count, and getAttribute would wait for one.
  const rowsText = await page.$$eval('[data-rows]', (els) => els[0]?.getAttribute('data-rows') ?? null);
  const jsonLd = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => x.textContent ?? ''));
  return {
    url,
    files: files.map((f) => ({ ...f, page: url })),
    rows: rowsText === null ? undefined : Number(rowsText),
    jsonLd: jsonLd.map((text) => JSON.parse(text) as unknown),
  };
}

/** Every data page in every locale, found by following the catalogue's links. */
const pages: DataPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
  const page = await context.newPage();
  for (const locale of LOCALE_SEGMENTS) {
    const start = `/${locale}/data/`;
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const url = queue.shift()!;
      pages.push(await readDataPage(page, url));
      const links = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of links) {
        if (href.startsWith(`/${locale}/data/`) && href.endsWith('/') && !seen.has(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
  }
  await context.close();
}, 300_000);

afterAll(async () => {
  await browser.close();
});

describe('data pages', () => {
  test('exist in every locale: catalogue, tables, version history, a release and the API page', () => {
    for (const locale of LOCALE_SEGMENTS) {
      const urls = pages.map((p) => p.url).filter((u) => u.startsWith(`/${locale}/`));
      expect(urls).toContain(`/${locale}/data/`);
      expect(urls).toContain(`/${locale}/data/pairings/`);
      expect(urls).toContain(`/${locale}/data/regions/`);
      expect(urls).toContain(`/${locale}/data/releases/`);
      expect(urls).toContain(`/${locale}/data/api/`);
      expect(urls.some((u) => /\/data\/releases\/\d+\.\d+\.\d+\/$/.test(u))).toBe(true);
    }
  });

  test('every download link resolves, and its size and SHA-256 are those of the bytes served', async () => {
    const files = pages.flatMap((p) => p.files);
    expect(files.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const f of files) {
      const { status, body } = await get(f.href);
      if (status !== 200) wrong.push(`${f.page}: ${f.href} → HTTP ${status}`);
      else if (body.length !== f.bytes || sha256(body) !== f.sha256) {
        wrong.push(`${f.page}: ${f.href} shows ${f.bytes} B ${f.sha256.slice(0, 12)}…, served ${body.length} B ${sha256(body).slice(0, 12)}…`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('each table’s CSV and CSV for Excel parse with PapaParse to the row count its page publishes', async () => {
    const tablePages = pages.filter((p) => p.rows !== undefined && p.url.startsWith('/en/'));
    expect(tablePages.length).toBeGreaterThanOrEqual(8);
    for (const p of tablePages) {
      const version = (p.jsonLd[0] as { version: string }).version;
      const csvs = p.files.filter((f) => f.href.startsWith(`/data/${version}/`) && f.href.endsWith('.csv'));
      expect(csvs.map((f) => f.href.replace(/^.*\//, ''))).toHaveLength(2);
      for (const f of csvs) {
        const text = (await get(f.href)).body.toString('utf8');
        const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
        expect(parsed.errors, f.href).toEqual([]);
        expect(parsed.data.length, `${f.href} rows vs ${p.url}`).toBe(p.rows);
      }
      const json = p.files.find((f) => f.href.startsWith(`/data/${version}/`) && f.href.endsWith('.json') && !f.href.endsWith('datapackage.json'));
      expect(JSON.parse((await get(json!.href)).body.toString('utf8'))).toHaveLength(p.rows!);
    }
  });

  test('the CSV for Excel starts with a UTF-8 byte-order mark and no CSV cell starts a formula', async () => {
    const csvs = [...new Set(pages.flatMap((p) => p.files.map((f) => f.href)).filter((h) => h.endsWith('.csv')))];
    for (const href of csvs) {
      const body = (await get(href)).body;
      if (href.endsWith('.excel.csv')) expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<string[]>(body.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      const risky = parsed.data.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell));
      expect(risky, href).toEqual([]);
    }
  });

  test('the JSON-LD parses, is a schema.org Dataset, and its downloads are the files the page lists', () => {
    const withLd = pages.filter((p) => p.jsonLd.length > 0);
    expect(withLd.length).toBeGreaterThanOrEqual(LOCALE_SEGMENTS.length * 9);
    for (const p of withLd) {
      const ld = p.jsonLd[0] as { '@type': string; version: string; distribution: { contentUrl: string; sha256: string }[] };
      expect(ld['@type'], p.url).toBe('Dataset');
      expect(ld.version).toMatch(/^\d+\.\d+\.\d+$/);
      const shown = new Map(p.files.map((f) => [new URL(f.href, baseURL).pathname, f.sha256]));
      for (const d of ld.distribution) expect(shown.get(new URL(d.contentUrl).pathname), `${p.url} ${d.contentUrl}`).toBe(d.sha256);
    }
  });

  test('the ZIP bundle holds the README in three languages, the licence, datapackage.json and each CSV as served', async () => {
    const zipHref = pages.flatMap((p) => p.files).find((f) => /^\/data\/\d[^/]*\/[^/]+\.zip$/.test(f.href))!.href;
    const entries = readZip(new Uint8Array((await get(zipHref)).body));
    const names = entries.map((e) => e.name);
    expect(names.slice(0, 3)).toEqual(['README.md', 'LICENSE.txt', 'datapackage.json']);
    const readme = new TextDecoder().decode(entries[0]!.data);
    expect(readme).toContain('东西部协作结对数据');
    expect(readme).toContain('East–West cooperation pairings');
    expect(readme).toContain('Шығыс–Батыс');
    const licence = await readFile('src/lib/data/licences/cc-by-4.0.txt');
    expect(Buffer.from(entries[1]!.data).equals(licence)).toBe(true);
    const folder = zipHref.slice(0, zipHref.lastIndexOf('/') + 1);
    expect(Buffer.from(entries[2]!.data).equals((await get(`${folder}datapackage.json`)).body)).toBe(true);
    const csvEntries = entries.filter((e) => e.name.endsWith('.csv'));
    expect(csvEntries.length).toBeGreaterThanOrEqual(8);
    for (const e of csvEntries) {
      const served = (await get(`${folder}${e.name.replace(/^.*\//, '')}`)).body;
      expect(Buffer.from(e.data).equals(served), e.name).toBe(true);
    }
  });

  test('the JSON index lists every release’s files with the sizes and checksums of the bytes served', async () => {
    const { status, body } = await get('/data/index.json');
    expect(status).toBe(200);
    const index = JSON.parse(body.toString('utf8')) as { latest: string; releases: { version: string; files: { url: string; bytes: number; sha256: string }[] }[] };
    expect(index.releases[0]!.version).toBe(index.latest);
    for (const r of index.releases) {
      for (const f of r.files) {
        const served = await get(new URL(f.url).pathname);
        expect([served.status, served.body.length, sha256(served.body)], f.url).toEqual([200, f.bytes, f.sha256]);
      }
    }
  });

  test('the /data/latest/ files are the newest release’s, byte for byte', async () => {
    const index = JSON.parse((await get('/data/index.json')).body.toString('utf8')) as { latest: string; releases: { version: string; files: { name: string; sha256: string }[] }[] };
    const newest = index.releases.find((r) => r.version === index.latest)!;
    for (const f of newest.files.filter((x) => !x.name.endsWith('.zip'))) {
      expect(sha256((await get(`/data/latest/${f.name}`)).body), f.name).toBe(f.sha256);
    }
    const zip = newest.files.find((x) => x.name.endsWith('.zip'))!;
    expect(sha256((await get('/data/latest/east-west-pairings.zip')).body)).toBe(zip.sha256);
  });

  test('the release feed is Atom with one entry per release', async () => {
    const { status, type, body } = await get('/data/releases.atom');
    expect(status).toBe(200);
    expect(type).toContain('atom');
    const index = JSON.parse((await get('/data/index.json')).body.toString('utf8')) as { releases: unknown[] };
    expect(body.toString('utf8').match(/<entry>/g)).toHaveLength(index.releases.length);
  });

  test('each language has its own release feed, with the same entry ids', async () => {
    const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1]);
    const english = ids((await get('/data/releases.atom')).body.toString('utf8'));
    for (const locale of LOCALE_SEGMENTS) {
      const { status, body } = await get(`/${locale}/data/releases.atom`);
      expect(status).toBe(200);
      const xml = body.toString('utf8');
      expect(xml).toContain(`xml:lang="${getLocale(locale).tag}"`);
      expect(xml).toContain(`/${locale}/data/releases/`);
      expect(ids(xml)).toEqual(english);
    }
  });

  test('the pairings GeoJSON has one line per pairing, helper → helped', async () => {
    const p = pages.find((x) => x.url === '/en/data/pairings/')!;
    const geo = JSON.parse((await get(p.files.find((f) => f.href.endsWith('.geojson'))!.href)).body.toString('utf8')) as {
      type: string; features: { geometry: { type: string; coordinates: number[][] }; properties: Record<string, string> }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(p.rows!);
    expect(geo.features.every((f) => f.geometry.type === 'LineString' && f.geometry.coordinates.length === 2)).toBe(true);
    expect(Object.keys(geo.features[0]!.properties)).toContain('helper_code');
  });
});

describe('accessibility of the data pages quality.test.ts does not sample', () => {
  for (const locale of LOCALE_SEGMENTS) {
    for (const path of ['data/pairings', 'data/releases']) {
      test(`/${locale}/${path}/ has no WCAG 2.2 AA violation (axe), with the preview enhanced`, async () => {
        const { context } = await openContext(browser, baseURL);
        const page = await context.newPage();
        await page.goto(`/${locale}/${path}/`);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('cite this dataset', () => {
  test('the browser fills in today’s date and the .ris file keeps RIS’s own line endings', async () => {
    const { context } = await openContext(browser, baseURL, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/en/data/pairings/');
    const dates = await page.$$eval('[data-accessed="iso"]', (els) => els.map((e) => e.textContent));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? ''))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-cite-download="cite-ris"]')]);
    expect(download.suggestedFilename()).toMatch(/^pairings_v\d+\.\d+\.\d+\.ris$/);
    const ris = await readFile((await download.path())!, 'utf8');
    expect(ris.startsWith('TY  - DATA\n')).toBe(true);
    expect(ris).toMatch(/\nY2  - \d{4}\/\d{2}\/\d{2}\/\n/);
    expect(ris.endsWith('\nER  - \n')).toBe(true);
    await context.close();
  });

  test('without JavaScript the citation shows the date-of-access placeholder', async () => {
    const { context } = await openContext(browser, baseURL, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/data/');
    expect(await page.textContent('#cite-gbt7714')).toContain('[引用日期]');
    await context.close();
  });
});

describe('download the rows shown', () => {
  test('filtering the pairings preview and downloading gives a CSV of exactly the visible rows', async () => {
    const { context } = await openContext(browser, baseURL, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/en/data/pairings/');
    const filter = page.locator('[data-table-filter]');
    await filter.fill('520');
    await page.waitForFunction(() => (document.querySelector('[data-table-status]')?.textContent ?? '') !== '');
    await page.waitForTimeout(300);
    const visible = await page.$$eval('[data-table] tbody tr:not([hidden])', (rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    expect(visible.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-table-download]')]);
    expect(download.suggestedFilename()).toMatch(/^pairings-\d+\.\d+\.\d+-view\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => Object.values(r)[0])).toEqual(visible);
    await context.close();
  });

  test('the pairings preview names each region beside its code, and its download keeps the codes only', async () => {
    const { context } = await openContext(browser, baseURL, { acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/zh/data/pairings/');
    const beijing = page.locator('[data-table] tbody td[data-value="110000"]').first();
    expect(await beijing.textContent()).toContain('北京市');
    // The filter searches the names shown too: 六盘水 finds the pairings of 520200.
    await page.locator('[data-table-filter]').fill('六盘水');
    await page.waitForTimeout(300);
    const codes = await page.$$eval('[data-table] tbody tr:not([hidden])', (rows) => rows.map((r) => r.querySelectorAll('td')[2]?.getAttribute('data-value')));
    expect(codes).toContain('520200');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-table-download]')]);
    const parsed = Papa.parse<Record<string, string>>(await readFile((await download.path())!, 'utf8'), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r['helped_code'])).toEqual(codes);
    await context.close();
  });
});
