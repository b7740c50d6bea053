import type { Locale } from '../i18n/locales.ts';
import { accessedPlaceholder } from './accessed.ts';
import {
  citationKey,
  creatorName,
  localize,
  publisherName,
  titleParts,
  validateCitationRecord,
  type CitationRecord,
} from './citation.ts';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Escapes the characters TeX treats as commands or delimiters, so a title
 * like "Funds & projects, 100%" survives `biber` and `bibtex` unchanged.
 * Other Unicode (CJK, Cyrillic, en dashes) is kept: biber reads UTF-8.
 *
 * @example
 * escapeBibtex('A & B_1 {x} 50%') // 'A \\& B\\_1 \\{x\\} 50\\%'
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c] ?? c);
}

/** URLs are verbatim fields in biblatex; only braces could break the entry, so they are percent-encoded. */
function bibUrl(url: string): string {
  return url.replaceAll('{', '%7B').replaceAll('}', '%7D');
}

/**
 * A biblatex entry: `@dataset` for a dataset release, `@online` for a
 * webpage (biblatex's type for web resources; classic BibTeX styles read
 * unknown types as `@misc`). The key is stable across locales and builds
 * (`pairings_v1.2.0`). The organisation is double-braced so it is not split
 * into given and family names, and the title is braced so styles do not
 * change its case. `urldate` holds the localized placeholder until the
 * browser fills in the date of access.
 *
 * @example
 * toBibtex(dataset, 'en')
 * // '@dataset{pairings_v1.2.0,\n  author = {{East–West Cooperation Pairings project}},\n  title = {{East–West cooperation pairings}},\n …'
 */
export function toBibtex(record: CitationRecord, locale: Locale): string {
  validateCitationRecord(record);
  const { title, subtitle } = titleParts(record, locale);
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(creatorName(record, locale))}}`],
    ['title', `{${escapeBibtex(title)}}`],
  ];
  if (subtitle !== undefined) fields.push(['subtitle', `{${escapeBibtex(subtitle)}}`]);
  if (record.kind === 'dataset') fields.push(['version', escapeBibtex(record.version ?? '')]);
  // biblatex's @online has no publisher; its `organization` is the site's owner.
  fields.push([record.kind === 'dataset' ? 'publisher' : 'organization', escapeBibtex(publisherName(record, locale))]);
  if (record.publisherPlace !== undefined) {
    fields.push(['location', escapeBibtex(localize(record.publisherPlace, locale, record.locale))]);
  }
  fields.push(['date', record.published]);
  if (record.identifier) fields.push(['doi', escapeBibtex(record.identifier.value)]);
  fields.push(['url', bibUrl(record.url)]);
  fields.push(['urldate', record.accessed ?? escapeBibtex(accessedPlaceholder(locale))]);

  const type = record.kind === 'dataset' ? 'dataset' : 'online';
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${type}{${citationKey(record)},\n${body}\n}\n`;
}
