/**
 * The pairings of each release as GeoJSON lines (helper → helped, every
 * field of the pairing as properties): /data/<version>/pairings.geojson and
 * /data/latest/pairings.geojson.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pairingsGeoJsonBody } from '../../../lib/data/release-downloads.ts';
import { downloadSources, latestRelease, loadReleases } from '../../../lib/data/site-downloads.ts';

export const getStaticPaths: GetStaticPaths = () => [
  ...loadReleases().map((release) => ({ params: { version: release.version }, props: { version: release.version } })),
  { params: { version: 'latest' }, props: { version: latestRelease().version } },
];

export const GET: APIRoute = ({ props, site }) => {
  const release = loadReleases().find((r) => r.version === props['version'])!;
  const body = pairingsGeoJsonBody(release, downloadSources(String(site)).anchor);
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json' } });
};
