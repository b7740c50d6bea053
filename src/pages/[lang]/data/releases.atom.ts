/** /<lang>/data/releases.atom: the feed of dataset releases in each language. */
import type { APIRoute } from 'astro';
import { releasesFeedPath, siteReleasesFeed } from '../../../lib/feed/releases-feed.ts';
import { LOCALE_SEGMENTS, type Locale } from '../../../lib/i18n/locales.ts';

export function getStaticPaths() {
  return LOCALE_SEGMENTS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const locale = params.lang as Locale;
  return new Response(siteReleasesFeed(locale, String(site), releasesFeedPath(locale)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
