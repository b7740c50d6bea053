/**
 * Everything the map pages, the embeds, the SVG exports and the region pages
 * need from a dataset, computed once per build: the views (one per phase and
 * one per year), the map model, and per locale the names, table rows,
 * tooltips and the compact JSON the browser script reads.
 */
import type { Locale } from '../i18n/locales.ts';
import { getLocale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import type { ChinaBaseMap } from './china-map.ts';
import type { DatasetPairing, DatasetRegion, MapDataset } from './map-dataset.ts';
import { confidenceLabel, pairingTooltip, regionPairingLine, yearsLabel, type PairingFacts } from './map-text.ts';
import {
  buildPairingMap,
  compareViews,
  drawnRegion,
  viewId,
  type MapView,
  type MapViewInput,
  type MapViewKind,
  type PairingMapModel,
  type ViewChanges,
} from './pairing-map.ts';

/**
 * Provincial units the dataset does not cover: the scheme pairs units of the
 * 31 mainland provinces, so the map hatches Taiwan, Hong Kong and Macao as
 * "no data" (never as "unpaired", which would claim a fact).
 */
export const OUTSIDE_DATASET: readonly string[] = ['710000', '810000', '820000'];

/**
 * Whether a pairing row is in force in a calendar year. A row's end year is
 * the year its arrangement was replaced (the next row of the same pair starts
 * that year), so the end year itself belongs to the successor; a row that
 * starts and ends in the same year counts for that year.
 *
 * @example
 * activeInYear({ startYear: 1996, endYear: 2016 }, 2016) // false: the 2016 row takes over
 * activeInYear({ startYear: 2021, endYear: null }, 2026)  // true
 */
export function activeInYear(p: Pick<DatasetPairing, 'startYear' | 'endYear'>, year: number): boolean {
  // An unknown start year cannot place the row in any single year: it is drawn in its phase only.
  if (p.startYear === null || year < p.startYear) return false;
  if (p.endYear === null) return true;
  return year < p.endYear || (p.endYear === p.startYear && year === p.startYear);
}

/**
 * The views the map offers: one per phase (in the phases table's order of
 * start year) and one per year from the first phase's start to `currentYear`.
 * A phase shows every pairing in force during it (any year from its start
 * to the year before the next phase starts, or to `currentYear` for the
 * newest), plus the rows the data assigns to it, so pairings that carry on
 * from an earlier phase are not shown as ended (and a row without a known
 * start year still appears in its phase).
 *
 * @example
 * mapViewInputs(dataset, 2026).map((v) => `${v.kind}-${v.year}`) // ['phase-1996', …, 'phase-2021', 'year-1996', …, 'year-2026']
 */
export function mapViewInputs(ds: Pick<MapDataset, 'phases' | 'pairings'>, currentYear: number): MapViewInput[] {
  const phases = [...ds.phases].sort((a, b) => a.startYear - b.startYear);
  const byOrder = (a: DatasetPairing, b: DatasetPairing) =>
    (a.startYear ?? 0) - (b.startYear ?? 0) || a.helperCode.localeCompare(b.helperCode) || a.helpedCode.localeCompare(b.helpedCode);
  const sorted = [...ds.pairings].sort(byOrder);
  const views: MapViewInput[] = phases.map((ph) => {
    const last = Math.max(ph.startYear, (ph.endYear ?? currentYear + 1) - 1);
    const inForce = (p: DatasetPairing) => {
      for (let y = ph.startYear; y <= last; y++) if (activeInYear(p, y)) return true;
      return false;
    };
    return { kind: 'phase' as const, year: ph.startYear, pairingIds: sorted.filter((p) => p.phase === ph.id || inForce(p)).map((p) => p.id) };
  });
  const first = phases[0]?.startYear ?? currentYear;
  for (let y = first; y <= currentYear; y++) {
    views.push({ kind: 'year', year: y, pairingIds: sorted.filter((p) => activeInYear(p, y)).map((p) => p.id) });
  }
  return views;
}

export interface MapContext {
  readonly dataset: MapDataset;
  readonly base: ChinaBaseMap;
  readonly model: PairingMapModel;
  readonly nodata: ReadonlySet<string>;
  /** The view /[lang]/map/ shows: the newest phase. */
  readonly defaultView: MapView;
  readonly phaseViews: readonly MapView[];
  readonly yearViews: readonly MapView[];
  region(code: string): DatasetRegion | undefined;
  /** Codes that get a region page: every code in a pairing and every region drawn for one. */
  readonly regionCodes: readonly string[];
}

/**
 * Builds the map context from a dataset and a rendered base map.
 *
 * @example
 * const ctx = createMapContext(dataset, renderChinaBase({ width: 1000, height: 750, digits: 0 }), 2026);
 * ctx.defaultView.id // 'phase-2021'
 */
export function createMapContext(ds: MapDataset, base: ChinaBaseMap, currentYear: number): MapContext {
  const canvas = {
    provinces: new Set(base.provinces.filter((p) => p.joinable).map((p) => p.code)),
    prefectures: new Set(base.prefectures.filter((p) => p.joinable).map((p) => p.code)),
    point: (code: string) => base.point(code),
  };
  const model = buildPairingMap(ds.pairings, mapViewInputs(ds, currentYear), canvas);
  const phaseViews = model.views.filter((v) => v.kind === 'phase');
  const yearViews = model.views.filter((v) => v.kind === 'year');
  const regions = new Map(ds.regions.map((r) => [r.code, r]));
  const codes = new Set<string>();
  for (const p of ds.pairings) for (const c of [p.helperCode, p.helpedCode]) codes.add(c);
  for (const r of model.regions) codes.add(r.code);
  const defaultView = phaseViews[phaseViews.length - 1] ?? yearViews[yearViews.length - 1];
  if (!defaultView) throw new Error('createMapContext: the dataset has no phase and no year to show.');
  return {
    dataset: ds,
    base,
    model,
    nodata: new Set(OUTSIDE_DATASET),
    defaultView,
    phaseViews,
    yearViews,
    region: (code) => regions.get(code),
    regionCodes: [...codes].sort(),
  };
}

/** A region's name in a locale: the dataset's name, else the base map's Chinese name, else the code. */
export function regionName(ctx: MapContext, locale: Locale, code: string): string {
  const r = ctx.region(code);
  if (r) return r.names[locale] || r.names.zh;
  return ctx.base.prefectures.find((p) => p.code === code)?.name ?? ctx.base.provinces.find((p) => p.code === code)?.name ?? code;
}

/** Locale-free path of a region page. */
export const regionPage = (code: string) => `regions/${code}`;

/** The heading of a view, e.g. "Pairings of the 2016 phase". */
export function viewHeading(locale: Locale, view: Pick<MapView, 'kind' | 'year'>): string {
  return translate(locale, view.kind === 'phase' ? 'map.phaseHeading' : 'map.yearHeading', { year: view.year });
}

/** Locale-free path of a view's embed page, live or pinned to a dataset version. */
export function embedPage(view: Pick<MapView, 'kind' | 'year'>, version?: string): string {
  return version ? `embed/v/${version}/map/${view.kind}/${view.year}` : `embed/map/${view.kind}/${view.year}`;
}

/** Site path of a view's map-only figure (explainers) in a colour scheme: `/en/map/phase/2016/figure.svg`, `…/figure-dark.svg`. */
export function figureSvgPath(locale: Locale, view: Pick<MapView, 'kind' | 'year'>, scheme: 'light' | 'dark' = 'light'): string {
  return `${localizedPath(locale, `map/${view.kind}/${view.year}`)}figure${scheme === 'dark' ? '-dark' : ''}.svg`;
}

/** Site path of a view's SVG export: `/en/map/phase/2016/map.svg`. */
export function svgExportPath(locale: Locale, view: Pick<MapView, 'kind' | 'year'>): string {
  return `${localizedPath(locale, `map/${view.kind}/${view.year}`)}map.svg`;
}

/** File name of the PNG export, e.g. `pairings-en-phase-2016.png`. */
export function pngFileName(locale: Locale, view: Pick<MapView, 'kind' | 'year'>): string {
  return `pairings-${locale}-${view.kind}-${view.year}.png`;
}

/** Ready-to-paste iframe code for an embed page. */
export function iframeCode(siteUrl: string, path: string, title: string): string {
  const src = new URL(path, siteUrl).href;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="720" loading="lazy" style="border:0"></iframe>`;
}

export interface SourceLink {
  readonly id: string;
  readonly url: string;
  /** "Title, publisher, date" for the link's accessible name. */
  readonly label: string;
}

export interface PairingRow {
  readonly id: string;
  /** Element id of the table row, the target of the arc links. */
  readonly rowId: string;
  readonly helper: { code: string; name: string; href: string; shownAt?: string | undefined };
  readonly helped: { code: string; name: string; href: string; shownAt?: string | undefined };
  readonly years: string;
  readonly phase: { year: number; label: string; href: string } | undefined;
  readonly document: { number: string; title: string } | undefined;
  readonly sources: readonly SourceLink[];
  readonly confidence: string;
  readonly facts: PairingFacts;
}

/** The table row element id of a pairing. */
export const rowId = (pairingId: string) => `pairing-${pairingId}`;

/**
 * Every pairing as a table row in a locale, in the model's order. A county
 * row names the county and says at which region the map draws it.
 */
export function pairingRows(ctx: MapContext, locale: Locale): PairingRow[] {
  const ds = ctx.dataset;
  const docs = new Map(ds.documents.map((d) => [d.id, d]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const phases = new Map(ds.phases.map((p) => [p.id, p]));
  const byId = new Map(ds.pairings.map((p) => [p.id, p]));
  const pairs = ctx.model.pairs;
  const name = (code: string) => regionName(ctx, locale, code);
  return pairs.map((mp) => {
    const p = byId.get(mp.id)!;
    const doc = p.documentId ? docs.get(p.documentId) : undefined;
    const phase = phases.get(p.phase);
    const end = (code: string, drawn: string, anchored: boolean) => ({
      code,
      name: name(code),
      href: localizedPath(locale, regionPage(code)),
      shownAt: anchored ? name(drawn) : undefined,
    });
    const helper = end(p.helperCode, mp.helper, mp.helperAnchored);
    const helped = end(p.helpedCode, mp.helped, mp.helpedAnchored);
    const sourceLinks: SourceLink[] = p.sourceIds.flatMap((id) => {
      const s = sources.get(id);
      return s ? [{ id, url: s.url, label: [s.title, s.publisher, s.date].filter(Boolean).join(', ') }] : [];
    });
    const docTitle = doc ? doc.titles[locale] || doc.titles.zh || doc.titles.en || '' : '';
    const facts: PairingFacts = {
      helperName: helper.name,
      helpedName: helped.name,
      startYear: p.startYear,
      endYear: p.endYear,
      document: doc ? doc.number || docTitle : undefined,
      sourceCount: sourceLinks.length,
      confidence: p.confidence,
      helperShownAt: helper.shownAt,
      helpedShownAt: helped.shownAt,
    };
    return {
      id: p.id,
      rowId: rowId(p.id),
      helper,
      helped,
      years: yearsLabel(locale, p.startYear, p.endYear),
      phase: phase && {
        year: phase.startYear,
        label: translate(locale, 'map.phaseLink', { year: phase.startYear }),
        href: localizedPath(locale, `map/phase/${phase.startYear}`),
      },
      document: doc && { number: doc.number, title: docTitle },
      sources: sourceLinks,
      confidence: confidenceLabel(locale, p.confidence),
      facts,
    };
  });
}

/** One view (a phase or a year) as the <pairing-map> script switches to it. */
export interface MapClientView {
  id: string;
  kind: MapViewKind;
  year: number;
  url: string;
  heading: string;
  title: string;
  svg: string;
  png: string;
  live: string;
  pinned: string;
  pairs: string[];
}

/** One pairing's tooltip text and drawn codes, keyed by pairing id. */
export interface MapClientPair {
  /** Title and detail lines of the pairing's own tooltip. */
  t: string;
  l: string[];
  /** Drawn helper and helped codes, and the arc id. */
  h: string;
  d: string;
  a: string;
  /** Lines for the helper's and the helped region's tooltips. */
  sh: string;
  sd: string;
}

/** The JSON the <pairing-map> script reads (src/client/pairing-map.ts imports these types). */
export interface MapClientData {
  views: MapClientView[];
  pairs: Record<string, MapClientPair>;
  text: { play: string; pause: string; copied: string; pngFailed: string };
}

/**
 * The compact data behind view switching and tooltips, with every string
 * already in the page's language. `pathFor` maps a view to the URL it lives
 * at (the map page or the embed page of the same kind).
 *
 * @example
 * JSON.stringify(mapClientData(ctx, 'kk', rows, { siteUrl, siteTitle, pathFor }))
 */
export function mapClientData(
  ctx: MapContext,
  locale: Locale,
  rows: readonly PairingRow[],
  options: { siteUrl: string; siteTitle: string; pathFor: (view: MapView) => string },
): MapClientData {
  const version = ctx.dataset.version;
  const views = ctx.model.views.map((v) => {
    const heading = viewHeading(locale, v);
    return {
      id: v.id,
      kind: v.kind,
      year: v.year,
      url: options.pathFor(v),
      heading,
      title: `${heading} · ${options.siteTitle}`,
      svg: svgExportPath(locale, v),
      png: pngFileName(locale, v),
      live: iframeCode(options.siteUrl, localizedPath(locale, embedPage(v)), heading),
      pinned: iframeCode(options.siteUrl, localizedPath(locale, embedPage(v, version)), `${heading} (${version})`),
      pairs: [...v.pairIds],
    };
  });
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const pairs: MapClientData['pairs'] = {};
  for (const mp of ctx.model.pairs) {
    const row = rowById.get(mp.id)!;
    const tip = pairingTooltip(locale, row.facts);
    pairs[mp.id] = {
      t: tip.title,
      l: [...tip.lines],
      h: mp.helper,
      d: mp.helped,
      a: mp.arc,
      sh: regionPairingLine(locale, 'helper', row.facts),
      sd: regionPairingLine(locale, 'helped', row.facts),
    };
  }
  return {
    views,
    pairs,
    text: {
      play: translate(locale, 'map.play'),
      pause: translate(locale, 'map.pause'),
      copied: translate(locale, 'map.copied'),
      pngFailed: translate(locale, 'map.pngFailed'),
    },
  };
}

/**
 * The client data an embed needs: an embed shows one view and cannot switch,
 * so it keeps that view and the tooltips of its pairs only (an embed page
 * then weighs about a seventh less).
 *
 * @example
 * clientDataForView(mapClientData(ctx, 'en', rows, options), 'phase-2016').views.length // 1
 */
export function clientDataForView(data: MapClientData, viewId: string): MapClientData {
  const view = data.views.find((v) => v.id === viewId);
  if (!view) throw new Error(`clientDataForView: no view "${viewId}" (views: ${data.views.map((v) => v.id).join(', ')})`);
  const pairs: MapClientData['pairs'] = {};
  for (const id of view.pairs) {
    const pair = data.pairs[id];
    if (pair) pairs[id] = pair;
  }
  return { views: [view], pairs, text: data.text };
}

/**
 * Serializes data for a `<script type="application/json">`: `<` is escaped so
 * no value can close the script element.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Per phase view: what was added and what ended since the previous phase. */
export function phaseChanges(ctx: MapContext): { view: MapView; changes: ViewChanges; previous: MapView | undefined }[] {
  return ctx.phaseViews.map((view, i) => {
    const previous = ctx.phaseViews[i - 1];
    return { view, previous, changes: compareViews(previous, view, ctx.dataset.pairings) };
  });
}

/** Where on the map a code is drawn (for region pages that explain a county's anchor). */
export function drawnCode(ctx: MapContext, code: string): string | undefined {
  const canvas = {
    provinces: new Set(ctx.base.provinces.filter((p) => p.joinable).map((p) => p.code)),
    prefectures: new Set(ctx.base.prefectures.filter((p) => p.joinable).map((p) => p.code)),
  };
  return drawnRegion(code, canvas)?.code;
}

/** The locale's BCP 47 tag, re-exported for SVG `xml:lang`. */
export const localeTag = (locale: Locale) => getLocale(locale).tag;

export { viewId };
