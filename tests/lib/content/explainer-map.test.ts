import { describe, expect, test } from 'vitest';
import { explainerMap } from '../../../src/lib/content/explainer-map.ts';
import { createMapContext } from '../../../src/lib/geo/map-pages.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { fakeBase } from '../../fixtures/geo/fake-base.ts';
import { pairingDataset } from '../../fixtures/geo/pairing-dataset.ts';

// The tiny hand-made dataset of the map tests: phases 1996 and 2016.
const ctx = createMapContext(pairingDataset, fakeBase, 2018);
const phases = [
  { id: '1996', start_year: '1996', end_year: '2002' },
  { id: '2016', start_year: '2016', end_year: '2021' },
];
const FILE = 'content/explainers/en/history.mdx';

describe('explainerMap', () => {
  test('shows the phase map page’s own view, as its light and dark figure files', () => {
    const map = explainerMap(phases, ctx, '2016', 'en', FILE);
    const view = ctx.phaseViews.find((v) => v.year === 2016)!;
    expect(map).toMatchObject({
      src: '/en/map/phase/2016/figure.svg',
      srcDark: '/en/map/phase/2016/figure-dark.svg',
      page: 'map/phase/2016',
      year: 2016,
      pairingCount: view.pairIds.length,
      width: fakeBase.width,
      height: fakeBase.height,
    });
  });

  test('describes the map in the page’s language with the number of pairings drawn', () => {
    const map = explainerMap(phases, ctx, '1996', 'kk', FILE.replace('/en/', '/kk/'));
    expect(map.alt).toBe(translate('kk', 'explainers.mapAlt', { view: map.heading, count: map.pairingCount }));
    expect(map.alt).toContain(String(map.pairingCount));
  });

  test('fails naming the file for an unknown phase', () => {
    expect(() => explainerMap(phases, ctx, '1999', 'en', FILE)).toThrow(`${FILE}: <PairingMap phase="1999" />`);
  });

  test('fails naming the file when the map has no view for a listed phase', () => {
    expect(() => explainerMap([...phases, { id: '2010', start_year: '2010', end_year: '2013' }], ctx, '2010', 'en', FILE)).toThrow(
      `${FILE}: <PairingMap phase="2010" />: the map has no view for the phase starting in 2010`,
    );
  });
});
