/**
 * The pairing map's view model: which regions are drawn in which role, which
 * arcs join them and which pairings each view (a phase or a single year)
 * shows. Pure data in, plain data out, so the same model feeds the inline
 * SVG, the table, the SVG export and the compact JSON the browser uses to
 * switch views in place.
 */
import { arc, arrowheadPath } from './arcs.ts';
import { regionCodeFallbacks } from './china-topology.ts';

/** One pairing as the map needs it (a row of the pairings table, typed). */
export interface MapPairingInput {
  readonly id: string;
  /** GB/T 2260 codes; county-level codes are drawn at their prefecture. */
  readonly helperCode: string;
  readonly helpedCode: string;
}

/** Which kind of view: a phase (the pairings of one policy round) or one calendar year. */
export type MapViewKind = 'phase' | 'year';

/** A view as listed by the page: its kind, its year and the pairings it shows. */
export interface MapViewInput {
  readonly kind: MapViewKind;
  /** The phase's start year (phase views) or the calendar year (year views). */
  readonly year: number;
  readonly pairingIds: readonly string[];
}

/** What the base map can draw: codes of its province and prefecture regions, and an anchor for any code. */
export interface MapCanvas {
  readonly provinces: ReadonlySet<string>;
  readonly prefectures: ReadonlySet<string>;
  point(code: string): readonly [number, number];
}

export type MapLayer = 'province' | 'prefecture';
export type MapRoleInView = 'helper' | 'helped';

/** A region that takes part in at least one pairing of any view. */
export interface MapRegion {
  /** The drawn region's code (a county row's prefecture, for instance). */
  readonly code: string;
  readonly layer: MapLayer;
}

/** A pairing placed on the map. */
export interface MapPair {
  readonly id: string;
  readonly helper: string;
  readonly helped: string;
  /** True when the pairing's own code is below the drawn region (a county shown at its prefecture). */
  readonly helperAnchored: boolean;
  readonly helpedAnchored: boolean;
  readonly arc: string;
}

/** A directed curve from a helper region to a helped region; pairings that share both ends share it. */
export interface MapArc {
  /** `<helper>-<helped>`, e.g. '210200-520200'. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Curve path data (stroke it) and arrowhead path data (fill it). */
  readonly d: string;
  readonly head: string;
  readonly pairIds: readonly string[];
}

export interface MapView {
  /** 'phase-2016', 'year-2005': stable, used in the JSON and in element ids. */
  readonly id: string;
  readonly kind: MapViewKind;
  readonly year: number;
  /** Locale-free page path, e.g. 'map/phase/2016'. */
  readonly page: string;
  readonly pairIds: readonly string[];
  readonly arcIds: readonly string[];
  /** Role of each drawn region in this view; regions absent here are unpaired. */
  readonly roles: Readonly<Record<string, MapRoleInView>>;
}

export interface PairingMapModel {
  readonly regions: readonly MapRegion[];
  readonly pairs: readonly MapPair[];
  readonly arcs: readonly MapArc[];
  readonly views: readonly MapView[];
}

/**
 * Locale-free path of a view's page.
 *
 * @example
 * viewPage('phase', 2016) // 'map/phase/2016'
 */
export function viewPage(kind: MapViewKind, year: number): string {
  return `map/${kind}/${year}`;
}

/** Element/JSON id of a view. */
export function viewId(kind: MapViewKind, year: number): string {
  return `${kind}-${year}`;
}

/**
 * Where a pairing code is drawn: a province code on the province layer, a
 * prefecture on the prefecture layer, a county (or a code the base map
 * lacks) at the first drawn region among its prefecture and province.
 * Returns undefined when nothing is drawn for it.
 *
 * @example
 * drawnRegion('520221', canvas) // { code: '520200', layer: 'prefecture', anchored: true }
 */
export function drawnRegion(
  code: string,
  canvas: Pick<MapCanvas, 'provinces' | 'prefectures'>,
): { code: string; layer: MapLayer; anchored: boolean } | undefined {
  for (const c of regionCodeFallbacks(code)) {
    // Municipalities (110000) are in both layers; a province-level code is drawn as the province.
    if (c.endsWith('0000') && canvas.provinces.has(c)) return { code: c, layer: 'province', anchored: c !== code };
    if (canvas.prefectures.has(c)) return { code: c, layer: 'prefecture', anchored: c !== code };
  }
  return undefined;
}

