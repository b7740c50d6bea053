/**
 * Page titles that fit: the layout appends " · <site title>", and titles
 * over 70 characters are cut off in search results and fail html-validate's
 * long-title rule. The first candidate that fits wins; the last resort is
 * the first candidate shortened with an ellipsis (the page's h1 keeps the
 * full text).
 */
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';

export const MAX_TITLE = 70;

/**
 * The page's own title, the first of `candidates` whose full title
 * ("candidate · site title") is at most 70 characters.
 *
 * @example
 * fitTitle('kk', ['2016 жылғы кезеңнің жұптары', '2016 жылғы кезең']) // '2016 жылғы кезең'
 */
export function fitTitle(locale: Locale, candidates: readonly string[], max: number = MAX_TITLE): string {
  const suffix = ` · ${translate(locale, 'site.title')}`.length;
  const fits = candidates.find((c) => [...c].length + suffix <= max);
  if (fits !== undefined) return fits;
  const first = [...(candidates[0] ?? '')];
  return `${first.slice(0, Math.max(1, max - suffix - 1)).join('').trimEnd()}…`;
}
