import type { APIRoute } from 'astro';
import type { Locale } from '../../../../../lib/i18n/locales.ts';
import { exportSvg, mapViewPaths, siteMapContext } from '../../../../../lib/geo/site-map.ts';
import type { MapView } from '../../../../../lib/geo/pairing-map.ts';

/** The downloadable SVG of every view in every locale: /en/map/phase/2016/map.svg. */
export function getStaticPaths() {
  return mapViewPaths(siteMapContext().model.views);
}

export const GET: APIRoute = ({ params, props, site }) => {
  const svg = exportSvg(siteMapContext(), params.lang as Locale, (props as { view: MapView }).view, site ?? 'http://127.0.0.1:4321/');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
