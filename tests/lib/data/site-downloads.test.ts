import { describe, expect, test } from 'vitest';
import { latestRelease } from '../../../src/lib/data/load-release.ts';
import { tableBody } from '../../../src/lib/data/release-files.ts';
import { siteDownloads } from '../../../src/lib/data/site-downloads.ts';

// Runs on the real newest release: the point is that what the data pages
// show agrees with what the release froze and what the endpoints serve.
const release = latestRelease();
const files = siteDownloads(release, 'https://example.org');

describe('siteDownloads on the newest release', () => {
  test('shows for each CSV the size and SHA-256 frozen in the release’s datapackage.json', () => {
    const resources = (release.datapackage as { resources: { path: string; bytes: number; hash: string }[] }).resources;
    expect(resources.length).toBe(release.tables.length);
    for (const r of resources) {
      const shown = files.find((f) => f.path === `/data/${release.version}/${r.path}`);
      expect(shown, r.path).toBeDefined();
      expect([shown!.bytes, `sha256:${shown!.sha256}`], r.path).toEqual([r.bytes, r.hash]);
    }
  });

  test('describes the CSV for Excel by the bytes the dataset endpoint serves', () => {
    const excel = files.find((f) => f.name === 'pairings.excel.csv')!;
    expect(excel.bytes).toBe(Buffer.byteLength(tableBody(release, 'pairings', 'excel'), 'utf8'));
  });

  test('offers a GeoJSON of the pairing lines, the bundle and datapackage.json, and every file under the latest alias too', () => {
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['pairings.geojson', `east-west-pairings-${release.version}.zip`, 'datapackage.json']));
    const latest = siteDownloads(release, 'https://example.org', true);
    expect(latest.map((f) => f.sha256)).toEqual(files.map((f) => f.sha256));
    expect(latest.every((f) => f.path.startsWith('/data/latest/'))).toBe(true);
  });
});
