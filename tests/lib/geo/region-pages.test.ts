import { describe, expect, test } from 'vitest';
import { createMapContext } from '../../../src/lib/geo/map-pages.ts';
import type { MapDataset } from '../../../src/lib/geo/map-dataset.ts';
import {
  figureMetricLabel,
  figurePeriodLabel,
  figureValueLabel,
  levelLabel,
  regionIndex,
  regionPageData,
  scopeLabel,
} from '../../../src/lib/geo/region-pages.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';
import { fakeBase } from '../../fixtures/geo/fake-base.ts';
import { pairingDataset } from '../../fixtures/geo/pairing-dataset.ts';



const dataset: MapDataset = {
  ...pairingDataset,
  figures: [
    {
      id: 'f1', metric: 'aid-funds', labels: {}, notes: { en: 'Cumulative.' }, scope: '210200>520200', value: '15', unit: 'yuan-100m',
      period: '1996–2011', periodStart: '1996', periodEnd: '2011', scopeCodes: ['210200', '520200'], sourceIds: ['s1'], confidence: 'high',
    },
  ],
};
const ctx = createMapContext(dataset, fakeBase, 2018);

describe('regionPageData', () => {
  test('lists Liupanshui’s pairing with Dalian as "is helped by", with years, phase, document and map link', () => {
    const page = regionPageData(ctx, 'en', '520200');
    expect(page.name).toBe('Liupanshui');
    expect(page.pairings).toHaveLength(1);
    expect(page.pairings[0]).toMatchObject({
      role: 'helped',
      relation: translate('en', 'region.roleHelpedBy'),
      partner: { code: '210200', name: 'Dalian', href: '/en/regions/210200/' },
      years: '1996–2013',
      phase: { href: '/en/map/phase/1996/' },
      document: { number: '国办发〔1996〕26号' },
      mapHref: '/en/map/phase/1996/#pairing-b',
    });
  });

  test('numbers sources in order of first use, shared by pairing and figure rows', () => {
    const page = regionPageData(ctx, 'en', '520200');
    expect(page.sources.map((s) => [s.n, s.id, s.anchor])).toEqual([[1, 's1', 'source-s1']]);
    expect(page.pairings[0]?.sources[0]?.n).toBe(1);
    expect(page.figures[0]?.sources[0]?.n).toBe(1);
  });

  test('shows the figures whose scope names the region, with label, unit, period and scope in words', () => {
    const [figure] = regionPageData(ctx, 'en', '520200').figures;
    expect(figure).toMatchObject({
      label: 'Aid funds',
      value: '15 × 100 million yuan',
      period: '1996–2011',
      scope: 'Dalian → Liupanshui',
      note: 'Cumulative.',
    });
  });

  test('skips a source id that the sources table lacks instead of inventing one', () => {
    const page = regionPageData(ctx, 'en', '150000');
    expect(page.pairings.map((p) => p.sources.map((s) => s.id))).toEqual([['s1'], ['s1']]);
  });

  test('says at which prefecture a county is drawn and links its parent', () => {
    const page = regionPageData(ctx, 'zh', '222401');
    expect(page.drawnAt).toEqual({ code: '222400', name: '延边朝鲜族自治州', href: '/zh/regions/222400/' });
    expect(page.parent?.code).toBe('222400');
    // 延边 has a page although no pairing names it: the map draws Yanji there.
    expect(page.parent?.href).toBe('/zh/regions/222400/');
    expect(page.kkUnreviewed).toBe(true);
  });

  test('links the newest phase in which the region takes part', () => {
    expect(regionPageData(ctx, 'en', '150000').mapView?.id).toBe('phase-2016');
    expect(regionPageData(ctx, 'en', '520200').mapView?.id).toBe('phase-1996');
  });

  test('fails for a code that neither the regions nor the pairings name', () => {
    expect(() => regionPageData(ctx, 'en', '990000')).toThrow('no region 990000 in dataset 0.0.1');
  });
});

describe('regionIndex', () => {
  test('groups helping and helped regions with their number of pairing rows', () => {
    const [helpers, helped] = regionIndex(ctx, 'en');
    expect(helpers?.regions.map((r) => [r.code, r.count])).toEqual([['110000', 2], ['210200', 1], ['330203', 1]]);
    expect(helped?.regions.map((r) => r.code)).toEqual(['150000', '222401', '520200']);
  });
});

describe('labels', () => {
  test('levelLabel words a known level and calls an unknown one "other"', () => {
    expect(levelLabel('en', 'autonomous-prefecture')).toBe(translate('en', 'region.levelAutonomousPrefecture'));
    expect(levelLabel('en', 'banner-of-sorts')).toBe(translate('en', 'region.levelOther'));
  });

  test('figureMetricLabel shows an unknown metric by its id', () => {
    expect(figureMetricLabel('kk', 'aid-funds')).toBe(translate('kk', 'region.metricAidFunds'));
    expect(figureMetricLabel('en', 'new-metric')).toBe('new-metric');
  });

  test('figureValueLabel formats the number and keeps a non-number as published', () => {
    expect(figureValueLabel('zh', '139.74', 'yuan-100m')).toBe('139.74亿元');
    expect(figureValueLabel('en', 'n/a', 'county')).toBe('n/a counties');
  });

  test('figurePeriodLabel writes an open start as "…"', () => {
    expect(figurePeriodLabel('en', '', '2020')).toBe('…–2020');
    expect(figurePeriodLabel('en', '2018', '2018')).toBe('2018');
  });

  test('scopeLabel writes a compound scope in names and "*" as all helpers', () => {
    expect(scopeLabel(ctx, 'en', '110000+210200>150000')).toBe('Beijing + Dalian → Inner Mongolia');
    expect(scopeLabel(ctx, 'en', '*>520200')).toBe(`${translate('en', 'region.scopeAll')} → Liupanshui`);
    expect(scopeLabel(ctx, 'en', 'national')).toBe('');
  });
});
