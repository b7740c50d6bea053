/**
 * The site's own wiring of release-downloads.ts: the releases from the
 * loader, the table bodies from the dataset endpoint's serialiser
 * (release-files.ts, the same function /data/<version>/<file> serves), the
 * licence text and the map's region anchors. Node only (reads files);
 * pages and endpoints call it, once per release thanks to the cache.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { latestRelease, loadReleases, type LoadedRelease } from './load-release.ts';
import { createRegionAnchors } from './region-anchors.ts';
import { datapackageBody, tableBody } from './release-files.ts';
import { releaseDownloads, releaseFolder, type DownloadSources, type ReleaseDownload } from './release-downloads.ts';

/** The licence text shipped in every bundle (CC BY 4.0 legal code, plain text). */
export const LICENCE_TEXT_PATH = 'src/lib/data/licences/cc-by-4.0.txt';

let anchorCache: DownloadSources['anchor'] | undefined;

/**
 * The sources every release's files are built from, for a site origin.
 *
 * @example
 * downloadSources('https://example.org').licenceText.startsWith('Creative Commons') // true
 */
export function downloadSources(siteUrl: string | URL): DownloadSources {
  anchorCache ??= createRegionAnchors();
  return {
    // The dataset endpoint's own serialiser (src/pages/data/[version]/[file].ts).
    tableBody,
    datapackageBody,
    anchor: anchorCache,
    licenceText: readFileSync(resolve(LICENCE_TEXT_PATH), 'utf8'),
    siteUrl: String(siteUrl),
  };
}

const cache = new Map<string, ReleaseDownload[]>();

/**
 * Every download of one release (or of the newest, under /data/latest/),
 * with sizes and SHA-256 of the bytes served; computed once per build.
 *
 * @example
 * siteDownloads(latestRelease(), 'https://example.org')[0].path // '/data/1.0.0/east-west-pairings-1.0.0.zip'
 */
export function siteDownloads(release: LoadedRelease, siteUrl: string | URL, latest = false): ReleaseDownload[] {
  const folder = latest ? releaseFolder('latest') : releaseFolder(release.version);
  const key = `${String(siteUrl)}|${folder}|${release.version}`;
  let files = cache.get(key);
  if (!files) {
    files = releaseDownloads(release, downloadSources(siteUrl), folder);
    cache.set(key, files);
  }
  return files;
}

/** Every release, newest first, with its downloads. */
export function allReleaseDownloads(siteUrl: string | URL): { release: LoadedRelease; files: ReleaseDownload[] }[] {
  return [...loadReleases()].reverse().map((release) => ({ release, files: siteDownloads(release, siteUrl) }));
}

export { latestRelease, loadReleases };
