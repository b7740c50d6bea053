import { LOCALE_SEGMENTS, isLocale, type Locale } from './locales.ts';

/**
 * The path of a page in a locale. `page` is the locale-independent part,
 * with or without slashes; the result always ends with a slash, as the site
 * is built with `trailingSlash: 'always'`.
 *
 * @example
 * localizedPath('kk', 'map') // '/kk/map/'
 * localizedPath('zh', '')    // '/zh/'
 */
export function localizedPath(locale: Locale, page = ''): string {
  const inner = page.replace(/^\/+|\/+$/g, '');
  return inner ? `/${locale}/${inner}/` : `/${locale}/`;
}

/**
 * Splits a site path into its locale and the locale-independent rest.
 * Returns `undefined` for a path outside every locale (e.g. `/data/1.0.0/…`).
 *
 * @example
 * splitLocalePath('/en/regions/520200/') // { locale: 'en', page: 'regions/520200' }
 */
export function splitLocalePath(pathname: string): { locale: Locale; page: string } | undefined {
  const [first, ...rest] = pathname.replace(/^\/+/, '').split('/');
  if (!isLocale(first)) return undefined;
  return { locale: first, page: rest.join('/').replace(/\/+$/, '') };
}

/**
 * The same page in another locale: what the language switcher links to.
 *
 * @example
 * switchLocalePath('/zh/map/1996/', 'kk') // '/kk/map/1996/'
 */
export function switchLocalePath(pathname: string, target: Locale): string {
  const split = splitLocalePath(pathname);
  return localizedPath(target, split?.page ?? '');
}

/** Every locale's version of a page, for hreflang links and the sitemap. */
export function alternatePaths(page: string): { locale: Locale; path: string }[] {
  return LOCALE_SEGMENTS.map((locale) => ({ locale, path: localizedPath(locale, page) }));
}
