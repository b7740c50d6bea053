/**
 * The map pages' build-time entry point: the map context of a published
 * release (the newest by default), the export SVG of a view, and the view
 * navigation, each computed once per build and shared by every page that
 * asks. Pages stay thin: they call these and render the strings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { latestRelease, loadRelease } from '../data/load-release.ts';
import { LOCALE_SEGMENTS, type Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import { renderChinaBase } from './china-map.ts';
import { readMapPalettes, type ColorScheme, type MapPalette } from './colors.ts';
import {
  clientDataForView,
  createMapContext,
  embedPage,
  jsonForScript,
  localeTag,
  mapClientData,
  pairingRows,
  regionName,
  viewHeading,
  type MapClientData,
  type MapContext,
  type PairingRow,
} from './map-pages.ts';
import { mapDatasetFromRelease } from './map-release.ts';
import { renderExportMapSvg, renderFigureMapSvg } from './pairing-map-svg.ts';
import type { MapView } from './pairing-map.ts';

/** Drawn size of the page map in SVG user units; paths keep one decimal (0.1 of a unit). */
export const MAP_SIZE = { width: 1000, height: 750 } as const;

/** Drawn size of each small map in "How it changed". */
export const SMALL_MAP_SIZE = { width: 400, height: 300 } as const;

/**
 * The last year the map offers a view for: the build's calendar year (UTC),
 * so a build in 2027 adds the 2027 view. Pairings that continue are drawn in
 * it; nothing else is assumed about years after the release.
 */
export function currentMapYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

const contexts = new Map<string, MapContext>();

/**
 * The map context of a release: the newest when `version` is omitted, else
 * the published version asked for (pinned embeds). Cached per version.
 *
 * @example
 * siteMapContext().defaultView.page // 'map/phase/2021'
 */
export function siteMapContext(version?: string): MapContext {
  const release = version ? loadRelease(version) : latestRelease();
  const hit = contexts.get(release.version);
  if (hit) return hit;
  const ctx = createMapContext(mapDatasetFromRelease(release), renderChinaBase(MAP_SIZE), currentMapYear());
  contexts.set(release.version, ctx);
  return ctx;
}

let palette: MapPalette | undefined;
/** The light palette as shipped in src/styles/global.css, for standalone exports. */
export function lightPalette(): MapPalette {
  palette ??= readMapPalettes(readFileSync(resolve('src/styles/global.css'), 'utf8')).light;
  return palette;
}

let schemes: Record<ColorScheme, { palette: MapPalette; muted: string }> | undefined;
/** The site's map palette and muted ink of a colour scheme, read from global.css like the page styles. */
export function schemeColors(scheme: ColorScheme): { palette: MapPalette; muted: string } {
  if (!schemes) {
    const css = readFileSync(resolve('src/styles/global.css'), 'utf8');
    const palettes = readMapPalettes(css);
    const muted = [...css.matchAll(/--muted\s*:\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => m[1]!.toLowerCase());
    if (muted.length < 2) throw new Error('schemeColors: src/styles/global.css needs --muted in the light :root and in the dark one.');
    schemes = { light: { palette: palettes.light, muted: muted[0]! }, dark: { palette: palettes.dark, muted: muted[1]! } };
  }
  return schemes[scheme];
}

/**
 * The downloadable SVG of one view in a locale: title, map, legend, the
 * boundary credit with the review number, the dataset version with the
 * view's address, and the provenance page's address.
 *
 * @example
 * exportSvg(ctx, 'zh', ctx.defaultView, 'https://example.org/') // '<?xml …<title>2021年阶段的结对</title>…'
 */
export function exportSvg(ctx: MapContext, locale: Locale, view: MapView, siteUrl: string | URL): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  const abs = (page: string) => new URL(localizedPath(locale, page), siteUrl).href;
  return renderExportMapSvg({
    base: ctx.base,
    model: ctx.model,
    view,
    nodata: ctx.nodata,
    palette: lightPalette(),
    lang: localeTag(locale),
    title: `${viewHeading(locale, view)} · ${t('site.title')}`,
    legend: {
      helper: t('map.legendHelper'),
      helped: t('map.legendHelped'),
      unpaired: t('map.legendUnpaired'),
      nodata: t('map.legendNodata'),
      arc: t('map.legendArc'),
      levels: t('map.legendLevels'),
    },
    credit: t('footer.boundaryCredit'),
    source: `${t('map.creditVersion', { version: ctx.dataset.version })} · ${abs(view.page)}`,
    about: `${t('map.aboutLink')}: ${abs('map/about')}`,
  });
}

/** Size of the explainers' map figures: whole-pixel paths keep each file near 30 KB gzip. */
export const FIGURE_MAP_SIZE = { width: 800, height: 600 } as const;

/** The map context of the explainers' figures: the site's data on the figure-sized base map. */
export function figureMapContext(version?: string): MapContext {
  return sizedMapContext(FIGURE_MAP_SIZE, version);
}

/**
 * The map-only SVG of a view for an explainer's `<img>` (no drawn text; the
 * page gives heading, legend and credit).
 *
 * @example
 * figureSvg(figureMapContext(), 'en', view, 'dark') // '<?xml …><svg … width="800" height="600" …'
 */
export function figureSvg(ctx: MapContext, locale: Locale, view: MapView, scheme: ColorScheme = 'light'): string {
  return renderFigureMapSvg({
    base: ctx.base,
    model: ctx.model,
    view,
    nodata: ctx.nodata,
    ...schemeColors(scheme),
    lang: localeTag(locale),
    title: viewHeading(locale, view),
    credit: translate(locale, 'footer.boundaryCredit'),
  });
}

