import { describe, expect, test } from 'vitest';
import { mapViewInputs } from '../../../src/lib/geo/map-pages.ts';
import { buildPairingMap } from '../../../src/lib/geo/pairing-map.ts';
import { escapeXml, renderFigureMapSvg, renderInlineMapSvg, wrapText } from '../../../src/lib/geo/pairing-map-svg.ts';
import { fakeBase } from '../../fixtures/geo/fake-base.ts';
import { fixtureCanvas, pairingDataset } from '../../fixtures/geo/pairing-dataset.ts';

const base = fakeBase;
const model = buildPairingMap(pairingDataset.pairings, mapViewInputs(pairingDataset, 2018), fixtureCanvas);
const view = model.views.find((v) => v.id === 'year-1996')!;
const options = {
  base,
  model,
  view,
  text: { label: 'Map <1996>', regionName: (c: string) => `R${c}`, arcLabel: (a: { from: string; to: string }) => `${a.from} helps ${a.to}` },
  nodata: new Set(['710000']),
  regionHref: (c: string) => `/en/regions/${c}/`,
  arcHref: (a: { pairIds: readonly string[] }) => `#pairing-${a.pairIds[0]}`,
};
const svg = renderInlineMapSvg(options);

describe('renderInlineMapSvg', () => {
  test('names the map and escapes the label', () => {
    expect(svg).toContain('aria-label="Map &lt;1996&gt;"');
  });

  test('links a region that takes part in the view, with its name and role', () => {
    expect(svg).toContain('<a class="pm-region is-helped" data-code="520200" href="/en/regions/520200/" aria-label="R520200">');
  });

  test('keeps an inactive region out of the tab order and without an ARIA name (an <a> without href may not have one)', () => {
    // 宁波 (drawn for the 2017 county pairing) takes no part in 1996.
    const ningbo = /<a class="pm-region" data-code="330200"[^>]*>/.exec(svg)?.[0] ?? '';
    expect(ningbo).not.toBe('');
    expect(ningbo).not.toContain(' href=');
    expect(ningbo).not.toContain('aria-label');
    expect(ningbo).toContain('data-href="/en/regions/330200/" data-label="R330200"');
  });

  test('hatches provinces outside the dataset and marks arcs outside the view as off', () => {
    expect(svg).toContain('<path class="pm-p pm-nd" d="M71,0h1v1z"/>');
    expect(svg).toContain('<a class="pm-arc" data-arc="210200-520200" href="#pairing-b" aria-label="210200 helps 520200">');
    expect(svg).toContain('<a class="pm-arc is-off" data-arc="330200-222400"');
  });

  test('draws the boundary lines in the main map and in the 南海诸岛 inset', () => {
    expect(svg).toContain('<path class="pm-lines" d="M1,1"/>');
    expect(svg).toContain('<path class="pm-lines" d="M81,51"/>');
  });

  test('with a fixed view (an embed) leaves out what only other views use', () => {
    const fixed = renderInlineMapSvg({ ...options, fixedView: true });
    expect(fixed).toContain('<a class="pm-arc" data-arc="210200-520200"');
    expect(fixed).not.toContain('is-off');
    expect(fixed).not.toContain('data-code="330200"');
    expect(fixed).not.toContain('data-href=');
    expect(fixed).toContain('<a class="pm-region is-helped" data-code="520200" href="/en/regions/520200/" aria-label="R520200">');
  });
});

describe('text helpers', () => {
  test('escapeXml escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  test('wrapText breaks Latin text at spaces and Chinese between characters', () => {
    expect(wrapText('Boundaries: Tianditu 2024 administrative divisions', 12)).toEqual(['Boundaries: Tianditu', '2024 administrative', 'divisions']);
    expect(wrapText('行政区划边界天地图', 4)).toEqual(['行政区划', '边界天地', '图']);
  });
});

describe('renderFigureMapSvg', () => {
  const palette = { helper: '#56b4e9', helped: '#e69f00', unpaired: '#3a3c44', nodata: '#141519', arc: '#d0d2d8' };
  const figure = renderFigureMapSvg({ base, model, view, nodata: new Set(['710000']), palette, muted: '#b4b6bd', lang: 'en', title: 'Map <1996>', credit: 'Boundaries: GS(2024)0650' });

  test('is a standalone file the size of the base map, named by its title and credit, with no drawn text', () => {
    expect(figure).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xml:lang="en" width="100" height="75" viewBox="0 0 100 75">/);
    expect(figure).toContain('<title>Map &lt;1996&gt;</title><desc>Boundaries: GS(2024)0650</desc>');
    expect(figure).not.toContain('<text');
  });

  test('draws the view’s roles and arcs in the scheme’s colours, boundaries in its background', () => {
    expect(figure).toContain(`.r-helper{fill:${palette.helper}}`);
    expect(figure).toContain(`.pm-borders{fill:none;stroke:${palette.nodata};`);
    expect(figure).toContain('.pm-outline{fill:none;stroke:#b4b6bd;');
    expect(figure.match(/<path class="arc" /g)).toHaveLength(view.arcIds.length);
    expect(figure).not.toContain('#ffffff');
  });
});
