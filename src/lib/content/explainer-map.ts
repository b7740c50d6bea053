import { figureSvgPath, viewHeading, type MapContext } from '../geo/map-pages.ts';
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import { requirePhase } from './timeline.ts';

type Row = Readonly<Record<string, string>>;

export interface ExplainerMap {
  /** Site paths of the phase's map-only SVG figure, light and dark. */
  src: string;
  srcDark: string;
  width: number;
  height: number;
  /** Text alternative: the view and how many pairings it draws. */
  alt: string;
  heading: string;
  /** Locale-free path of the phase's full map page (with the table and the year slider). */
  page: string;
  year: number;
  pairingCount: number;
}

/**
 * The map of one phase for `<PairingMap phase="…" />`: the same view as the
 * phase's map page (every pairing active in the phase, not only those the
 * phase introduced), shown as its map-only figure file so that an explainer
 * with six maps stays light. An unknown phase fails the build naming the file.
 *
 * @example
 * explainerMap(phases, figureMapContext(), '2016', 'en', 'content/explainers/en/history.mdx')
 * // { src: '/en/map/phase/2016/figure.svg', page: 'map/phase/2016', pairingCount: 35, … }
 */
export function explainerMap(phases: readonly Row[], ctx: MapContext, phase: string, locale: Locale, file: string): ExplainerMap {
  const row = requirePhase(phases, phase, file);
  const year = Number(row['start_year']);
  const view = ctx.phaseViews.find((v) => v.year === year);
  if (!view) {
    throw new Error(`${file}: <PairingMap phase="${phase}" />: the map has no view for the phase starting in ${year} (views: ${ctx.phaseViews.map((v) => v.year).join(', ')}).`);
  }
  const heading = viewHeading(locale, view);
  const pairingCount = view.pairIds.length;
  return {
    src: figureSvgPath(locale, view),
    srcDark: figureSvgPath(locale, view, 'dark'),
    width: ctx.base.width,
    height: ctx.base.height,
    alt: translate(locale, 'explainers.mapAlt', { view: heading, count: pairingCount }),
    heading,
    page: view.page,
    year,
    pairingCount,
  };
}
