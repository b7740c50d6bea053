import type { PublishedFile } from './published-file.ts';
import { compareVersions } from './data-pages.ts';

export interface IndexedRelease {
  readonly version: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly files: readonly PublishedFile[];
}

export interface ReleaseIndexInput {
  /** Origin the site is served from, e.g. `https://example.org`; file URLs are made absolute with it. */
  readonly siteUrl: string;
  readonly releases: readonly IndexedRelease[];
}

export interface ReleaseIndexFile {
  readonly name: string;
  readonly url: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly mediatype: string;
}

export interface ReleaseIndex {
  /** Version of the newest release. */
  readonly latest: string;
  /** URL prefix that always serves the newest release's files: `…/data/latest/`. */
  readonly latestUrl: string;
  readonly releases: readonly { readonly version: string; readonly date: string; readonly url: string; readonly files: readonly ReleaseIndexFile[] }[];
}


/**
 * The machine-readable list of every release and every file in it
 * (/data/index.json): version, date, and per file its absolute URL, size,
 * SHA-256 and media type, newest release first. Scripts can poll it to find
 * new versions and verify downloads without scraping pages. Files keep the
 * order given; the `mediatype` spelling follows Frictionless Data Package.
 *
 * @example
 * releaseIndex({ siteUrl: 'https://example.org', releases: [{ version: '1.0.0', date: '2026-11-20', files }] })
 * // { latest: '1.0.0', latestUrl: 'https://example.org/data/latest/',
 * //   releases: [{ version: '1.0.0', date: '2026-11-20', url: 'https://example.org/data/1.0.0/',
 * //                files: [{ name: 'pairings.csv', url: 'https://example.org/data/1.0.0/pairings.csv', bytes: 48213, sha256: '…', mediatype: 'text/csv' }] }] }
 */
export function releaseIndex(input: ReleaseIndexInput): ReleaseIndex {
  if (input.releases.length === 0) throw new Error('releaseIndex: no releases; publish the index with the first release.');
  const seen = new Set<string>();
  for (const r of input.releases) {
    if (!/^\d+\.\d+\.\d+$/.test(r.version)) throw new Error(`releaseIndex: version "${r.version}" is not a semantic version like 1.2.0.`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) throw new Error(`releaseIndex: release ${r.version} has date "${r.date}", expected YYYY-MM-DD.`);
    if (seen.has(r.version)) throw new Error(`releaseIndex: version ${r.version} is listed twice.`);
    seen.add(r.version);
  }
  const abs = (path: string) => new URL(path, input.siteUrl).href;
  const releases = [...input.releases].sort((a, b) => compareVersions(b.version, a.version));
  return {
    latest: releases[0]!.version,
    latestUrl: abs('/data/latest/'),
    releases: releases.map((r) => ({
      version: r.version,
      date: r.date,
      url: abs(`/data/${r.version}/`),
      files: r.files.map((f) => ({ name: f.name, url: abs(f.path), bytes: f.bytes, sha256: f.sha256, mediatype: f.mediaType })),
    })),
  };
}
