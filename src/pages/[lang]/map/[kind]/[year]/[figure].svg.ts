import type { APIRoute } from 'astro';
import type { Locale } from '../../../../../lib/i18n/locales.ts';
import { figureMapContext, figureSvg, mapViewPaths } from '../../../../../lib/geo/site-map.ts';
import type { MapView } from '../../../../../lib/geo/pairing-map.ts';

const SCHEMES = [
  ['figure', 'light'],
  ['figure-dark', 'dark'],
] as const;

/** The map-only figure of every phase, per locale and colour scheme, for the explainers: /en/map/phase/2016/figure.svg and figure-dark.svg. */
export function getStaticPaths() {
  const views = figureMapContext().phaseViews;
  return SCHEMES.flatMap(([figure, scheme]) => mapViewPaths(views, { params: { figure }, props: { scheme } }));
}

export const GET: APIRoute = ({ params, props }) => {
  const { view, scheme } = props as { view: MapView; scheme: 'light' | 'dark' };
  const svg = figureSvg(figureMapContext(), params.lang as Locale, view, scheme);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
