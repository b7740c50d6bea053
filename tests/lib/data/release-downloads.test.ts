import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/cite/jsonld.ts';
import {
  bundleBody, bundleEntries, datasetPageJsonLd, downloadName, knownGapLines, pairingsGeoJsonBody, releaseDownloads, resourcePaths,
} from '../../../src/lib/data/release-downloads.ts';
import { readZip } from '../../../src/lib/data/zip.ts';
import { RELEASE, SOURCES } from '../../fixtures/data-pages/release.ts';

const sha256 = (body: Uint8Array | string) => createHash('sha256').update(typeof body === 'string' ? new TextEncoder().encode(body) : body).digest('hex');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('releaseDownloads', () => {
  const files = releaseDownloads(RELEASE, SOURCES);

  test('lists the bundle and datapackage.json first, then every table as CSV, CSV for Excel and JSON, and GeoJSON for the pairings', () => {
    expect(files.map((f) => f.path)).toEqual([
      '/data/1.2.0/east-west-pairings-1.2.0.zip',
      '/data/1.2.0/datapackage.json',
      '/data/1.2.0/pairings.csv',
      '/data/1.2.0/pairings.excel.csv',
      '/data/1.2.0/pairings.json',
      '/data/1.2.0/pairings.geojson',
      '/data/1.2.0/regions.csv',
      '/data/1.2.0/regions.excel.csv',
      '/data/1.2.0/regions.json',
      '/data/1.2.0/known-gaps.csv',
      '/data/1.2.0/known-gaps.excel.csv',
      '/data/1.2.0/known-gaps.json',
    ]);
    expect(files.map((f) => f.table)).toEqual([undefined, undefined, ...Array(4).fill('pairings'), ...Array(3).fill('regions'), ...Array(3).fill('known-gaps')]);
  });

  test('gives each table file the size and SHA-256 of the body the endpoint serves', () => {
    const excel = files.find((f) => f.name === 'regions.excel.csv')!;
    const body = SOURCES.tableBody(RELEASE, 'regions', 'excel');
    expect(excel.sha256).toBe(sha256(body));
    expect(excel.bytes).toBe(new TextEncoder().encode(body as string).length);
    expect(excel.mediaType).toBe('text/csv');
    const geo = files.find((f) => f.kind === 'geojson')!;
    expect(geo.sha256).toBe(sha256(pairingsGeoJsonBody(RELEASE, SOURCES.anchor)));
    expect(files.find((f) => f.kind === 'zip')!.sha256).toBe(sha256(bundleBody(RELEASE, SOURCES)));
  });

  test('names every saved file with the version, so two versions never overwrite each other', () => {
    expect(files.map((f) => f.downloadName).every((n) => n.includes('1.2.0'))).toBe(true);
    expect(files.find((f) => f.name === 'pairings.excel.csv')!.downloadName).toBe('pairings-1.2.0.excel.csv');
  });

  test('serves the newest release under /data/latest/ with the same bytes and a bundle name without version', () => {
    const latest = releaseDownloads(RELEASE, SOURCES, '/data/latest/');
    expect(latest[0]!.path).toBe('/data/latest/east-west-pairings.zip');
    expect(latest.map((f) => f.sha256)).toEqual(files.map((f) => f.sha256));
    expect(latest.slice(1).map((f) => f.path)).toEqual(files.slice(1).map((f) => f.path.replace('/1.2.0/', '/latest/')));
  });
});

describe('the ZIP bundle', () => {
  test('holds the README, the licence, datapackage.json and every CSV at its resource path', () => {
    const entries = readZip(bundleBody(RELEASE, SOURCES));
    expect(entries.map((e) => e.name)).toEqual(['README.md', 'LICENSE.txt', 'datapackage.json', 'data/pairings.csv', 'data/regions.csv', 'known-gaps.csv']);
    expect(text(entries[1]!.data)).toBe(SOURCES.licenceText);
    expect(text(entries[3]!.data)).toBe(SOURCES.tableBody(RELEASE, 'pairings', 'csv'));
    expect(entries.every((e) => e.date === '2026-11-20')).toBe(true);
  });

  test('has a README in Chinese, English and Kazakh naming the version, each file with its rows, a reference and the release page', () => {
    const readme = String(bundleEntries(RELEASE, SOURCES)[0]!.data);
    expect(readme).toContain('# 东西部协作结对数据 版本 1.2.0');
    expect(readme).toContain('# East–West cooperation pairings, version 1.2.0');
    expect(readme).toContain('# Шығыс–Батыс ынтымақтастығы жұптары, 1.2.0 нұсқасы');
    expect(readme).toContain('- data/pairings.csv — Pairings (2 rows)');
    expect(readme).toContain('- data/pairings.csv — Жұптар (2 жол)');
    expect(readme).toContain('https://example.org/kk/data/releases/1.2.0/');
    expect(readme).toContain('[DS/OL]');
    expect(readme).toContain('- p1 何时开始？');
  });

  test('is byte-identical when built twice', () => {
    expect(sha256(bundleBody(RELEASE, SOURCES))).toBe(sha256(bundleBody(RELEASE, SOURCES)));
  });
});

describe('helpers', () => {
  test('downloadName puts the version before the extensions, once', () => {
    expect(downloadName('pairings.csv', '1.0.0')).toBe('pairings-1.0.0.csv');
    expect(downloadName('east-west-pairings-1.0.0.zip', '1.0.0')).toBe('east-west-pairings-1.0.0.zip');
  });

  test('resourcePaths keeps safe relative paths and falls back to <id>.csv for absent or unsafe ones', () => {
    expect(resourcePaths(RELEASE.datapackage, ['pairings', 'known-gaps', 'other'])).toEqual({
      pairings: 'data/pairings.csv', 'known-gaps': 'known-gaps.csv', other: 'other.csv',
    });
    expect(resourcePaths(null, ['x'])).toEqual({ x: 'x.csv' });
  });

  test('knownGapLines uses the locale’s own wording, English where none exists, and skips empty rows', () => {
    expect(knownGapLines(RELEASE, 'zh')).toEqual(['p1 何时开始？', 'Topic two']);
    expect(knownGapLines(RELEASE, 'kk')).toEqual(['When did p1 start?', 'Topic two']);
  });
});

describe('datasetPageJsonLd', () => {
  test('describes the release as a schema.org Dataset with one DataDownload per file, with absolute URLs and checksums', () => {
    const files = releaseDownloads(RELEASE, SOURCES);
    const ld = datasetPageJsonLd({
      release: RELEASE, locale: 'en', url: 'https://example.org/en/data/', name: 'Pairings', description: 'Who helps whom.',
      files, siteUrl: 'https://example.org', label: (f) => f.kind,
    });
    const parsed = JSON.parse(serializeJsonLd(ld)) as Record<string, unknown> & { distribution: Record<string, unknown>[] };
    expect(parsed['@type']).toBe('Dataset');
    expect(parsed['version']).toBe('1.2.0');
    expect(parsed['temporalCoverage']).toBe('1996/..');
    expect(parsed['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(parsed.distribution).toHaveLength(files.length);
    expect(parsed.distribution[2]).toEqual({
      '@type': 'DataDownload', name: 'csv', contentUrl: 'https://example.org/data/1.2.0/pairings.csv',
      encodingFormat: 'text/csv', contentSize: `${files[2]!.bytes} bytes`, sha256: files[2]!.sha256,
    });
  });
});
