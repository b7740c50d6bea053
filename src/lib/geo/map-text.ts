/**
 * The words of the pairing map (tooltips, labels, year ranges), rendered at
 * build time in Node for every locale. The browser only shows these strings:
 * Debian's Chromium has no Kazakh locale data, so nothing is formatted there.
 */
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';

export type Confidence = 'high' | 'medium' | 'low';

/** What a tooltip or a table row says about one pairing, already in the page's language. */
export interface PairingFacts {
  readonly helperName: string;
  readonly helpedName: string;
  /** First year, or null when no source gives it. */
  readonly startYear: number | null;
  /** Last year, or null while the pairing continues. */
  readonly endYear: number | null;
  /** The document's short label (its number, e.g. 国办发〔1996〕26号), if known. */
  readonly document?: string | undefined;
  readonly sourceCount: number;
  readonly confidence: string;
  /** Name of the drawn region when the pairing's own unit is smaller (a county drawn at its prefecture). */
  readonly helperShownAt?: string | undefined;
  readonly helpedShownAt?: string | undefined;
}

/** A tooltip: a title line and detail lines, plain text. */
export interface Tooltip {
  readonly title: string;
  readonly lines: readonly string[];
}

/**
 * A pairing's years: a range, or "since" while it continues.
 *
 * @example
 * yearsLabel('en', 1996, 2016) // '1996–2016'
 * yearsLabel('zh', 2021, null) // '2021年起'
 * yearsLabel('en', null, 2010) // 'until 2010 (start year unknown)'
 */
export function yearsLabel(locale: Locale, start: number | null, end: number | null): string {
  if (start === null) return end === null ? translate(locale, 'map.yearsUnknown') : translate(locale, 'map.yearsUntil', { end });
  if (end === null) return translate(locale, 'map.yearsFrom', { start });
  if (end === start) return String(start);
  return translate(locale, 'map.yearsRange', { start, end });
}

const CONFIDENCE_KEYS = {
  high: 'map.confidenceHigh',
  medium: 'map.confidenceMedium',
  low: 'map.confidenceLow',
} as const;

/**
 * The localized word for a confidence level; an unknown level is shown as is
 * rather than hidden, so a data change never silently drops information.
 *
 * @example
 * confidenceLabel('kk', 'medium') // 'орташа'
 */
export function confidenceLabel(locale: Locale, confidence: string): string {
  const key = CONFIDENCE_KEYS[confidence as Confidence];
  return key ? translate(locale, key) : confidence;
}

/**
 * The tooltip of an arc or a table row: "helper → helped", then years,
 * where a county is drawn, the document, the number of sources and the
 * confidence.
 *
 * @example
 * pairingTooltip('en', { helperName: 'Beijing', helpedName: 'Inner Mongolia', startYear: 1996, endYear: null,
 *   sourceCount: 2, confidence: 'high' })
 * // { title: 'Beijing → Inner Mongolia', lines: ['since 1996', 'Sources: 2', 'Confidence: high'] }
 */
export function pairingTooltip(locale: Locale, f: PairingFacts): Tooltip {
  const lines = [yearsLabel(locale, f.startYear, f.endYear)];
  if (f.helperShownAt) lines.push(`${f.helperName}: ${translate(locale, 'map.shownAt', { region: f.helperShownAt })}`);
  if (f.helpedShownAt) lines.push(`${f.helpedName}: ${translate(locale, 'map.shownAt', { region: f.helpedShownAt })}`);
  if (f.document) lines.push(translate(locale, 'map.tipDocument', { document: f.document }));
  lines.push(translate(locale, 'map.tipSources', { count: f.sourceCount }));
  lines.push(translate(locale, 'map.tipConfidence', { level: confidenceLabel(locale, f.confidence) }));
  return { title: `${f.helperName} → ${f.helpedName}`, lines };
}

/**
 * One line of a region's tooltip about one pairing, seen from that region:
 * "helps X (years)" for the helper, "helped by Y (years)" for the helped.
 *
 * @example
 * regionPairingLine('en', 'helper', { helperName: 'Dalian', helpedName: 'Liupanshui', startYear: 1996, endYear: 2013, … })
 * // 'helps Liupanshui, 1996–2013 (confidence: high)'
 */
export function regionPairingLine(locale: Locale, side: 'helper' | 'helped', f: PairingFacts): string {
  const other = side === 'helper' ? f.helpedName : f.helperName;
  const relation = translate(locale, side === 'helper' ? 'map.tipHelps' : 'map.tipHelpedBy', { region: other });
  return `${relation}, ${yearsLabel(locale, f.startYear, f.endYear)} (${translate(locale, 'map.tipConfidence', {
    level: confidenceLabel(locale, f.confidence),
  })})`;
}
