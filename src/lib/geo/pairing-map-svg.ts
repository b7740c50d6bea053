/**
 * SVG markup of the pairing map, as strings, at build time: the inline map of
 * a page (regions as links, arcs as links to table rows, roles as classes
 * styled by the site's CSS) and the standalone export (colours written in,
 * with title, legend, credit line, review number and dataset version), which
 * the PNG download also renders from.
 */
import type { ChinaBaseMap } from './china-map.ts';
import type { MapPalette } from './colors.ts';
import type { MapArc, MapView, PairingMapModel } from './pairing-map.ts';

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface MapSvgText {
  /** Accessible name of the whole map, e.g. "Map of the pairings: 2016 phase". */
  label: string;
  regionName(code: string): string;
  arcLabel(arc: MapArc): string;
}

export interface InlineMapSvgOptions {
  base: ChinaBaseMap;
  model: PairingMapModel;
  view: MapView;
  text: MapSvgText;
  /** Province codes outside the dataset: hatched as "no data". */
  nodata: ReadonlySet<string>;
  regionHref(code: string): string;
  /** Where an arc links to (the first table row of its pairings). */
  arcHref(arc: MapArc): string;
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix?: string;
  /**
   * The view cannot change (an embed): draw only what it shows, without the
   * overlays and arcs that only other views use.
   */
  fixedView?: boolean;
}

const hatchPattern = (id: string, bg: string, line: string) =>
  `<pattern id="${id}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<rect width="7" height="7"${bg}/><path d="M0,0v7"${line}/></pattern>`;

function baseLayers(base: ChinaBaseMap, cls: (name: string) => string): { borders: string; inset: string } {
  const f = base.inset.frame;
  return {
    borders:
      `<path${cls('pm-borders')} d="${base.provinceBorders}"/>` +
      `<path${cls('pm-outline')} d="${base.outline}"/>` +
      `<path${cls('pm-lines')} d="${base.lines}"/>`,
    inset:
      `<g${cls('pm-inset')}><rect${cls('pm-inset-frame')} x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}"/>` +
      `<path${cls('pm-inset-land')} d="${base.inset.land}"/>` +
      `<path${cls('pm-borders')} d="${base.inset.provinceBorders}"/>` +
      `<path${cls('pm-outline')} d="${base.inset.outline}"/>` +
      `<path${cls('pm-lines')} d="${base.inset.lines}"/></g>`,
  };
}

/**
 * The page's inline map for one view. Provinces are drawn first (regions in
 * some pairing as `<a class="pm-region">`, the others as plain paths, those
 * outside the dataset hatched), then the prefectures that ever take part (as
 * overlays, transparent when inactive), the borders, boundary lines and the
 * 南海诸岛 inset, and the arcs last (links to the table, `is-off` when not in
 * the view). Regions inactive in the view keep their link and name in
 * `data-href` and `data-label` instead of `href` and `aria-label`, so they are neither tab stops nor
 * announced; the browser script swaps them when it changes the view.
 *
 * @example
 * renderInlineMapSvg({ base, model, view, text, nodata: new Set(['710000']), regionHref, arcHref })
 * // '<svg class="pm-svg" viewBox="0 0 1000 750" …>…</svg>'
 */
export function renderInlineMapSvg(o: InlineMapSvgOptions): string {
  const prefix = o.idPrefix ?? 'pm';
  const involved = new Map(o.model.regions.map((r) => [r.code, r.layer]));
  const region = (code: string, d: string) => {
    const role = o.view.roles[code];
    const href = escapeXml(o.regionHref(code));
    const name = escapeXml(o.text.regionName(code));
    // Without href an <a> is a generic element, on which aria-label is not allowed: both come and go together.
    // An active region carries them once (the script parks them in data-* when the view changes).
    const link = role ? ` href="${href}" aria-label="${name}"` : ` data-href="${href}" data-label="${name}"`;
    return `<a class="pm-region${role ? ` is-${role}` : ''}" data-code="${code}"${link}><path d="${d}"/></a>`;
  };
  // With a fixed view, a region that takes no part in it is a plain shape.
  const drawn = (code: string, layer: 'province' | 'prefecture') => involved.get(code) === layer && (!o.fixedView || o.view.roles[code] !== undefined);
  const provinces = o.base.provinces
    .filter((p) => p.joinable)
    .map((p) => (drawn(p.code, 'province') ? region(p.code, p.d) : `<path class="pm-p${o.nodata.has(p.code) ? ' pm-nd' : ''}" d="${p.d}"/>`))
    .join('');
  // Units without a code of their own (Taiwan's counties) belong to a no-data province.
  const unjoinable = o.base.provinces.filter((p) => !p.joinable).map((p) => `<path class="pm-p pm-nd" d="${p.d}"/>`).join('');
  const prefectures = o.base.prefectures
    .filter((p) => drawn(p.code, 'prefecture'))
    .map((p) => region(p.code, p.d))
    .join('');
  const inView = new Set(o.view.arcIds);
  const arcs = o.model.arcs
    .filter((a) => !o.fixedView || inView.has(a.id))
    .map(
      (a) =>
        `<a class="pm-arc${inView.has(a.id) ? '' : ' is-off'}" data-arc="${a.id}" href="${escapeXml(o.arcHref(a))}" aria-label="${escapeXml(o.text.arcLabel(a))}">` +
        `<path class="pm-arc-halo" d="${a.d}"/><path class="pm-arc-line" d="${a.d}"/><path class="pm-arc-head" d="${a.head}"/></a>`,
    )
    .join('');
  const layers = baseLayers(o.base, (name) => ` class="${name}"`);
  return (
    `<svg class="pm-svg" viewBox="0 0 ${o.base.width} ${o.base.height}" role="group" aria-label="${escapeXml(o.text.label)}">` +
    `<defs>${hatchPattern(`${prefix}-hatch`, ' class="pm-hatch-bg"', ' class="pm-hatch-line"')}</defs>` +
    `<g class="pm-provinces">${provinces}${unjoinable}</g><g class="pm-prefectures">${prefectures}</g>` +
    layers.borders +
    layers.inset +
    `<g class="pm-arcs">${arcs}</g></svg>`
  );
}

