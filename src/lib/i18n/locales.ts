/**
 * The one list of the site's locales. Everything that varies by language
 * (routes, `<html lang>`, hreflang, formatting) is derived from this list.
 *
 * The URL segment (`zh`) is kept apart from the BCP 47 tag (`zh-CN`): the
 * segment is short and stable, the tag is what browsers and Intl expect.
 *
 * @example
 * LOCALES.map((l) => l.segment) // ['zh', 'en', 'kk']
 */
export interface LocaleInfo {
  /** URL path segment, e.g. `zh` in `/zh/map/`. */
  readonly segment: 'zh' | 'en' | 'kk';
  /** BCP 47 language tag for `<html lang>`, hreflang and Intl. */
  readonly tag: string;
  /** The language's name in its own language, for the switcher. */
  readonly label: string;
  /** The language's name in English, for logs and docs. */
  readonly englishName: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LOCALES = [
  { segment: 'zh', tag: 'zh-CN', label: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr' },
  { segment: 'en', tag: 'en', label: 'English', englishName: 'English', dir: 'ltr' },
  { segment: 'kk', tag: 'kk', label: 'Қазақша', englishName: 'Kazakh (Cyrillic)', dir: 'ltr' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['segment'];

/** The language the site's sources and data are written in. */
export const SOURCE_LOCALE: Locale = 'zh';

/** The language used when a reader's preference matches none of ours. */
export const FALLBACK_LOCALE: Locale = 'en';

export const LOCALE_SEGMENTS: readonly Locale[] = LOCALES.map((l) => l.segment);

/** True when `value` is one of the site's locale segments. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_SEGMENTS as readonly string[]).includes(value);
}

/** The locale record for a segment; throws on an unknown segment. */
export function getLocale(segment: string): LocaleInfo {
  const found = LOCALES.find((l) => l.segment === segment);
  if (!found) {
    throw new Error(`Unknown locale "${segment}". Expected one of: ${LOCALE_SEGMENTS.join(', ')}.`);
  }
  return found;
}

/**
 * `getStaticPaths` entries for a `[lang]` page: one per locale.
 *
 * @example
 * export const getStaticPaths = () => localeStaticPaths();
 */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
  return LOCALE_SEGMENTS.map((lang) => ({ params: { lang } }));
}

/**
 * Picks the best site locale for a list of preferred BCP 47 tags, as from
 * `navigator.languages`. Matches on the primary language subtag, so
 * `zh-TW`, `zh-Hans-CN` → `zh`, `kk-KZ` → `kk`, `en-GB` → `en`.
 *
 * @example
 * negotiateLocale(['kk-KZ', 'ru']) // 'kk'
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return FALLBACK_LOCALE;
}