/**
 * Builds the map model from pairings, the views to offer and the base map.
 * Each pairing's ends are placed with `drawnRegion`; pairings with the same
 * drawn ends share one arc; each view gets its pairings (in input order), its
 * arcs and each region's role. A region that helps in one pairing and is
 * helped in another of the same view is shown as a helper. Throws naming the
 * pairing when an end cannot be drawn or a view lists an unknown pairing,
 * since a silently missing arc would misstate the data.
 *
 * @example
 * const model = buildPairingMap(pairings, [{ kind: 'year', year: 1996, pairingIds: ['p1'] }], canvas);
 * model.views[0].roles['110000'] // 'helper'
 */
export function buildPairingMap(
  pairings: readonly MapPairingInput[],
  views: readonly MapViewInput[],
  canvas: MapCanvas,
  options: { arcDigits?: number } = {},
): PairingMapModel {
  const digits = options.arcDigits ?? 0;
  const regions = new Map<string, MapRegion>();
  const pairs = new Map<string, MapPair>();
  const arcPairs = new Map<string, string[]>();

  for (const p of pairings) {
    const helper = drawnRegion(p.helperCode, canvas);
    const helped = drawnRegion(p.helpedCode, canvas);
    if (!helper || !helped) {
      const missing = helper ? p.helpedCode : p.helperCode;
      throw new Error(`buildPairingMap: pairing "${p.id}" has code ${missing}, which the base map cannot draw (nor its prefecture or province).`);
    }
    for (const r of [helper, helped]) if (!regions.has(r.code)) regions.set(r.code, { code: r.code, layer: r.layer });
    const arcId = `${helper.code}-${helped.code}`;
    arcPairs.set(arcId, [...(arcPairs.get(arcId) ?? []), p.id]);
    pairs.set(p.id, {
      id: p.id,
      helper: helper.code,
      helped: helped.code,
      helperAnchored: helper.anchored,
      helpedAnchored: helped.anchored,
      arc: arcId,
    });
  }

  const arcs: MapArc[] = [...arcPairs].map(([id, pairIds]) => {
    const first = pairs.get(pairIds[0]!)!;
    const geometry = arc(canvas.point(first.helper), canvas.point(first.helped), { bend: 0.18, shortenEnd: 3, digits });
    return { id, from: first.helper, to: first.helped, d: geometry.d, head: arrowheadPath(geometry, 9, digits), pairIds };
  });

  const builtViews: MapView[] = views.map((v) => {
    const roles: Record<string, MapRoleInView> = {};
    const arcIds: string[] = [];
    for (const id of v.pairingIds) {
      const pair = pairs.get(id);
      if (!pair) throw new Error(`buildPairingMap: view ${viewId(v.kind, v.year)} lists pairing "${id}", which is not among the pairings.`);
      roles[pair.helper] = 'helper';
      if (roles[pair.helped] !== 'helper') roles[pair.helped] = 'helped';
      if (!arcIds.includes(pair.arc)) arcIds.push(pair.arc);
    }
    return {
      id: viewId(v.kind, v.year),
      kind: v.kind,
      year: v.year,
      page: viewPage(v.kind, v.year),
      pairIds: [...v.pairingIds],
      arcIds,
      roles,
    };
  });

  // Provinces first so prefecture overlays are drawn (and tabbed to) after the province beneath them.
  const regionList = [...regions.values()].sort(
    (a, b) => (a.layer === b.layer ? a.code.localeCompare(b.code) : a.layer === 'province' ? -1 : 1),
  );
  return { regions: regionList, pairs: [...pairs.values()], arcs, views: builtViews };
}

/** What changed between two views: pairings only in the later one, and pairings only in the earlier one. */
export interface ViewChanges {
  readonly added: readonly string[];
  readonly ended: readonly string[];
}

/**
 * Pairings added and ended between two views, compared by helper and helped
 * code (not by row id), so a pair that carries over into a new phase under a
 * new row is neither added nor ended. Order follows each view's own order.
 *
 * @example
 * compareViews(phase2013, phase2016, pairs) // { added: ['p-2016-…'], ended: ['p-1996-…'] }
 */
export function compareViews(
  before: Pick<MapView, 'pairIds'> | undefined,
  after: Pick<MapView, 'pairIds'>,
  pairings: readonly MapPairingInput[],
): ViewChanges {
  const byId = new Map(pairings.map((p) => [p.id, p]));
  const key = (id: string) => {
    const p = byId.get(id);
    return p ? `${p.helperCode}>${p.helpedCode}` : id;
  };
  const beforeKeys = new Set((before?.pairIds ?? []).map(key));
  const afterKeys = new Set(after.pairIds.map(key));
  return {
    added: after.pairIds.filter((id) => !beforeKeys.has(key(id))),
    ended: (before?.pairIds ?? []).filter((id) => !afterKeys.has(key(id))),
  };
}