export interface ExportMapSvgOptions {
  base: ChinaBaseMap;
  model: PairingMapModel;
  view: MapView;
  nodata: ReadonlySet<string>;
  palette: MapPalette;
  /** BCP 47 tag of the text, for `xml:lang`. */
  lang: string;
  title: string;
  legend: { helper: string; helped: string; unpaired: string; nodata: string; arc: string; levels: string };
  /** The boundary credit line with the review number (footer.boundaryCredit). */
  credit: string;
  /** "Dataset version 1.0.0 · https://…/en/map/phase/2016/" and the provenance page URL. */
  source: string;
  about: string;
}

/** Rough text width in em: CJK ideographs are 1em, other characters about 0.56em. */
function textWidthEm(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.56;
  return w;
}

/**
 * Breaks text into lines no wider than `maxEm`: at spaces where there are
 * any, anywhere between ideographs otherwise (Chinese has no spaces).
 *
 * @example
 * wrapText('Boundaries: Tianditu 2024 administrative divisions', 12) // ['Boundaries: Tianditu', '2024 administrative', 'divisions']
 */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (textWidthEm(candidate.trimEnd()) > maxEm && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * The rules of an exported map's regions, boundaries and arcs. Boundaries,
 * halos and the inset frame take the background (the palette's `nodata`,
 * white in the light scheme), outlines the muted ink.
 */
function mapStyle(p: MapPalette, muted = '#55575e'): string {
  return (
    `.r-helper{fill:${p.helper}}.r-helped{fill:${p.helped}}.r-unpaired{fill:${p.unpaired}}.r-nodata{fill:url(#hatch)}` +
    `.pm-borders{fill:none;stroke:${p.nodata};stroke-width:.8}.pm-outline{fill:none;stroke:${muted};stroke-width:.8}` +
    `.pm-lines{fill:none;stroke:${muted};stroke-width:1.2}.pm-inset-frame{fill:${p.nodata};stroke:${muted}}.pm-inset-land{fill:${p.unpaired}}` +
    `.halo{fill:none;stroke:${p.nodata};stroke-width:4;stroke-linecap:round;opacity:.8}.arc{fill:none;stroke:${p.arc};stroke-width:1.6;stroke-linecap:round}.head{fill:${p.arc}}`
  );
}

/** The drawn map of a view for the standalone files: regions by role, boundaries, inset and the view's arcs. */
function exportMapBody(o: Pick<ExportMapSvgOptions, 'base' | 'model' | 'view' | 'nodata'>): string {
  const role = (code: string) => o.view.roles[code];
  const fillOf = (code: string, fallback: string) => {
    const r = role(code);
    return r ? ` class="r-${r}"` : fallback;
  };
  const involved = new Map(o.model.regions.map((r) => [r.code, r.layer]));
  const provinces = o.base.provinces
    .map((pr) => {
      const nd = !pr.joinable || o.nodata.has(pr.code);
      const cls = involved.get(pr.code) === 'province' ? fillOf(pr.code, ' class="r-unpaired"') : nd ? ' class="r-nodata"' : ' class="r-unpaired"';
      return `<path${cls} d="${pr.d}"/>`;
    })
    .join('');
  const prefectures = o.base.prefectures
    .filter((pr) => involved.get(pr.code) === 'prefecture' && role(pr.code))
    .map((pr) => `<path class="r-${role(pr.code)!}" d="${pr.d}"/>`)
    .join('');
  const inView = new Set(o.view.arcIds);
  const arcs = o.model.arcs
    .filter((a) => inView.has(a.id))
    .map((a) => `<path class="halo" d="${a.d}"/><path class="arc" d="${a.d}"/><path class="head" d="${a.head}"/>`)
    .join('');
  const layers = baseLayers(o.base, (name) => ` class="${name}"`);
  return `${provinces}${prefectures}${layers.borders}${layers.inset}${arcs}`;
}

export interface FigureMapSvgOptions {
  base: ChinaBaseMap;
  model: PairingMapModel;
  view: MapView;
  nodata: ReadonlySet<string>;
  /** The colour scheme's palette, and its muted ink (outlines, hatching). */
  palette: MapPalette;
  muted: string;
  lang: string;
  /** The view's heading (the SVG's <title>). */
  title: string;
  /** The boundary credit line with the review number (the SVG's <desc>). */
  credit: string;
}

/**
 * The map of one view alone, as a small standalone SVG for `<img>` in the
 * explainers: no text drawn (the page carries the heading, the legend and
 * the credit in HTML, readable at any width), colours of one scheme in a
 * `<style>` (the page picks the light or dark file with `<picture>`).
 * Loaded lazily, six of them do not weigh on an explainer's first load.
 *
 * @example
 * renderFigureMapSvg({ base, model, view, nodata, palette: palettes.dark, muted: '#b4b6bd', lang: 'en', title: 'Pairings of the 2016 phase', credit })
 * // '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" … width="800" height="600" …'
 */
export function renderFigureMapSvg(o: FigureMapSvgOptions): string {
  const W = o.base.width;
  const H = o.base.height;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(o.lang)}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<title>${escapeXml(o.title)}</title><desc>${escapeXml(o.credit)}</desc>` +
    `<style>${mapStyle(o.palette, o.muted)}</style>` +
    `<defs>${hatchPattern('hatch', ` fill="${o.palette.nodata}"`, ` stroke="${o.muted}" stroke-width="1"`)}</defs>` +
    exportMapBody(o) +
    `</svg>\n`
  );
}

/**
 * A standalone SVG file of one view for download and for the PNG export: the
 * map in the light palette (colours written into a `<style>`, nothing
 * external), a title above, and below it the legend, the credit line with
 * the map review number, the dataset version with the view's address and the
 * provenance page's address. Fonts are the reader's system sans-serif with
 * Chinese fallbacks, as on the site.
 *
 * @example
 * renderExportMapSvg({ base, model, view, nodata, palette: palettes.light, lang: 'en', title: 'Pairings of the 2016 phase', … })
 * // '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function renderExportMapSvg(o: ExportMapSvgOptions): string {
  const W = o.base.width;
  const mapH = o.base.height;
  const top = 64;
  const pad = 24;
  const fontSize = 15;
  const lineH = 21;
  const maxEm = (W - 2 * pad) / fontSize;
  const p = o.palette;

  // Legend: swatch + label, two columns, then the notes and credits as wrapped lines.
  const legendItems: [string, string][] = [
    ['r-helper', o.legend.helper],
    ['r-helped', o.legend.helped],
    ['r-unpaired', o.legend.unpaired],
    ['r-nodata', o.legend.nodata],
  ];
  let y = top + mapH + 20;
  const colW = (W - 2 * pad) / 2;
  const legend = legendItems
    .map(([cls, label], i) => {
      const x = pad + (i % 2) * colW;
      const ly = y + Math.floor(i / 2) * (lineH + 6);
      return `<rect class="${cls} swatch" x="${x}" y="${ly}" width="22" height="15"/><text x="${x + 30}" y="${ly + 13}">${escapeXml(label)}</text>`;
    })
    .join('');
  y += 2 * (lineH + 6);
  const arcLegend =
    `<path class="arc" d="M${pad},${y + 8}Q${pad + 14},${y - 2} ${pad + 26},${y + 8}"/>` +
    `<text x="${pad + 34}" y="${y + 13}">${escapeXml(o.legend.arc)}</text>`;
  y += lineH + 8;
  const block = (text: string, cls: string) => {
    const lines = wrapText(text, maxEm);
    const out = lines.map((l, i) => `<text class="${cls}" x="${pad}" y="${y + 13 + i * lineH}">${escapeXml(l)}</text>`).join('');
    y += lines.length * lineH + 4;
    return out;
  };
  const notes = block(o.legend.levels, 'note') + block(o.credit, 'credit') + block(o.source, 'note') + block(o.about, 'note');
  const H = Math.ceil(y + pad / 2);

  const style =
    `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;font-size:${fontSize}px;fill:#1b1b1f}` +
    `.title{font-size:24px;font-weight:700}.credit{fill:#1b1b1f}.note{fill:#55575e}.swatch{stroke:#55575e;stroke-width:.75}` +
    mapStyle(p);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeXml(o.lang)}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<title>${escapeXml(o.title)}</title><desc>${escapeXml(o.credit)}</desc>` +
    `<style>${style}</style>` +
    `<defs>${hatchPattern('hatch', ' fill="#ffffff"', ` stroke="#8a8c93" stroke-width="1.4"`)}</defs>` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    `<text class="title" x="${pad}" y="40">${escapeXml(o.title)}</text>` +
    `<g transform="translate(0,${top})">${exportMapBody(o)}</g>` +
    legend +
    arcLegend +
    notes +
    `</svg>\n`
  );
}
