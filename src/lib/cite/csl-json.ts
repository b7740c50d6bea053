import type { Locale } from '../i18n/locales.ts';
import { accessedPlaceholder } from './accessed.ts';
import {
  citationKey,
  citedTitle,
  creatorName,
  dateParts,
  languageTag,
  localize,
  publisherName,
  validateCitationRecord,
  type CitationRecord,
} from './citation.ts';

/** A CSL-JSON date: parts when known, else `raw` text that citeproc parses once the browser fills it in. */
export type CslDate = { 'date-parts': [[number, number, number]] } | { raw: string };

/** The subset of the CSL-JSON item schema (csl-data.json) this site emits. */
export interface CslItem {
  id: string;
  type: 'dataset' | 'webpage';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'publisher-place'?: string;
  version?: string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  DOI?: string;
  language: string;
}

/**
 * A CSL-JSON item, the input of Zotero, Pandoc and every citeproc, and so
 * the route to any other style. The organisation is a `literal` name (never
 * split into given/family). Without a known date of access, `accessed` is
 * `{ raw: <placeholder> }`, valid CSL-JSON that the browser turns into
 * `{ raw: "2026-11-23" }`, which citeproc parses as a date.
 *
 * @example
 * toCslJson(dataset, 'en').issued // { 'date-parts': [[2026, 11, 20]] }
 */
export function toCslJson(record: CitationRecord, locale: Locale): CslItem {
  validateCitationRecord(record);
  const item: CslItem = {
    id: citationKey(record),
    type: record.kind,
    title: citedTitle(record, locale),
    author: [{ literal: creatorName(record, locale) }],
    publisher: publisherName(record, locale),
    issued: { 'date-parts': [dateParts(record.published)] },
    accessed: record.accessed === null ? { raw: accessedPlaceholder(locale) } : { 'date-parts': [dateParts(record.accessed)] },
    URL: record.url,
    language: languageTag(record),
  };
  if (record.publisherPlace !== undefined) item['publisher-place'] = localize(record.publisherPlace, locale, record.locale);
  if (record.kind === 'dataset' && record.version !== undefined) item.version = record.version;
  if (record.identifier) item.DOI = record.identifier.value;
  return item;
}

/**
 * The item as the text of a CSL-JSON file (an array of items), for display
 * and copying. Key order is fixed, so the text is the same on every build.
 *
 * @example
 * toCslJsonText(dataset, 'en').startsWith('[\n  {\n    "id": "pairings_v1.2.0"') // true
 */
export function toCslJsonText(record: CitationRecord, locale: Locale): string {
  const item = toCslJson(record, locale);
  const order: (keyof CslItem)[] = [
    'id', 'type', 'title', 'author', 'publisher', 'publisher-place', 'version', 'issued', 'accessed', 'URL', 'DOI', 'language',
  ];
  const ordered = Object.fromEntries(order.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]));
  // Keep date-parts on one line ([[2026, 11, 20]]) so it reads as a date: each
  // is swapped for a NUL-marked string, which no real title contains, then back.
  const text = JSON.stringify(
    [ordered],
    (key, value: unknown) => (key === 'date-parts' ? `\u0000${JSON.stringify(value).replaceAll(',', ', ')}` : value),
    2,
  ).replace(/"\\u0000(\[\[[-\d, ]+\]\])"/g, '$1');
  return `${text}\n`;
}
