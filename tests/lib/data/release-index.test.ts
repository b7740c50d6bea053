import { describe, expect, test } from 'vitest';
import { describeFile } from '../../../src/lib/data/published-file.ts';
import { releaseIndex } from '../../../src/lib/data/release-index.ts';

const csv = describeFile('/data/1.0.0/regions.csv', 'text/csv', 'code\n110000\n');
const excel = describeFile('/data/1.0.0/regions.excel.csv', 'text/csv', '\uFEFFcode\n110000\n');

describe('describeFile', () => {
  test('gives the byte size and SHA-256 of the UTF-8 body', () => {
    expect(csv).toEqual({
      name: 'regions.csv',
      path: '/data/1.0.0/regions.csv',
      mediaType: 'text/csv',
      bytes: 12,
      // printf 'code\n110000\n' | sha256sum
      sha256: 'acdf077eff53d716caed4d2b736db62e4d7e5e2913b79adb4fe551a7d1b9d457',
    });
  });

  test('counts a byte-order mark as the three bytes it is', () => {
    expect(excel.bytes).toBe(csv.bytes + 3);
    expect(excel.sha256).not.toBe(csv.sha256);
  });
});

describe('releaseIndex', () => {
  const index = releaseIndex({
    siteUrl: 'https://example.org',
    releases: [
      { version: '1.0.0', date: '2026-11-20', files: [csv, excel] },
      { version: '1.10.0', date: '2027-03-01', files: [describeFile('/data/1.10.0/regions.csv', 'text/csv', 'code\n')] },
      { version: '1.2.0', date: '2026-12-01', files: [] },
    ],
  });

  test('lists releases newest first, comparing versions as numbers', () => {
    expect(index.releases.map((r) => r.version)).toEqual(['1.10.0', '1.2.0', '1.0.0']);
    expect(index.latest).toBe('1.10.0');
  });

  test('gives every file an absolute URL, its size, checksum and media type', () => {
    const files = index.releases.find((r) => r.version === '1.0.0')!.files;
    expect(files[0]).toEqual({ name: 'regions.csv', url: 'https://example.org/data/1.0.0/regions.csv', bytes: 12, sha256: csv.sha256, mediatype: 'text/csv' });
    expect(files.map((f) => f.name)).toEqual(['regions.csv', 'regions.excel.csv']);
  });

  test('points to the release folders and the latest alias', () => {
    expect(index.latestUrl).toBe('https://example.org/data/latest/');
    expect(index.releases[0]!.url).toBe('https://example.org/data/1.10.0/');
  });

  test('rejects a bad version, a bad date and a duplicate', () => {
    expect(() => releaseIndex({ siteUrl: 'https://x.org', releases: [{ version: 'v1', date: '2026-01-01', files: [] }] })).toThrow('"v1" is not a semantic version');
    expect(() => releaseIndex({ siteUrl: 'https://x.org', releases: [{ version: '1.0.0', date: '2026', files: [] }] })).toThrow('expected YYYY-MM-DD');
    const r = { version: '1.0.0', date: '2026-01-01', files: [] };
    expect(() => releaseIndex({ siteUrl: 'https://x.org', releases: [r, r] })).toThrow('listed twice');
    expect(() => releaseIndex({ siteUrl: 'https://x.org', releases: [] })).toThrow('no releases');
  });
});
