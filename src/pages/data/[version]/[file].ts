/**
 * Every release's table files and datapackage.json at stable URLs,
 * /data/<version>/<file>, and the newest release again at
 * /data/latest/<file>: <table>.csv (canonical, as hashed in
 * datapackage.json), <table>.excel.csv (UTF-8 with BOM for Excel) and
 * <table>.json. The bodies come from src/lib/data/release-files.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { latestRelease, loadReleases } from '../../../lib/data/load-release.ts';
import { servedFiles } from '../../../lib/data/release-files.ts';

export const getStaticPaths = (() => {
  const latest = latestRelease();
  const paths = [];
  for (const release of loadReleases()) {
    const folders = release.version === latest.version ? [release.version, 'latest'] : [release.version];
    for (const version of folders) {
      for (const f of servedFiles(release)) paths.push({ params: { version, file: f.name }, props: { body: f.body, mediaType: f.mediaType } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['body'] as string, { headers: { 'Content-Type': props['mediaType'] as string } });
