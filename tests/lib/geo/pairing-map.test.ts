import { describe, expect, test } from 'vitest';
import { mapViewInputs } from '../../../src/lib/geo/map-pages.ts';
import { buildPairingMap, compareViews, drawnRegion, viewPage } from '../../../src/lib/geo/pairing-map.ts';
import { fixtureCanvas, pairingDataset } from '../../fixtures/geo/pairing-dataset.ts';

const model = buildPairingMap(pairingDataset.pairings, mapViewInputs(pairingDataset, 2018), fixtureCanvas);
const view = (id: string) => {
  const v = model.views.find((x) => x.id === id);
  if (!v) throw new Error(`no view ${id}`);
  return v;
};

describe('drawnRegion', () => {
  test('draws a province-level code as the province, even for a municipality that is also a prefecture', () => {
    expect(drawnRegion('110000', fixtureCanvas)).toEqual({ code: '110000', layer: 'province', anchored: false });
  });

  test('draws a county at its prefecture and says it is anchored', () => {
    expect(drawnRegion('222401', fixtureCanvas)).toEqual({ code: '222400', layer: 'prefecture', anchored: true });
  });

  test('returns undefined for a code whose prefecture and province are both missing', () => {
    expect(drawnRegion('990101', fixtureCanvas)).toBeUndefined();
  });
});

describe('buildPairingMap with the fixture dataset', () => {
  test('offers the phases in order of start year, then every year up to the current one', () => {
    expect(model.views.map((v) => v.id)).toEqual([
      'phase-1996',
      'phase-2016',
      ...Array.from({ length: 2018 - 1996 + 1 }, (_, i) => `year-${1996 + i}`),
    ]);
    expect(view('phase-2016').page).toBe(viewPage('phase', 2016));
  });

  test('draws Beijing → Inner Mongolia and Dalian → Liupanshui in 1996', () => {
    expect(view('year-1996').pairIds).toEqual(['a', 'b']);
    expect(view('year-1996').arcIds).toEqual(['110000-150000', '210200-520200']);
    expect(view('year-1996').roles).toEqual({ '110000': 'helper', '150000': 'helped', '210200': 'helper', '520200': 'helped' });
  });

  test('in 2016 the re-listed row replaces the 1996 row and Dalian → Liupanshui is gone', () => {
    expect(view('year-2016').pairIds).toEqual(['c']);
    expect(view('year-2016').roles['520200']).toBeUndefined();
    expect(view('year-2016').roles['210200']).toBeUndefined();
  });

  test('the county pairing of 2017 is drawn between the two prefectures', () => {
    expect(view('year-2017').pairIds).toEqual(['c', 'd']);
    expect(view('year-2017').roles).toMatchObject({ '330200': 'helper', '222400': 'helped' });
    const pair = model.pairs.find((p) => p.id === 'd');
    expect(pair).toMatchObject({ helper: '330200', helped: '222400', helperAnchored: true, helpedAnchored: true });
  });

  test('rows with the same drawn ends share one arc', () => {
    const arc = model.arcs.find((a) => a.id === '110000-150000');
    expect(arc?.pairIds).toEqual(['a', 'c']);
    expect(model.arcs).toHaveLength(3);
  });

  test('arcs are curved and end in an arrowhead', () => {
    const arc = model.arcs[0]!;
    expect(arc.d).toMatch(/^M[\d.,-]+Q[\d.,-]+ [\d.,-]+$/);
    expect(arc.head).toMatch(/^M.*L.*L.*Z$/);
  });

  test('a phase view shows the rows of that phase, whatever their years', () => {
    expect(view('phase-1996').pairIds).toEqual(['a', 'b']);
    expect(view('phase-2016').pairIds).toEqual(['c', 'd']);
  });

  test('refuses a pairing whose region the base map cannot draw', () => {
    expect(() =>
      buildPairingMap([{ id: 'x', helperCode: '110000', helpedCode: '990101' }], [], fixtureCanvas),
    ).toThrow(/pairing "x" has code 990101/);
  });

  test('refuses a view that lists an unknown pairing', () => {
    expect(() => buildPairingMap([], [{ kind: 'year', year: 2000, pairingIds: ['nope'] }], fixtureCanvas)).toThrow(
      /view year-2000 lists pairing "nope"/,
    );
  });
});

describe('compareViews', () => {
  test('a pair re-listed under a new row in the next phase is neither added nor ended', () => {
    const changes = compareViews(view('phase-1996'), view('phase-2016'), pairingDataset.pairings);
    expect(changes).toEqual({ added: ['d'], ended: ['b'] });
  });

  test('everything is added in the first phase', () => {
    expect(compareViews(undefined, view('phase-1996'), pairingDataset.pairings)).toEqual({ added: ['a', 'b'], ended: [] });
  });
});

describe('phase views', () => {
  test('a phase shows the pairings that carry on from an earlier phase, so they are not counted as ended', () => {
    const ds = {
      ...pairingDataset,
      phases: [...pairingDataset.phases, { id: '2002', startYear: 2002, endYear: 2010, titles: { zh: '', en: '', kk: '' } }],
    };
    const views = mapViewInputs(ds, 2018);
    const phase2002 = views.find((v) => v.kind === 'phase' && v.year === 2002);
    // 北京→内蒙古 (1996–2016) and 大连→六盘水 (1996–2013) are both in force in 2002–2009.
    expect(phase2002?.pairingIds).toEqual(['a', 'b']);
    const phase1996 = views.find((v) => v.kind === 'phase' && v.year === 1996)!;
    expect(compareViews({ pairIds: phase1996.pairingIds }, { pairIds: phase2002!.pairingIds }, ds.pairings)).toEqual({ added: [], ended: [] });
  });
});
