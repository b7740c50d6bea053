import { getLocale, type Locale } from '../i18n/locales.ts';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(getLocale(locale).tag, options);
    cache.set(key, nf);
  }
  return nf;
}

/**
 * Formats a number for a locale with Node's ICU, at build time. Debian's
 * Chromium ships no Kazakh locale data, so kk numbers must never be
 * formatted in the browser.
 *
 * @example
 * formatNumber('kk', 1234567.8) // '1 234 567,8' (with no-break spaces)
 * formatNumber('zh', 1234567.8) // '1,234,567.8'
 */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) {
    throw new Error(`formatNumber: ${String(value)} is not a finite number.`);
  }
  return formatter(locale, options).format(value);
}

/**
 * Formats a byte count as B, KB or MB (1 KB = 1,000 bytes), for download sizes.
 *
 * @example
 * formatBytes('en', 48213) // '48.2 KB'
 */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1000) return `${formatNumber(locale, bytes)} B`;
  if (bytes < 1_000_000) return `${formatNumber(locale, bytes / 1000, { maximumFractionDigits: 1 })} KB`;
  return `${formatNumber(locale, bytes / 1_000_000, { maximumFractionDigits: 1 })} MB`;
}
