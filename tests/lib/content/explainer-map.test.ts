import { describe, expect, test } from 'vitest';
import { explainerMap } from '../../../src/lib/content/explainer-map.ts';

// Real base map (src/generated/china.topo.json), tiny hand-made dataset rows.
const tables = {
  phases: [{ id: '1996', start_year: '1996', end_year: '2002' }],
  pairings: [
    { id: 'p1', helper_code: '350000', helped_code: '640000', phase: '1996' },
    { id: 'p2', helper_code: '110000', helped_code: '150000', phase: '2016' },
  ],
  regions: [
    { code: '350000', name_zh: '福建省', name_en: 'Fujian Province', name_kk: 'Фуцзянь провинциясы' },
    { code: '640000', name_zh: '宁夏回族自治区', name_en: 'Ningxia Hui Autonomous Region', name_kk: '' },
  ],
};
const FILE = 'content/explainers/en/history.mdx';

describe('explainerMap', () => {
  test('draws only the pairings of the asked phase, with arcs linking to the phase map page', () => {
    const map = explainerMap(tables, '1996', 'en', FILE);
    expect(map).toMatchObject({ page: 'map/phase/1996', year: 1996, pairingCount: 1 });
    expect(map.svg).toContain('aria-label="Fujian Province helps Ningxia Hui Autonomous Region"');
    expect(map.svg).toContain('href="/en/map/phase/1996/#pairing-p1"');
    expect(map.svg).not.toContain('data-code="110000" data-href="/en/regions/110000/" href=');
  });

  test('links regions to their pages in the page’s locale and names them in it, Chinese when no name exists', () => {
    const map = explainerMap(tables, '1996', 'kk', FILE);
    expect(map.svg).toContain('href="/kk/regions/350000/" aria-label="Фуцзянь провинциясы"');
    expect(map.svg).toContain('aria-label="宁夏回族自治区"');
  });

  test('hatches the regions outside the dataset with this map’s own pattern', () => {
    expect(explainerMap(tables, '1996', 'en', FILE).svg).toContain('class="pm-p pm-nd" fill="url(#xm-1996-hatch)"');
  });

  test('fails naming the file for an unknown phase', () => {
    expect(() => explainerMap(tables, '1999', 'en', FILE)).toThrow(`${FILE}: <PairingMap phase="1999" />`);
  });
});
