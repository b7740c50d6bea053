import { LOCALES } from './locales.ts';
import { splitLocalePath, localizedPath } from './paths.ts';

/**
 * The hreflang alternates of one sitemap URL: every locale's version of a
 * page under /<lang>/, none for pages outside the locales (the language
 * chooser, data files). Used by @astrojs/sitemap's `serialize` hook, because
 * its own i18n option assumes an unprefixed default locale.
 *
 * @example
 * sitemapLinks('https://x.org/kk/map/') // [{ lang: 'zh-CN', url: 'https://x.org/zh/map/' }, …]
 */
export function sitemapLinks(url: string): { lang: string; url: string }[] {
  const parsed = new URL(url);
  const split = splitLocalePath(parsed.pathname);
  if (!split) return [];
  return LOCALES.map((l) => ({ lang: l.tag, url: new URL(localizedPath(l.segment, split.page), parsed).href }));
}
