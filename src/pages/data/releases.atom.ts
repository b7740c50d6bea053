/**
 * /data/releases.atom: an Atom feed of the dataset's releases, one entry per
 * version, linking to the English release page (entry ids are the same in
 * every language, see src/lib/feed/atom.ts).
 */
import type { APIRoute } from 'astro';
import { pickText } from '../../lib/data/data-pages.ts';
import { loadReleases } from '../../lib/data/site-downloads.ts';
import { releasesAtomFeed } from '../../lib/feed/atom.ts';
import { localizedPath } from '../../lib/i18n/paths.ts';
import { translate } from '../../lib/i18n/translate.ts';

export const GET: APIRoute = ({ site }) => {
  const siteUrl = String(site);
  const abs = (path: string) => new URL(path, siteUrl).href;
  const feed = releasesAtomFeed({
    siteUrl,
    feedUrl: abs('/data/releases.atom'),
    pageUrl: abs(localizedPath('en', 'data/releases')),
    title: translate('en', 'data.feedTitle'),
    datasetId: 'pairings',
    locale: 'en',
    releases: loadReleases().map((r) => ({
      version: r.version,
      date: r.date,
      summary: pickText(r.notes, 'en') || translate('en', 'data.releaseTitle', { version: r.version }),
      url: abs(localizedPath('en', `data/releases/${r.version}`)),
    })),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
