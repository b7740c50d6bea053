import { getLocale, type Locale } from '../i18n/locales.ts';

/** A calendar date `YYYY-MM-DD`, a month `YYYY-MM` or a year `YYYY`. */
export type PartialIsoDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let df = cache.get(key);
  if (!df) {
    df = new Intl.DateTimeFormat(getLocale(locale).tag, { ...options, timeZone: 'UTC' });
    cache.set(key, df);
  }
  return df;
}

/**
 * Formats a full or partial ISO date for a locale, at build time in Node.
 * Sources often give only a year or a month, so precision is kept: a year
 * stays a year, a month stays a month. Dates are calendar dates, read in UTC
 * so the build machine's time zone never shifts them.
 *
 * @example
 * formatDate('kk', '2016-07-20') // '2016 ж. 20 шілде'
 * formatDate('zh', '2016-07')    // '2016年7月'
 * formatDate('en', '1996')       // '1996'
 */
export function formatDate(locale: Locale, value: PartialIsoDate): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m) {
    throw new Error(`formatDate: "${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  if (
    date.getUTCFullYear() !== Number(y) ||
    (mo !== undefined && date.getUTCMonth() !== Number(mo) - 1) ||
    (d !== undefined && date.getUTCDate() !== Number(d))
  ) {
    throw new Error(`formatDate: "${value}" is not a real calendar date.`);
  }
  if (d) return formatter(locale, { dateStyle: 'long' }).format(date);
  if (mo) return formatter(locale, { year: 'numeric', month: 'long' }).format(date);
  return formatter(locale, { year: 'numeric' }).format(date);
}

/**
 * A language's name in another language, e.g. for "shown in Chinese".
 *
 * @example
 * languageName('kk', 'zh') // 'қытай тілі'
 */
export function languageName(inLocale: Locale, of: Locale): string {
  const names = new Intl.DisplayNames(getLocale(inLocale).tag, { type: 'language' });
  return names.of(getLocale(of).tag.split('-')[0] ?? of) ?? of;
}
