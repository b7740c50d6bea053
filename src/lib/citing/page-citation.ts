import { splitAccessed, type CitationSegment } from '../cite/accessed.ts';
import { citationKey, projectCitation, type CitationRecord, type CitationView, type LocalizedText } from '../cite/citation.ts';
import { citationFormats, type CitationFormatId } from '../cite/formats.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { PACKAGE } from '../data/schema.ts';

/**
 * The dataset's own title, as cited: the title the data package itself
 * carries (src/lib/data/schema.ts, frozen into each datapackage.json), so a
 * reference and the downloaded package name the same work. Importing the
 * schema module loads no release, so every page can cite a view cheaply.
 */
export const DATASET_TITLE: Readonly<Record<Locale, string>> = PACKAGE.title;

/** ASCII id for a locale-free page path: 'map/2016' → 'map-2016', '' → 'home'. */
export function pageId(page: string): string {
  const id = page
    .toLowerCase()
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id === '') return 'home';
  return /^[a-z0-9]/.test(id) ? id : `page-${id}`;
}

export interface PageCitationInput {
  readonly locale: Locale;
  /** Locale-free page path, as Base.astro receives it: 'map/2016', '' for home. */
  readonly page: string;
  /** The page's title as shown; the site title for the home page. */
  readonly title: string;
  /** Origin of the site (Astro.site). */
  readonly siteUrl: string | URL;
  /** Dataset release the page was built from. */
  readonly version: string;
  /** Date of that release, `YYYY-MM-DD`: the page's text was published with it. */
  readonly published: string;
  /**
   * A view of the data the page shows (a map phase or year): the page is then
   * cited as that view of the dataset version, RDA "cite the query" style.
   * A string is the view's label in the page's language.
   */
  readonly view?: string | CitationView | undefined;
}

/**
 * The citation record for a page. A plain page (about, an explainer) is a
 * webpage whose date is the release it was built with; a page that shows a
 * view of the data (`view` given) is cited as that view of the dataset
 * version, so the reference names both the version and what was looked at.
 * The URL is the page's canonical URL in its language.
 *
 * @example
 * pageCitation({ locale: 'zh', page: 'map/2016', title: '2016年地图', siteUrl: 'https://example.org',
 *   version: '1.0.0', published: '2026-11-20', view: '2016年结对地图' })
 * // { kind: 'dataset', id: 'pairings', version: '1.0.0', view: { id: 'map-2016', label: '2016年结对地图' }, … }
 */
export function pageCitation(input: PageCitationInput): CitationRecord {
  const url = new URL(localizedPath(input.locale, input.page), input.siteUrl).href;
  if (input.view !== undefined) {
    const view: CitationView = typeof input.view === 'string' ? { id: pageId(input.page), label: input.view } : input.view;
    return projectCitation({
      kind: 'dataset', id: 'pairings', title: DATASET_TITLE, version: input.version,
      published: input.published, url, locale: input.locale, view,
    });
  }
  return projectCitation({
    kind: 'webpage', id: pageId(input.page), title: input.title, published: input.published, url, locale: input.locale,
  });
}

export interface DatasetCitationInput {
  readonly locale: Locale;
  /** Dataset id within the package, e.g. 'pairings', 'regions'. */
  readonly dataset: string;
  /** The dataset's title in the page's language, e.g. '结对关系'. */
  readonly datasetTitle: LocalizedText;
  readonly version: string;
  readonly published: string;
  /** Canonical URL of the page that documents this version. */
  readonly url: string;
}

/**
 * The record for "Cite this dataset (version X)": the package title with
 * the table as its subtitle, unless the table is the pairings themselves.
 *
 * @example
 * datasetCitation({ locale: 'en', dataset: 'regions', datasetTitle: 'Regions', version: '1.0.0',
 *   published: '2026-11-20', url: 'https://example.org/en/data/regions/' }).view
 * // { id: 'regions', label: 'Regions' }
 */
export function datasetCitation(input: DatasetCitationInput): CitationRecord {
  return projectCitation({
    kind: 'dataset', id: 'pairings', title: DATASET_TITLE, version: input.version, published: input.published,
    url: input.url, locale: input.locale,
    ...(input.dataset === 'pairings' ? {} : { view: { id: input.dataset, label: input.datasetTitle } }),
  });
}

export interface CiteFormatView {
  readonly id: CitationFormatId;
  readonly label: string;
  /** The text, split so the date-of-access placeholder can be wrapped for the browser to fill. */
  readonly segments: readonly CitationSegment[];
  readonly accessedStyle: 'iso' | 'ris';
  /** For the download link: `pairings_v1.0.0.bib`; undefined for the plain-text styles. */
  readonly fileName: string | undefined;
  readonly mediaType: string;
}

/**
 * What the "Cite this" panel shows for a record: every format in the order
 * for the locale, each as text segments around the date-of-access slot, and
 * a file name for the formats that reference managers import (.bib, .ris,
 * .json). The name is the citation key, the same in every language.
 *
 * @example
 * citeFormatViews(record, 'zh').map((f) => f.fileName)
 * // [undefined, undefined, 'pairings_v1.0.0.bib', 'pairings_v1.0.0.ris', 'pairings_v1.0.0.json']
 */
export function citeFormatViews(record: CitationRecord, locale: Locale): CiteFormatView[] {
  const key = citationKey(record);
  return citationFormats(record, locale).map((f) => ({
    id: f.id,
    label: f.label,
    segments: splitAccessed(f.text, locale),
    accessedStyle: f.accessedStyle,
    fileName: f.extension === 'txt' ? undefined : `${key}.${f.extension}`,
    mediaType: f.mediaType,
  }));
}

/**
 * Citation text as HTML for a `<pre>`: escaped, with a space that ends a
 * line written as `&#32;`. The text a reader copies is unchanged (RIS ends
 * every record with `ER  - `, trailing space included), but the HTML source
 * has no trailing whitespace, which validators and editors strip or flag.
 *
 * @example
 * preHtml('ER  - \n<x>') // 'ER  -&#32;\n&lt;x&gt;'
 */
export function preHtml(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
    .replace(/ (?=\n|$)/g, '&#32;');
}
