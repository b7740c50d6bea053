import { describe, expect, test } from 'vitest';
import { createMapContext } from '../../../src/lib/geo/map-pages.ts';
import { cachedClientJson, cachedPairingRows, currentMapYear, exportSvg, mapViewPaths, viewLinks, viewPath } from '../../../src/lib/geo/site-map.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { fakeBase } from '../../fixtures/geo/fake-base.ts';
import { pairingDataset } from '../../fixtures/geo/pairing-dataset.ts';

const ctx = createMapContext(pairingDataset, fakeBase, 2018);
const phase2016 = ctx.phaseViews.find((v) => v.id === 'phase-2016')!;

describe('currentMapYear', () => {
  test('is the UTC calendar year of the build', () => {
    expect(currentMapYear(new Date('2026-12-31T23:30:00-02:00'))).toBe(2027);
  });
});

describe('viewPath and viewLinks', () => {
  test('give a view’s address on the map page, the live embed and the pinned embed', () => {
    expect(viewPath(ctx, 'en', 'page')(phase2016)).toBe('/en/map/phase/2016/');
    expect(viewPath(ctx, 'zh', 'embed')(phase2016)).toBe('/zh/embed/map/phase/2016/');
    expect(viewPath(ctx, 'kk', 'pinned')(phase2016)).toBe('/kk/embed/v/0.0.1/map/phase/2016/');
  });

  test('list every phase and year and mark the current view', () => {
    const links = viewLinks(ctx, 'en', phase2016);
    expect(links.phases.map((l) => [l.label, l.current])).toEqual([
      [translate('en', 'map.phaseLink', { year: 1996 }), false],
      [translate('en', 'map.phaseLink', { year: 2016 }), true],
    ]);
    expect(links.years.map((l) => l.year)).toEqual(Array.from({ length: 2018 - 1996 + 1 }, (_, i) => 1996 + i));
  });
});

describe('exportSvg', () => {
  const svg = exportSvg(ctx, 'zh', phase2016, 'https://example.org/');

  test('is a standalone SVG titled with the view in the page language', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xml:lang="zh-CN"');
    expect(svg).toContain(`<title>${translate('zh', 'map.phaseHeading', { year: 2016 })} · ${translate('zh', 'site.title')}</title>`);
  });

  test('carries the legend, the credit line with the review number, the version and the provenance page', () => {
    expect(svg).toContain(translate('zh', 'map.legendHelper'));
    expect(svg).toContain('GS(2024)0650');
    expect(svg).toContain('0.0.1');
    expect(svg).toContain('https://example.org/zh/map/about/');
    expect(svg).toContain('https://example.org/zh/map/phase/2016/');
  });

  test('draws only the arcs of the view', () => {
    expect(svg.match(/class="arc" d=/g)).toHaveLength(phase2016.arcIds.length + 1 /* the legend's sample arc */);
  });
});

describe('mapViewPaths', () => {
  test('gives every view a page in every language, with extra params and props', () => {
    const paths = mapViewPaths(ctx.phaseViews, { params: { version: '0.0.1' }, props: { scheme: 'dark' } });
    expect(paths).toHaveLength(3 * ctx.phaseViews.length);
    expect(paths[0]).toEqual({ params: { lang: 'zh', kind: 'phase', year: '1996', version: '0.0.1' }, props: { view: ctx.phaseViews[0], scheme: 'dark' } });
    expect(new Set(paths.map((p) => p.params.lang))).toEqual(new Set(['zh', 'en', 'kk']));
  });
});

describe('cached page data', () => {
  test('computes the rows and the client JSON once per context and locale', () => {
    expect(cachedPairingRows(ctx, 'en')).toBe(cachedPairingRows(ctx, 'en'));
    const view = ctx.phaseViews[0]!;
    const json = cachedClientJson(ctx, 'kk', 'page', 'https://example.org/', view);
    expect(cachedClientJson(ctx, 'kk', 'page', 'https://example.org/', view)).toBe(json);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).views[0].url).toBe('/kk/map/phase/1996/');
  });

  test('gives an embed the data of its own view only', () => {
    const view = ctx.phaseViews[ctx.phaseViews.length - 1]!;
    const embed = JSON.parse(cachedClientJson(ctx, 'kk', 'embed', 'https://example.org/', view));
    expect(embed.views.map((v: { id: string }) => v.id)).toEqual([view.id]);
    expect(embed.views[0].url).toBe(`/kk/embed/map/${view.kind}/${view.year}/`);
    expect(Object.keys(embed.pairs).sort()).toEqual([...view.pairIds].sort());
  });
});
