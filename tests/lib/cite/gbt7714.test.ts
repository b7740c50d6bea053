import { describe, expect, test } from 'vitest';
import { toGbt7714 } from '../../../src/lib/cite/gbt7714.ts';
import { DATASET, MAP_VIEW, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('toGbt7714', () => {
  test('cites a dataset release as [DS/OL] with version, publisher, year, date and the 引用日期 slot in zh', () => {
    expect(toGbt7714(DATASET, 'zh')).toBe(
      '东西部协作结对数据项目. 东西部协作结对数据[DS/OL]. V1.2.0. 东西部协作结对数据项目, 2026(2026-11-20)[引用日期]. https://example.org/data/pairings/1.2.0/.',
    );
  });

  test('cites the same release in en with English names and an English placeholder', () => {
    expect(toGbt7714(DATASET, 'en')).toBe(
      'East–West Cooperation Pairings project. East–West cooperation pairings[DS/OL]. V1.2.0. East–West Cooperation Pairings project, 2026(2026-11-20)[date of access]. https://example.org/data/pairings/1.2.0/.',
    );
  });

  test('puts a known date of access in square brackets as YYYY-MM-DD', () => {
    expect(toGbt7714({ ...DATASET, accessed: '2026-11-23' }, 'zh')).toContain('2026(2026-11-20)[2026-11-23]. https://');
  });

  test('cites a webpage by its own project as [EB/OL] with no publisher block, as the standard examples do', () => {
    expect(toGbt7714(WEBPAGE, 'zh')).toBe(
      '东西部协作结对数据项目. 关于本站[EB/OL]. (2026-11-20)[引用日期]. https://example.org/en/about/.',
    );
    expect(toGbt7714(WEBPAGE, 'en')).toBe(
      'East–West Cooperation Pairings project. About this site[EB/OL]. (2026-11-20)[date of access]. https://example.org/en/about/.',
    );
  });

  test('names a map view as other title information after the dataset title', () => {
    expect(toGbt7714(MAP_VIEW, 'zh')).toBe(
      '东西部协作结对数据项目. 东西部协作结对数据: 2016年结对地图[DS/OL]. V1.2.0. 东西部协作结对数据项目, 2026(2026-11-20)[引用日期]. https://example.org/zh/map/2016/.',
    );
  });

  test('adds the place before the publisher and a DOI at the end when they are known', () => {
    const record = { ...DATASET, publisherPlace: '北京', identifier: { scheme: 'doi' as const, value: '10.9999/example.1' } };
    expect(toGbt7714(record, 'zh')).toBe(
      '东西部协作结对数据项目. 东西部协作结对数据[DS/OL]. V1.2.0. 北京: 东西部协作结对数据项目, 2026(2026-11-20)[引用日期]. https://example.org/data/pairings/1.2.0/. DOI:10.9999/example.1.',
    );
  });

  test('does not double the full stop after a creator that ends with one', () => {
    expect(toGbt7714({ ...WEBPAGE, creator: 'Example Co.', publisher: 'Example Co.' }, 'en')).toMatch(/^Example Co\. About this site\[EB\/OL\]/);
  });
});
