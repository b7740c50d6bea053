import type { Locale } from '../i18n/locales.ts';
import { accessedDateText, accessedPlaceholder } from './accessed.ts';
import {
  citedTitle,
  creatorName,
  dateParts,
  languageTag,
  localize,
  publisherName,
  validateCitationRecord,
  type CitationRecord,
} from './citation.ts';

/** RIS values are single lines: any line break inside a value would start a bogus tag. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * A RIS record (`TY  - DATA` for a dataset, `TY  - ELEC` for a webpage),
 * one `TAG  - value` per line, ending with `ER  - `. Lines end with "\n"
 * only; reference managers accept it and the text stays copyable. Dates use
 * the RIS form `YYYY/MM/DD/`; the version goes in `ET` (edition), RIS's
 * nearest field to a version. `Y2` (access date) holds the
 * localized placeholder until the browser fills it (in RIS style).
 *
 * @example
 * toRis(dataset, 'en').split('\n')[0] // 'TY  - DATA'
 */
export function toRis(record: CitationRecord, locale: Locale): string {
  validateCitationRecord(record);
  const lines: [string, string][] = [
    ['TY', record.kind === 'dataset' ? 'DATA' : 'ELEC'],
    // An organisation has no comma, so importers keep it as one name.
    ['AU', creatorName(record, locale)],
    ['TI', citedTitle(record, locale)],
  ];
  if (record.kind === 'dataset') lines.push(['ET', record.version ?? '']);
  lines.push(['PY', String(dateParts(record.published)[0])]);
  lines.push(['DA', accessedDateText(record.published, 'ris')]);
  lines.push(['PB', publisherName(record, locale)]);
  if (record.publisherPlace !== undefined) lines.push(['CY', localize(record.publisherPlace, locale, record.locale)]);
  if (record.identifier) lines.push(['DO', record.identifier.value]);
  lines.push(['UR', record.url]);
  lines.push(['Y2', record.accessed === null ? accessedPlaceholder(locale) : accessedDateText(record.accessed, 'ris')]);
  lines.push(['LA', languageTag(record)]);
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\n')}\nER  - \n`;
}
