/**
 * /data/index.json: every release and every file in it, with absolute URL,
 * size and SHA-256 of the bytes served (releaseIndex), newest first, so a
 * script can find new versions and check its downloads.
 */
import type { APIRoute } from 'astro';
import { releaseIndex } from '../../lib/data/release-index.ts';
import { allReleaseDownloads } from '../../lib/data/site-downloads.ts';

export const GET: APIRoute = ({ site }) => {
  const siteUrl = String(site);
  const index = releaseIndex({
    siteUrl,
    releases: allReleaseDownloads(siteUrl).map(({ release, files }) => ({ version: release.version, date: release.date, files })),
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