/**
 * Static paths of a page per map view and language (the map pages, the
 * embeds and the SVG files): params `lang`, `kind` and `year` plus `params`,
 * props `view` plus `props`.
 *
 * @example
 * mapViewPaths(siteMapContext().model.views)[0] // { params: { lang: 'zh', kind: 'phase', year: '1996' }, props: { view } }
 * mapViewPaths(views, { params: { version: '1.2.1' } })
 */
export function mapViewPaths<Params extends Record<string, string> = Record<never, string>, Props extends object = Record<never, never>>(
  views: readonly MapView[],
  extra: { params?: Params; props?: Props } = {},
) {
  return LOCALE_SEGMENTS.flatMap((lang) =>
    views.map((view) => ({
      params: { lang, kind: view.kind, year: String(view.year), ...(extra.params as Params) },
      props: { view, ...(extra.props as Props) },
    })),
  );
}

export interface ViewLink {
  readonly id: string;
  readonly year: number;
  readonly label: string;
  readonly href: string;
  readonly current: boolean;
}

/**
 * The links to every phase and every year in a locale, with the current
 * view marked; `pathFor` gives a view's address (map page or embed page).
 *
 * @example
 * viewLinks(ctx, 'en', ctx.defaultView).phases.at(-1) // { id: 'phase-2021', label: '2021 phase', current: true, … }
 */
export function viewLinks(
  ctx: MapContext,
  locale: Locale,
  current: MapView,
  pathFor: (view: MapView) => string = (v) => localizedPath(locale, v.page),
): { phases: ViewLink[]; years: ViewLink[] } {
  const link = (v: MapView, label: string): ViewLink => ({ id: v.id, year: v.year, label, href: pathFor(v), current: v.id === current.id });
  return {
    phases: ctx.phaseViews.map((v) => link(v, translate(locale, 'map.phaseLink', { year: v.year }))),
    years: ctx.yearViews.map((v) => link(v, String(v.year))),
  };
}

/** The accessible name of a view's map and of its arcs, in a locale. */
export function mapSvgText(ctx: MapContext, locale: Locale, view: MapView) {
  const name = (code: string) => regionName(ctx, locale, code);
  return {
    label: translate(locale, 'map.svgLabel', { view: viewHeading(locale, view) }),
    regionName: name,
    arcLabel: (arc: { from: string; to: string }) => translate(locale, 'map.arcLabel', { helper: name(arc.from), helped: name(arc.to) }),
  };
}

export type MapMode = 'page' | 'embed' | 'pinned';

/**
 * Where a view lives for a kind of page: the map page, the live embed or
 * the embed pinned to the context's dataset version.
 *
 * @example
 * viewPath(ctx, 'en', 'pinned')(view) // '/en/embed/v/1.0.0/map/phase/2016/'
 */
export function viewPath(ctx: MapContext, locale: Locale, mode: MapMode): (view: MapView) => string {
  if (mode === 'page') return (v) => localizedPath(locale, v.page);
  if (mode === 'embed') return (v) => localizedPath(locale, embedPage(v));
  return (v) => localizedPath(locale, embedPage(v, ctx.dataset.version));
}

const rowCache = new WeakMap<MapContext, Map<Locale, PairingRow[]>>();
/** The table rows of every pairing in a locale, computed once per context. */
export function cachedPairingRows(ctx: MapContext, locale: Locale): PairingRow[] {
  let perCtx = rowCache.get(ctx);
  if (!perCtx) rowCache.set(ctx, (perCtx = new Map()));
  let rows = perCtx.get(locale);
  if (!rows) perCtx.set(locale, (rows = pairingRows(ctx, locale)));
  return rows;
}

const dataCache = new WeakMap<MapContext, Map<string, MapClientData>>();
const pageJsonCache = new WeakMap<MapClientData, string>();
/**
 * The `<pairing-map>` JSON for a locale and kind of page. A map page carries
 * every view (it switches in place), computed once per context; an embed
 * carries its own view only.
 */
export function cachedClientJson(ctx: MapContext, locale: Locale, mode: MapMode, siteUrl: string | URL, view: MapView): string {
  let perCtx = dataCache.get(ctx);
  if (!perCtx) dataCache.set(ctx, (perCtx = new Map()));
  const key = `${locale}:${mode}`;
  let data = perCtx.get(key);
  if (!data) {
    data = mapClientData(ctx, locale, cachedPairingRows(ctx, locale), {
      siteUrl: String(siteUrl),
      siteTitle: translate(locale, 'site.title'),
      pathFor: viewPath(ctx, locale, mode),
    });
    perCtx.set(key, data);
  }
  if (mode !== 'page') return jsonForScript(clientDataForView(data, view.id));
  let json = pageJsonCache.get(data);
  if (!json) pageJsonCache.set(data, (json = jsonForScript(data)));
  return json;
}

const sizedContexts = new Map<string, MapContext>();
/** A release's map data on a base map of another size with whole-unit paths, built once per size and version. */
function sizedMapContext(size: { width: number; height: number }, version?: string): MapContext {
  const full = siteMapContext(version);
  const key = `${size.width}x${size.height}@${full.dataset.version}`;
  let ctx = sizedContexts.get(key);
  if (!ctx) sizedContexts.set(key, (ctx = createMapContext(full.dataset, renderChinaBase({ ...size, digits: 0 }), currentMapYear())));
  return ctx;
}

/**
 * The map context for the small multiples: the same data on a small base
 * map with whole-unit paths, so six maps on one page stay light.
 */
export function smallMapContext(version?: string): MapContext {
  return sizedMapContext(SMALL_MAP_SIZE, version);
}
