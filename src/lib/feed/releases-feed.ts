import { pickText } from '../data/data-pages.ts';
import { loadReleases } from '../data/site-downloads.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import { releasesAtomFeed } from './atom.ts';

/** Site path of the release feed in a locale: `/zh/data/releases.atom`. */
export function releasesFeedPath(locale: Locale): string {
  return `${localizedPath(locale, 'data')}releases.atom`;
}

/**
 * The site's Atom feed of dataset releases in one language: entry titles,
 * summaries (the release notes in that language, English where a release
 * has none) and links to that language's release pages. Entry ids are the
 * same in every language, so a reader switching feeds sees no new entries.
 *
 * @example
 * siteReleasesFeed('kk', 'https://example.org/', '/kk/data/releases.atom') // '<?xml …<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk">…'
 */
export function siteReleasesFeed(locale: Locale, siteUrl: string, feedPath: string): string {
  const abs = (path: string) => new URL(path, siteUrl).href;
  return releasesAtomFeed({
    siteUrl,
    feedUrl: abs(feedPath),
    pageUrl: abs(localizedPath(locale, 'data/releases')),
    title: translate(locale, 'data.feedTitle'),
    datasetId: 'pairings',
    locale,
    releases: loadReleases().map((r) => ({
      version: r.version,
      date: r.date,
      summary: pickText(r.notes, locale) || translate(locale, 'data.releaseTitle', { version: r.version }),
      url: abs(localizedPath(locale, `data/releases/${r.version}`)),
    })),
  });
}
