/**
 * The ZIP bundle of each release: /data/<version>/east-west-pairings-<version>.zip,
 * and the newest again at /data/latest/east-west-pairings.zip (a URL that
 * never changes). The bytes are those whose size and SHA-256 the data pages
 * show (siteDownloads builds both).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleFileName } from '../../../lib/data/data-pages.ts';
import { bundleAliasName, bundleBody } from '../../../lib/data/release-downloads.ts';
import { downloadSources, latestRelease, loadReleases } from '../../../lib/data/site-downloads.ts';

const stem = (name: string) => name.replace(/\.zip$/, '');

export const getStaticPaths: GetStaticPaths = () => [
  ...loadReleases().map((release) => ({ params: { version: release.version, bundle: stem(bundleFileName(release.version)) }, props: { version: release.version } })),
  { params: { version: 'latest', bundle: stem(bundleAliasName()) }, props: { version: latestRelease().version } },
];

export const GET: APIRoute = ({ props, site }) => {
  const release = loadReleases().find((r) => r.version === props['version'])!;
  const body = bundleBody(release, downloadSources(String(site)));
  // A copy typed as ArrayBuffer-backed, which Response accepts.
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'application/zip' } });
};
