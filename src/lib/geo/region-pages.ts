/**
 * What a region page and the regions index show, computed from the map
 * context: the region's names and level, the timeline of its pairings (as
 * helper or as helped), the figures that concern it, and the numbered
 * sources that every row points to, all in one locale. Pure data in, plain
 * data out; the .astro pages only render it.
 */
import { formatDate } from '../format/date.ts';
import { formatNumber } from '../format/number.ts';
import { LOCALE_SEGMENTS, type Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { DICTIONARIES, translate, type UiKey } from '../i18n/translate.ts';
import type { DatasetFigure, DatasetPairing } from './map-dataset.ts';
import { confidenceLabel, yearsLabel } from './map-text.ts';
import { drawnCode, regionName, regionPage, rowId, type MapContext } from './map-pages.ts';
import type { MapView } from './pairing-map.ts';

const pascal = (id: string) => id.split(/[-_]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
const hasKey = (key: string): key is UiKey => key in DICTIONARIES.zh;

/**
 * A region level in words ('prefecture-city' → 'prefecture-level city'); a
 * level without a UI string reads "other" rather than showing the raw id.
 *
 * @example
 * levelLabel('en', 'autonomous-prefecture') // 'autonomous prefecture'
 */
export function levelLabel(locale: Locale, level: string): string {
  const key = `region.level${pascal(level)}`;
  return translate(locale, hasKey(key) ? key : 'region.levelOther');
}

/**
 * What a figure measures, in words; a metric without a UI string is shown
 * by its id, so a new metric in the data is never hidden.
 *
 * @example
 * figureMetricLabel('en', 'aid-funds') // 'Aid funds'
 */
export function figureMetricLabel(locale: Locale, metric: string): string {
  const key = `region.metric${pascal(metric)}`;
  return hasKey(key) ? translate(locale, key) : metric;
}

/**
 * A figure's value with its unit, the number formatted for the locale at
 * build time (values that are not numbers are shown as published).
 *
 * @example
 * figureValueLabel('zh', '139.74', 'yuan-100m') // '139.74亿元'
 */
export function figureValueLabel(locale: Locale, value: string, unit: string): string {
  const n = Number(value);
  const shown = value !== '' && Number.isFinite(n) ? formatNumber(locale, n, { maximumFractionDigits: 4 }) : value;
  const key = `region.unit${pascal(unit)}`;
  return hasKey(key) ? translate(locale, key, { value: shown }) : `${shown} ${unit}`.trim();
}

/**
 * A figure's period in words: each end formatted for the locale, an open
 * start written as "…".
 *
 * @example
 * figurePeriodLabel('en', '1996', '2017') // '1996–2017'
 */
export function figurePeriodLabel(locale: Locale, start: string, end: string): string {
  const f = (v: string) => (/^\d{4}(-\d{2}){0,2}$/.test(v) ? formatDate(locale, v) : v);
  if (start === end || end === '') return f(start);
  return `${start === '' ? '…' : f(start)}–${f(end)}`;
}

export interface RegionLink {
  readonly code: string;
  readonly name: string;
  readonly href: string;
}

export interface NumberedSource {
  readonly n: number;
  readonly id: string;
  /** Element id on the page, the target of the row's reference links. */
  readonly anchor: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly url: string;
}

export interface RegionPairingRow {
  readonly id: string;
  readonly role: 'helper' | 'helped';
  /** "helps" / "is helped by", as the relation column says it. */
  readonly relation: string;
  readonly partner: RegionLink;
  readonly startYear: number | null;
  readonly years: string;
  readonly phase: { label: string; href: string } | undefined;
  readonly document: { number: string; title: string } | undefined;
  readonly sources: readonly NumberedSource[];
  readonly confidence: string;
  /** The pairing's row in the table of its phase's map page. */
  readonly mapHref: string;
}

export interface RegionFigureRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly period: string;
  /** The scope in names, e.g. "Shanghai + Guangdong → Yunnan" ('' for national figures). */
  readonly scope: string;
  readonly note: string;
  readonly sources: readonly NumberedSource[];
  readonly confidence: string;
}

export interface RegionPageData {
  readonly code: string;
  readonly name: string;
  /** The region's name in every locale, with the locale it is in. */
  readonly names: readonly { locale: Locale; name: string }[];
  readonly level: string;
  /** The region it is part of; `href` is '' when that region has no page (it is in no pairing). */
  readonly parent: RegionLink | undefined;
  readonly kkUnreviewed: boolean;
  /** The region drawn for it when it is smaller than the map's units (a county at its prefecture). */
  readonly drawnAt: RegionLink | undefined;
  readonly pairings: readonly RegionPairingRow[];
  readonly figures: readonly RegionFigureRow[];
  readonly sources: readonly NumberedSource[];
  readonly partners: readonly RegionLink[];
  /** Regions of the dataset that are part of this one (counties of a prefecture). */
  readonly children: readonly RegionLink[];
  /** The newest phase view in which the region takes part. */
  readonly mapView: MapView | undefined;
}

function link(ctx: MapContext, locale: Locale, code: string): RegionLink {
  return { code, name: regionName(ctx, locale, code), href: localizedPath(locale, regionPage(code)) };
}

function parentLink(ctx: MapContext, locale: Locale, code: string): RegionLink {
  const l = link(ctx, locale, code);
  return ctx.regionCodes.includes(code) ? l : { ...l, href: '' };
}

/** The scope of a figures row in names: 'A+B>C' → 'A + B → C'; '*' reads "all helpers". */
export function scopeLabel(ctx: MapContext, locale: Locale, scope: string): string {
  if (scope === '' || scope === 'national') return '';
  return scope
    .split('>')
    .map((side) =>
      side
        .split('+')
        .map((c) => (c.trim() === '*' ? translate(locale, 'region.scopeAll') : regionName(ctx, locale, c.trim())))
        .join(' + '),
    )
    .join(' → ');
}

const involves = (p: DatasetPairing, code: string) => p.helperCode === code || p.helpedCode === code;

/**
 * Everything a region page shows, in one locale. Pairings are in order of
 * start year (rows with an unknown start last), figures in order of period;
 * sources are numbered in order of first use, so each row cites "[1] [3]".
 * Throws for a code that no pairing names and the dataset does not list.
 *
 * @example
 * const page = regionPageData(ctx, 'en', '520200');
 * page.pairings[0]?.partner.name // 'Dalian'
 */
export function regionPageData(ctx: MapContext, locale: Locale, code: string): RegionPageData {
  const ds = ctx.dataset;
  const region = ctx.region(code);
  const pairings = ds.pairings
    .filter((p) => involves(p, code))
    .sort((a, b) => (a.startYear ?? 9999) - (b.startYear ?? 9999) || a.id.localeCompare(b.id));
  if (!region && pairings.length === 0) {
    throw new Error(`regionPageData: no region ${code} in dataset ${ds.version} and no pairing names it.`);
  }
  const sourceById = new Map(ds.sources.map((s) => [s.id, s]));
  const numbered = new Map<string, NumberedSource>();
  const cite = (ids: readonly string[]): NumberedSource[] =>
    ids.flatMap((id) => {
      const s = sourceById.get(id);
      if (!s) return [];
      let entry = numbered.get(id);
      if (!entry) {
        entry = { n: numbered.size + 1, id, anchor: `source-${id}`, title: s.title, publisher: s.publisher, date: s.date, url: s.url };
        numbered.set(id, entry);
      }
      return [entry];
    });
  const docs = new Map(ds.documents.map((d) => [d.id, d]));
  const phases = new Map(ds.phases.map((p) => [p.id, p]));

  const pairingRows: RegionPairingRow[] = pairings.map((p) => {
    const role = p.helperCode === code ? 'helper' : 'helped';
    const doc = p.documentId ? docs.get(p.documentId) : undefined;
    const phase = phases.get(p.phase);
    const phasePage = phase ? `map/phase/${phase.startYear}` : 'map';
    return {
      id: p.id,
      role,
      relation: translate(locale, role === 'helper' ? 'region.roleHelps' : 'region.roleHelpedBy'),
      partner: link(ctx, locale, role === 'helper' ? p.helpedCode : p.helperCode),
      startYear: p.startYear,
      years: yearsLabel(locale, p.startYear, p.endYear),
      phase: phase && { label: translate(locale, 'map.phaseLink', { year: phase.startYear }), href: localizedPath(locale, phasePage) },
      document: doc && { number: doc.number, title: doc.titles[locale] || doc.titles.zh || doc.titles.en || '' },
      sources: cite(p.sourceIds),
      confidence: confidenceLabel(locale, p.confidence),
      mapHref: `${localizedPath(locale, phasePage)}#${rowId(p.id)}`,
    };
  });

  const figureRows: RegionFigureRow[] = ds.figures
    .filter((f) => f.scopeCodes.includes(code))
    .sort((a, b) => (a.periodStart || a.periodEnd || a.period).localeCompare(b.periodStart || b.periodEnd || b.period))
    .map((f: DatasetFigure) => ({
      id: f.id,
      label: f.labels[locale] || figureMetricLabel(locale, f.metric ?? f.id),
      value: figureValueLabel(locale, f.value, f.unit),
      period: f.periodStart !== undefined ? figurePeriodLabel(locale, f.periodStart, f.periodEnd ?? '') : f.period,
      scope: scopeLabel(ctx, locale, f.scope ?? ''),
      note: f.notes?.[locale] || (locale === 'kk' ? f.notes?.en : undefined) || '',
      sources: cite(f.sourceIds),
      confidence: confidenceLabel(locale, f.confidence),
    }));

  const partners = new Map<string, RegionLink>();
  for (const row of pairingRows) if (!partners.has(row.partner.code)) partners.set(row.partner.code, row.partner);
  const drawn = drawnCode(ctx, code);
  const mapView = drawn ? [...ctx.phaseViews].reverse().find((v) => v.roles[drawn]) : undefined;
  const children = ds.regions
    .filter((r) => r.parentCode === code && ctx.regionCodes.includes(r.code))
    .map((r) => link(ctx, locale, r.code));

  return {
    code,
    name: regionName(ctx, locale, code),
    names: LOCALE_SEGMENTS.map((l) => ({ locale: l, name: regionName(ctx, l, code) })),
    level: region ? levelLabel(locale, region.level) : levelLabel(locale, ''),
    parent: region?.parentCode && ctx.region(region.parentCode) ? parentLink(ctx, locale, region.parentCode) : undefined,
    kkUnreviewed: (region?.kkStatus ?? 'unreviewed') === 'unreviewed',
    drawnAt: drawn && drawn !== code ? link(ctx, locale, drawn) : undefined,
    pairings: pairingRows,
    figures: figureRows,
    sources: [...numbered.values()],
    partners: [...partners.values()],
    children,
    mapView,
  };
}

export interface RegionIndexGroup {
  readonly role: 'helper' | 'helped';
  readonly title: string;
  readonly regions: readonly (RegionLink & { level: string; count: number })[];
}

/**
 * The regions index: every region with a page, grouped as helping and
 * helped regions (a region in both roles is listed in both), each with its
 * level and its number of pairing rows, ordered by code (provinces first,
 * as GB/T 2260 codes run from province to county).
 *
 * @example
 * regionIndex(ctx, 'en')[0].regions[0] // { code: '110000', name: 'Beijing Municipality', count: 5, … }
 */
export function regionIndex(ctx: MapContext, locale: Locale): RegionIndexGroup[] {
  const ds = ctx.dataset;
  return (['helper', 'helped'] as const).map((role) => {
    const counts = new Map<string, number>();
    for (const p of ds.pairings) {
      const c = role === 'helper' ? p.helperCode : p.helpedCode;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const regions = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, count]) => ({ ...link(ctx, locale, code), level: levelLabel(locale, ctx.region(code)?.level ?? ''), count }));
    return { role, title: translate(locale, role === 'helper' ? 'region.helpers' : 'region.helpedRegions'), regions };
  });
}
