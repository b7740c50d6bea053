import type { Locale } from '../i18n/locales.ts';

/**
 * The date of access is the one part of a citation the build cannot know: it
 * is the day the reader looks at the page. The server renders a localized
 * placeholder in its place, so the text is complete and honest without
 * JavaScript; src/client/cite-accessed.ts swaps in today's date.
 *
 * This file has no Node or DOM imports, so both sides share it.
 */

/**
 * The placeholder text per locale. zh uses the standard's own element name
 * (GB/T 7714-2015 writes the slot as `[引用日期]`); en and kk are the site's
 * own wording (kk: "қаралған күні", "date viewed", as in Kazakh reference
 * lists; unreviewed).
 */
export const ACCESSED_PLACEHOLDER: Readonly<Record<Locale, string>> = {
  zh: '引用日期',
  en: 'date of access',
  kk: 'қаралған күні',
};

/** How a filled-in date is written: ISO 8601, or RIS's `YYYY/MM/DD/`. */
export type AccessedStyle = 'iso' | 'ris';

/** A piece of citation text: plain text, or the slot for the date of access. */
export type CitationSegment = { readonly text: string } | { readonly accessed: string };

/**
 * The localized placeholder that stands for the date of access.
 *
 * @example
 * accessedPlaceholder('zh') // '引用日期'
 */
export function accessedPlaceholder(locale: Locale): string {
  return ACCESSED_PLACEHOLDER[locale];
}

/**
 * Splits a formatted citation around its date-of-access placeholders, so a
 * component can wrap each one in `<span data-accessed="iso">…</span>` and
 * keep the formatters pure. Text without a placeholder comes back as one
 * segment.
 *
 * @example
 * splitAccessed('X. (2026-11-20)[引用日期]. https://…', 'zh')
 * // [{ text: 'X. (2026-11-20)[' }, { accessed: '引用日期' }, { text: ']. https://…' }]
 */
export function splitAccessed(text: string, locale: Locale): CitationSegment[] {
  const placeholder = ACCESSED_PLACEHOLDER[locale];
  const parts = text.split(placeholder);
  const segments: CitationSegment[] = [];
  parts.forEach((part, i) => {
    if (i > 0) segments.push({ accessed: placeholder });
    if (part !== '') segments.push({ text: part });
  });
  return segments;
}

/**
 * The reader's calendar day as `YYYY-MM-DD`. Uses the local date, not UTC,
 * because "the day I looked" is the reader's day; no Intl, so it works in
 * browsers without Kazakh locale data.
 *
 * @example
 * localIsoDate(new Date(2026, 10, 23, 9, 30)) // '2026-11-23'
 */
export function localIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Writes an ISO date in the style a citation format expects. RIS dates are
 * `YYYY/MM/DD/` (the trailing slash opens the spec's "other info" part).
 *
 * @example
 * accessedDateText('2026-11-23', 'ris') // '2026/11/23/'
 */
export function accessedDateText(isoDate: string, style: AccessedStyle = 'iso'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
    throw new Error(`accessedDateText: "${isoDate}" is not a date of the form YYYY-MM-DD.`);
  }
  return style === 'ris' ? `${isoDate.replaceAll('-', '/')}/` : isoDate;
}
