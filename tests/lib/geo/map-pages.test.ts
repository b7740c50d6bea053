import { describe, expect, test } from 'vitest';
import {
  clientDataForView,
  activeInYear,
  createMapContext,
  embedPage,
  iframeCode,
  jsonForScript,
  mapClientData,
  pairingRows,
  phaseChanges,
  pngFileName,
  svgExportPath,
} from '../../../src/lib/geo/map-pages.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { fakeBase } from '../../fixtures/geo/fake-base.ts';
import { pairingDataset } from '../../fixtures/geo/pairing-dataset.ts';

const ctx = createMapContext(pairingDataset, fakeBase, 2018);

describe('activeInYear', () => {
  test('counts a row from its start to the year before its end (the successor takes the end year)', () => {
    expect(activeInYear({ startYear: 1996, endYear: 2016 }, 2015)).toBe(true);
    expect(activeInYear({ startYear: 1996, endYear: 2016 }, 2016)).toBe(false);
    expect(activeInYear({ startYear: 2021, endYear: null }, 2030)).toBe(true);
    expect(activeInYear({ startYear: 2017, endYear: 2017 }, 2017)).toBe(true);
  });

  test('never places a row whose start year is unknown in a single year', () => {
    expect(activeInYear({ startYear: null, endYear: 2010 }, 2005)).toBe(false);
  });
});

describe('createMapContext', () => {
  test('shows the newest phase by default and gives every paired and every drawn region a page', () => {
    expect(ctx.defaultView.id).toBe('phase-2016');
    expect(ctx.regionCodes).toEqual(['110000', '150000', '210200', '222400', '222401', '330200', '330203', '520200']);
  });
});

describe('pairingRows', () => {
  const rows = pairingRows(ctx, 'en');
  const byId = new Map(rows.map((r) => [r.id, r]));

  test('names a county and says where the map draws it', () => {
    expect(byId.get('d')?.helper).toEqual({ code: '330203', name: 'Haishu District', href: '/en/regions/330203/', shownAt: 'Ningbo' });
  });

  test('links the row’s phase and document, and skips a source id the sources table lacks', () => {
    const c = byId.get('c')!;
    expect(c.phase?.href).toBe('/en/map/phase/2016/');
    expect(c.sources.map((s) => s.id)).toEqual(['s1']);
    expect(byId.get('a')?.document?.number).toBe('国办发〔1996〕26号');
    expect(c.years).toBe(translate('en', 'map.yearsFrom', { start: 2016 }));
  });
});

describe('mapClientData', () => {
  const data = mapClientData(ctx, 'zh', pairingRows(ctx, 'zh'), {
    siteUrl: 'https://example.org/',
    siteTitle: 'T',
    pathFor: (v) => `/zh/${v.page}/`,
  });

  test('gives every view its URL, heading, SVG export and embed codes, pinned to the dataset version', () => {
    const v = data.views.find((x) => x.id === 'phase-2016')!;
    expect(v.url).toBe('/zh/map/phase/2016/');
    expect(v.heading).toBe(translate('zh', 'map.phaseHeading', { year: 2016 }));
    expect(v.svg).toBe('/zh/map/phase/2016/map.svg');
    expect(v.live).toContain('src="https://example.org/zh/embed/map/phase/2016/"');
    expect(v.pinned).toContain('src="https://example.org/zh/embed/v/0.0.1/map/phase/2016/"');
    expect(v.pairs).toEqual(['c', 'd']);
  });

  test('carries each pairing’s tooltip in the page language and the drawn ends', () => {
    expect(data.pairs['b']).toMatchObject({ t: '大连市 → 六盘水市', h: '210200', d: '520200', a: '210200-520200' });
  });

  test('keeps only the view and its pairings for an embed, which cannot switch views', () => {
    const one = clientDataForView(data, 'phase-2016');
    expect(one.views.map((v) => v.id)).toEqual(['phase-2016']);
    expect(Object.keys(one.pairs).sort()).toEqual(['c', 'd']);
    expect(one.text).toBe(data.text);
  });

  test('refuses a view the data does not have', () => {
    expect(() => clientDataForView(data, 'phase-1900')).toThrow(/no view "phase-1900"/);
  });
});

describe('phaseChanges', () => {
  test('lists what each phase added and ended since the previous one', () => {
    const changes = phaseChanges(ctx).map(({ view, changes }) => [view.id, changes.added, changes.ended]);
    // 北京→内蒙古 carries over into 2016 under a new row: neither added nor ended.
    expect(changes).toEqual([
      ['phase-1996', ['a', 'b'], []],
      ['phase-2016', ['d'], ['b']],
    ]);
  });
});

describe('addresses and embed code', () => {
  test('give the embed pages, SVG export and PNG file name of a view', () => {
    expect(embedPage({ kind: 'year', year: 2005 })).toBe('embed/map/year/2005');
    expect(embedPage({ kind: 'year', year: 2005 }, '1.0.0')).toBe('embed/v/1.0.0/map/year/2005');
    expect(svgExportPath('kk', { kind: 'phase', year: 2016 })).toBe('/kk/map/phase/2016/map.svg');
    expect(pngFileName('en', { kind: 'phase', year: 2016 })).toBe('pairings-en-phase-2016.png');
  });

  test('iframeCode escapes the title and makes the address absolute', () => {
    expect(iframeCode('https://example.org/', '/en/embed/map/phase/2016/', 'A "quoted" <title>')).toBe(
      '<iframe src="https://example.org/en/embed/map/phase/2016/" title="A &quot;quoted&quot; &lt;title>" width="100%" height="720" loading="lazy" style="border:0"></iframe>',
    );
  });

  test('jsonForScript cannot close the script element it is written into', () => {
    expect(jsonForScript({ s: '</script>' })).toBe('{"s":"\\u003c/script>"}');
  });
});
