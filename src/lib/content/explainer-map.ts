import { renderChinaBase, type ChinaBaseMap } from '../geo/china-map.ts';
import { OUTSIDE_DATASET, regionPage, rowId } from '../geo/map-pages.ts';
import { buildPairingMap, viewPage } from '../geo/pairing-map.ts';
import { renderInlineMapSvg } from '../geo/pairing-map-svg.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import { requirePhase } from './timeline.ts';

type Row = Readonly<Record<string, string>>;

export interface ExplainerMap {
  svg: string;
  /** Locale-free path of the phase's full map page (with the table and the year slider). */
  page: string;
  year: number;
  pairingCount: number;
}

// One base map for every explainer: 800×600 with whole-pixel paths keeps an
// explainer with six maps light enough for a phone.
const BASE = { width: 800, height: 600, digits: 0 } as const;

/**
 * The static SVG map of one phase for `<PairingMap phase="…" />`: the
 * phase's pairings drawn with the map helper's renderers (regions linking to
 * their pages, arcs to the rows of the phase's map page). An unknown phase
 * fails the build naming the file.
 *
 * @example
 * explainerMap({ phases, pairings, regions }, '2016', 'en', 'content/explainers/en/history.mdx').svg // '<svg class="pm-svg" …'
 */
export function explainerMap(
  tables: { phases: readonly Row[]; pairings: readonly Row[]; regions: readonly Row[] },
  phase: string,
  locale: Locale,
  file: string,
  base: ChinaBaseMap = renderChinaBase(BASE),
): ExplainerMap {
  const row = requirePhase(tables.phases, phase, file);
  const year = Number(row['start_year']);
  const pairings = tables.pairings
    .filter((p) => p['phase'] === phase)
    .map((p) => ({ id: p['id'] ?? '', helperCode: p['helper_code'] ?? '', helpedCode: p['helped_code'] ?? '' }));
  const canvas = {
    provinces: new Set(base.provinces.map((p) => p.code)),
    prefectures: new Set(base.prefectures.map((p) => p.code)),
    point: (code: string) => base.point(code),
  };
  const model = buildPairingMap(pairings, [{ kind: 'phase', year, pairingIds: pairings.map((p) => p.id) }], canvas);
  const view = model.views[0]!;
  const names = new Map(tables.regions.map((r) => [r['code'] ?? '', r]));
  const regionName = (code: string) =>
    names.get(code)?.[`name_${locale}`] ||
    names.get(code)?.['name_zh'] ||
    base.prefectures.find((p) => p.code === code)?.name ||
    base.provinces.find((p) => p.code === code)?.name ||
    code;
  const page = viewPage('phase', year);
  const prefix = `xm-${phase}`;
  const svg = renderInlineMapSvg({
    base,
    model,
    view,
    text: {
      label: translate(locale, 'map.svgLabel', { view: translate(locale, 'map.phaseHeading', { year }) }),
      regionName,
      arcLabel: (arc) => translate(locale, 'map.arcLabel', { helper: regionName(arc.from), helped: regionName(arc.to) }),
    },
    nodata: new Set(OUTSIDE_DATASET),
    regionHref: (code) => localizedPath(locale, regionPage(code)),
    arcHref: (arc) => `${localizedPath(locale, page)}#${rowId(arc.pairIds[0] ?? '')}`,
    idPrefix: prefix,
  })
    // Hatch "no data" with a presentation attribute: the pattern id differs per map, and inline styles are barred by the CSP.
    .replaceAll('class="pm-p pm-nd"', `class="pm-p pm-nd" fill="url(#${prefix}-hatch)"`);
  return { svg, page, year, pairingCount: pairings.length };
}
