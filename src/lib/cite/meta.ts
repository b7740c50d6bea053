import type { Locale } from '../i18n/locales.ts';
import {
  citedTitle,
  creatorName,
  publisherName,
  validateCitationRecord,
  type CitationRecord,
} from './citation.ts';

export interface MetaTag {
  readonly name: string;
  readonly content: string;
}

/**
 * Highwire Press `citation_*` meta tags, which Google Scholar and Zotero's
 * page translator read to import a page with one click. Dates use the
 * `YYYY/MM/DD` form Google Scholar's inclusion guidelines ask for; the
 * language is the page's ISO 639-1 code. `citation_version` is not among the
 * tags Google Scholar documents; it names the release for tools that look
 * for it, and the others ignore it.
 * The date of access is not a meta tag: it belongs to the reader.
 *
 * @example
 * citationMetaTags(dataset)
 * // [{ name: 'citation_title', content: 'East–West cooperation pairings' },
 * //  { name: 'citation_author', content: 'East–West Cooperation Pairings project' }, …]
 */
export function citationMetaTags(record: CitationRecord, locale: Locale = record.locale): MetaTag[] {
  validateCitationRecord(record);
  const tags: MetaTag[] = [
    { name: 'citation_title', content: citedTitle(record, locale) },
    { name: 'citation_author', content: creatorName(record, locale) },
    { name: 'citation_publication_date', content: record.published.replaceAll('-', '/') },
    { name: 'citation_publisher', content: publisherName(record, locale) },
    { name: 'citation_public_url', content: record.url },
    { name: 'citation_language', content: locale },
  ];
  if (record.kind === 'dataset' && record.version !== undefined) {
    tags.push({ name: 'citation_version', content: record.version });
  }
  if (record.identifier) tags.push({ name: 'citation_doi', content: record.identifier.value });
  return tags;
}
