import { describe, expect, test } from 'vitest';
import { figureChartData, scopeLabel } from '../../../src/lib/content/figure-chart.ts';

const row = (id: string, metric: string, scope: string, start: string, end: string, value: string, sources = 's1') => ({
  id,
  metric,
  scope,
  period_start: start,
  period_end: end,
  value,
  source_ids: sources,
});
const figures = [
  row('w-2017', 'west', '330200>222400', '2017', '2017', '8', 's2'),
  row('e-nat', 'east', 'national', '2016-11', '2016-11', '249'),
  row('w-nat', 'west', 'national', '2016-11', '2016-11', '354', 's1;s3'),
];
const regions = [
  { code: '330200', name_zh: '宁波市', name_en: 'Ningbo City', name_kk: 'Нинбо қаласы' },
  { code: '222400', name_zh: '延边朝鲜族自治州', name_en: 'Yanbian Korean Autonomous Prefecture', name_kk: '' },
];
const FILE = 'content/explainers/en/county-pairing.mdx';

describe('figureChartData', () => {
  test('draws the asked metrics of one scope, oldest first, labelled and formatted', () => {
    const chart = figureChartData(figures, regions, { metric: 'east,west', scope: 'national', labels: 'Eastern, all|Western' }, 'en', FILE);
    expect(chart.bars).toEqual([
      { key: 'e-nat', label: 'Eastern, all · November 2016', value: 249, valueLabel: '249', group: 0 },
      { key: 'w-nat', label: 'Western · November 2016', value: 354, valueLabel: '354', group: 1 },
    ]);
    expect(chart.sourceIds).toEqual(['s1', 's3']);
  });

  test('colours the metrics by the given groups', () => {
    const chart = figureChartData(figures, regions, { metric: 'east,west', scope: 'national', groups: '1|1' }, 'en', FILE);
    expect(chart.bars.map((b) => b.group)).toEqual([1, 1]);
  });

  test('names the scope in words when the chart spans several scopes', () => {
    const chart = figureChartData(figures, regions, { metric: 'west', scope: '!national' }, 'zh', FILE);
    expect(chart.bars.map((b) => b.label)).toEqual(['宁波市 → 延边朝鲜族自治州 · 2017年']);
  });

  test('fails naming the file and the unknown metric', () => {
    expect(() => figureChartData(figures, regions, { metric: 'east,nope' }, 'en', FILE)).toThrow(
      `${FILE}: <FigureChart metric="east,nope" /> names "nope", not a metric in figures.csv. Known metrics: east, west.`,
    );
  });

  test('refuses to draw a value that is not a number, rather than drawing zero', () => {
    const bad = [row('x', 'east', 'national', '2016', '2016', '')];
    expect(() => figureChartData(bad, regions, { metric: 'east' }, 'en', FILE)).toThrow('figures.csv row "x" has value "", which cannot be drawn');
  });
});

describe('scopeLabel', () => {
  test('joins several regions on one side and falls back to Chinese for a missing name', () => {
    const names = new Map(regions.map((r) => [r.code, r]));
    expect(scopeLabel('330200+222400>222400', names, 'kk')).toBe('Нинбо қаласы, 延边朝鲜族自治州 → 延边朝鲜族自治州');
  });
});
