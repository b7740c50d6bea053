import { LOCALE_SEGMENTS, SOURCE_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';

/** What the page needs to know about one explainer file. */
export interface ExplainerFile {
  /** Collection id, `<lang>/<slug>`, e.g. `kk/history`. */
  id: string;
  title: string;
  order: number;
  translation: { status: 'original' | 'translated' | 'unreviewed'; source: Locale };
}

/** One explainer page as a locale renders it. */
export interface ExplainerPage<T extends ExplainerFile = ExplainerFile> {
  slug: string;
  locale: Locale;
  /** The file shown: the locale's own, or the source language's as a fallback. */
  entry: T;
  /** True when the locale has no translation and the source text is shown. */
  isFallback: boolean;
  /** Locales that have their own file for this slug (hreflang lists only these). */
  translatedLocales: Locale[];
}

/**
 * Splits a collection id `<lang>/<slug>` and checks both parts.
 *
 * @example
 * parseExplainerId('kk/history') // { locale: 'kk', slug: 'history' }
 */
export function parseExplainerId(id: string): { locale: Locale; slug: string } {
  const match = /^([a-z]{2})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
  if (!match || !isLocale(match[1])) {
    throw new Error(
      `Explainer "${id}" is not at content/explainers/<lang>/<slug>.mdx with lang one of ${LOCALE_SEGMENTS.join(', ')} and a kebab-case slug.`,
    );
  }
  return { locale: match[1], slug: match[2] as string };
}

/**
 * Every (locale, slug) page the site builds. A slug that exists in the
 * source language but not in a locale is still built there, showing the
 * source text with `isFallback` set (the page shows a notice naming the
 * language and linking to the original). A slug with no source-language
 * file is an error: translations need an original.
 *
 * @example
 * explainerPages(entries).filter((p) => p.isFallback) // pages showing the original
 */
export function explainerPages<T extends ExplainerFile>(entries: readonly T[]): ExplainerPage<T>[] {
  const bySlug = new Map<string, Map<Locale, T>>();
  for (const entry of entries) {
    const { locale, slug } = parseExplainerId(entry.id);
    const files = bySlug.get(slug) ?? new Map<Locale, T>();
    files.set(locale, entry);
    bySlug.set(slug, files);
  }
  const pages: ExplainerPage<T>[] = [];
  for (const [slug, files] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const original = files.get(SOURCE_LOCALE);
    if (!original) {
      throw new Error(
        `Explainer "${slug}" has no ${SOURCE_LOCALE} original (content/explainers/${SOURCE_LOCALE}/${slug}.mdx). Add it, or remove the translations.`,
      );
    }
    const translatedLocales = LOCALE_SEGMENTS.filter((l) => files.has(l));
    for (const locale of LOCALE_SEGMENTS) {
      const own = files.get(locale);
      pages.push({ slug, locale, entry: own ?? original, isFallback: !own, translatedLocales });
    }
  }
  return pages;
}

/**
 * The ids cited with `<Cite source="…" />` in an MDX body, in order of first
 * appearance: footnote numbers follow this order.
 *
 * @example
 * citedSourceIds('A.<Cite source="x" /> B.<Cite source="y"/> C.<Cite source="x" />') // ['x', 'y']
 */
export function citedSourceIds(body: string): string[] {
  const ids: string[] = [];
  for (const match of stripMdxComments(body).matchAll(/<Cite\s+source=["']([^"']+)["']\s*\/>/g)) {
    const id = match[1] as string;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Internal links in an MDX body (Markdown `[text](/path/)` and `href="/path/"`),
 * for the test that every one of them resolves.
 */
export function internalLinks(body: string): string[] {
  const links = new Set<string>();
  const text = stripMdxComments(body);
  for (const m of text.matchAll(/\]\((\/[^)\s]*)\)/g)) links.add(m[1] as string);
  for (const m of text.matchAll(/href=["'](\/[^"']*)["']/g)) links.add(m[1] as string);
  return [...links];
}

/**
 * The body without MDX comments (`{/* … *\/}`): drafts keep pending text in
 * them, which is neither rendered nor cited nor linked.
 *
 * @example
 * stripMdxComments('A{/* <Cite source="x" /> *\/}B') // 'AB'
 */
export function stripMdxComments(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}
