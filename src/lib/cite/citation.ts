import { LOCALE_SEGMENTS, getLocale, type Locale } from '../i18n/locales.ts';
import { SITE } from '../site.ts';

/**
 * One citation record drives every citation format (APA, GB/T 7714, BibTeX,
 * RIS, CSL-JSON) and the `citation_*` meta tags, so the formats can never
 * disagree about a version, a date or a URL.
 */

/** Text given once per locale, or once for all locales (a name, a code). */
export type LocalizedText = string | Readonly<Partial<Record<Locale, string>>>;

export type CitationKind = 'dataset' | 'webpage';

/**
 * A view of a dataset that a reader can cite on its own, e.g. the map of
 * 2016: its citation names the dataset version *and* the view.
 */
export interface CitationView {
  /** ASCII id, stable across locales; goes into BibTeX keys: `map-2016`. */
  readonly id: string;
  /** What the view shows, e.g. { en: 'Map of pairings in 2016', … }. */
  readonly label: LocalizedText;
}

/** A persistent identifier. None is minted yet; never invent one. */
export interface CitationIdentifier {
  readonly scheme: 'doi';
  /** The bare identifier, e.g. `10.5281/zenodo.123` (no resolver prefix). */
  readonly value: string;
}

export interface CitationRecord {
  readonly kind: CitationKind;
  /** ASCII id, stable across versions and locales: `pairings`, `about`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** The responsible organisation (the project), not a person. */
  readonly creator: LocalizedText;
  readonly publisher: LocalizedText;
  /** City of the publisher; omitted when unknown (GB/T 7714-2015 §8.4.1.3 lets online resources omit it). */
  readonly publisherPlace?: LocalizedText;
  /** Semantic version of the dataset release, without a `v`: `1.2.0`. Datasets only. */
  readonly version?: string;
  /** Publication date of this version or page, `YYYY-MM-DD`. */
  readonly published: string;
  /** Absolute URL of exactly what is cited (a release, a view, a page). */
  readonly url: string;
  /** `YYYY-MM-DD`, or null when only the reader's browser can know it. */
  readonly accessed: string | null;
  /** Language of the cited page or dataset documentation. */
  readonly locale: Locale;
  readonly view?: CitationView;
  readonly identifier?: CitationIdentifier;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ASCII_ID = /^[a-z0-9][a-z0-9.-]*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * Checks a record and returns it unchanged, or throws a message that names
 * the bad field and value. Every formatter calls it, so a malformed record
 * fails the build instead of printing a wrong citation.
 *
 * @example
 * validateCitationRecord({ ...record, published: '2026-13-01' })
 * // throws 'Citation "pairings": published "2026-13-01" is not a real date (YYYY-MM-DD).'
 */
export function validateCitationRecord(record: CitationRecord): CitationRecord {
  const where = `Citation "${record.id}"`;
  if (!ASCII_ID.test(record.id)) {
    throw new Error(`${where}: id must be lower-case ASCII letters, digits, "." or "-".`);
  }
  if (!isRealDate(record.published)) {
    throw new Error(`${where}: published "${record.published}" is not a real date (YYYY-MM-DD).`);
  }
  if (record.accessed !== null && !isRealDate(record.accessed)) {
    throw new Error(`${where}: accessed "${record.accessed}" is not a real date (YYYY-MM-DD); use null when unknown.`);
  }
  if (record.kind === 'dataset' && (record.version === undefined || !SEMVER.test(record.version))) {
    throw new Error(`${where}: a dataset needs a semantic version like "1.2.0", got "${record.version ?? ''}".`);
  }
  if (!/^https?:\/\/[^\s]+$/.test(record.url)) {
    throw new Error(`${where}: url "${record.url}" must be an absolute http(s) URL.`);
  }
  if (record.view && !ASCII_ID.test(record.view.id)) {
    throw new Error(`${where}: view id "${record.view.id}" must be lower-case ASCII letters, digits, "." or "-".`);
  }
  if (record.identifier && !/^10\.\d{4,9}\/\S+$/.test(record.identifier.value)) {
    throw new Error(`${where}: DOI "${record.identifier.value}" is not of the form 10.NNNN/suffix.`);
  }
  return record;
}

function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Picks the text for a locale. Falls back to the record's own language, then
 * English, then Chinese, so a title that exists only in Chinese still cites.
 *
 * @example
 * localize({ zh: '关于', en: 'About' }, 'kk', 'zh') // '关于'
 */
export function localize(text: LocalizedText, locale: Locale, fallback: Locale = 'en'): string {
  if (typeof text === 'string') return text;
  for (const l of [locale, fallback, 'en', 'zh', ...LOCALE_SEGMENTS] as const) {
    const value = text[l];
    if (value !== undefined && value !== '') return value;
  }
  throw new Error(`localize: no text in any locale (${JSON.stringify(text)}).`);
}

/**
 * The title as cited: the record's title, with the view as a subtitle.
 *
 * @example
 * citedTitle(mapView, 'en') // 'East–West cooperation pairings: map of pairings in 2016'
 */
export function citedTitle(record: CitationRecord, locale: Locale): string {
  const title = localize(record.title, locale, record.locale);
  return record.view ? `${title}: ${localize(record.view.label, locale, record.locale)}` : title;
}

/**
 * Title and view kept apart, for formats that have a subtitle field (BibTeX).
 *
 * @example
 * titleParts(mapView, 'en') // { title: 'East–West cooperation pairings', subtitle: 'map of pairings in 2016' }
 */
export function titleParts(record: CitationRecord, locale: Locale): { title: string; subtitle: string | undefined } {
  return {
    title: localize(record.title, locale, record.locale),
    subtitle: record.view ? localize(record.view.label, locale, record.locale) : undefined,
  };
}

/**
 * The creator's name in a locale (falling back as `localize` does).
 *
 * @example
 * creatorName(record, 'kk') // 'Шығыс–Батыс ынтымақтастығының жұптары жобасы'
 */
export function creatorName(record: CitationRecord, locale: Locale): string {
  return localize(record.creator, locale, record.locale);
}

/**
 * The publisher's name in a locale (falling back as `localize` does).
 *
 * @example
 * publisherName(record, 'zh') // '东西部协作结对数据项目'
 */
export function publisherName(record: CitationRecord, locale: Locale): string {
  return localize(record.publisher, locale, record.locale);
}

/**
 * [year, month, day] of a `YYYY-MM-DD` date, as numbers (CSL-JSON's date-parts).
 *
 * @example
 * dateParts('2026-11-20') // [2026, 11, 20]
 */
export function dateParts(isoDate: string): [number, number, number] {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`dateParts: "${isoDate}" is not a date of the form YYYY-MM-DD.`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * A key that stays the same for the same work in every locale and build:
 * `pairings_v1.2.0`, `pairings_v1.2.0_map-2016`, `about_2026-11-20`. Used as
 * the BibTeX key and the CSL-JSON id.
 *
 * @example
 * citationKey(record) // 'pairings_v1.2.0'
 */
export function citationKey(record: CitationRecord): string {
  const base = record.kind === 'dataset' ? `${record.id}_v${record.version ?? ''}` : `${record.id}_${record.published}`;
  return record.view ? `${base}_${record.view.id}` : base;
}

/**
 * The BCP 47 tag of the record's language.
 *
 * @example
 * languageTag({ ...record, locale: 'zh' }) // 'zh-CN'
 */
export function languageTag(record: CitationRecord): string {
  return getLocale(record.locale).tag;
}

/**
 * The URL readers should follow: the DOI resolver when there is a DOI, as a
 * DOI outlives the site's own URLs.
 *
 * @example
 * preferredUrl({ ...record, identifier: { scheme: 'doi', value: '10.1234/x' } }) // 'https://doi.org/10.1234/x'
 */
export function preferredUrl(record: CitationRecord): string {
  return record.identifier ? `https://doi.org/${record.identifier.value}` : record.url;
}

export interface ProjectCitationInput {
  readonly kind: CitationKind;
  readonly id: string;
  readonly title: LocalizedText;
  readonly version?: string;
  readonly published: string;
  readonly url: string;
  readonly locale: Locale;
  readonly view?: CitationView;
}

/**
 * A record for something this site publishes: creator and publisher are the
 * project as named in src/lib/site.ts, and the date of access is left to the
 * reader's browser.
 *
 * @example
 * projectCitation({ kind: 'dataset', id: 'pairings', title: { zh: '…', en: '…' },
 *   version: '1.2.0', published: '2026-11-20', url: 'https://…/data/1.2.0/', locale: 'zh' })
 */
export function projectCitation(input: ProjectCitationInput): CitationRecord {
  return validateCitationRecord({
    ...input,
    creator: SITE.creator,
    publisher: SITE.creator,
    accessed: null,
  });
}
