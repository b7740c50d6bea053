import { describe, expect, test } from 'vitest';
import { toApa, toApaHtml } from '../../../src/lib/cite/apa.ts';
import { DATASET, MAP_VIEW, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('toApa', () => {
  test('cites a dataset release in en with the version in parentheses and [Data set]', () => {
    expect(toApa(DATASET, 'en')).toBe(
      'East–West Cooperation Pairings project. (2026). East–West cooperation pairings (Version 1.2.0) [Data set]. https://example.org/data/pairings/1.2.0/',
    );
  });

  test('cites a dataset release in zh with 版本 and [数据集]', () => {
    expect(toApa(DATASET, 'zh')).toBe(
      '东西部协作结对数据项目. (2026). 东西部协作结对数据 (版本 1.2.0) [数据集]. https://example.org/data/pairings/1.2.0/',
    );
  });

  test('cites a dataset release in kk with Нұсқа and [Деректер жинағы]', () => {
    expect(toApa(DATASET, 'kk')).toBe(
      'Шығыс–Батыс ынтымақтастығының жұптары жобасы. (2026). Шығыс–Батыс ынтымақтастығы жұптары (Нұсқа 1.2.0) [Деректер жинағы]. https://example.org/data/pairings/1.2.0/',
    );
  });

  test('cites a webpage with its full date and no retrieval statement while the date of access is unknown', () => {
    expect(toApa(WEBPAGE, 'en')).toBe('East–West Cooperation Pairings project. (2026, November 20). About this site. https://example.org/en/about/');
    expect(toApa(WEBPAGE, 'zh')).toBe('东西部协作结对数据项目. (2026年11月20日). 关于本站. https://example.org/en/about/');
  });

  test('adds "Retrieved Month D, YYYY, from URL" once the date of access is known', () => {
    const seen = { ...WEBPAGE, accessed: '2026-11-23' };
    expect(toApa(seen, 'en')).toBe(
      'East–West Cooperation Pairings project. (2026, November 20). About this site. Retrieved November 23, 2026, from https://example.org/en/about/',
    );
    expect(toApa(seen, 'kk')).toBe(
      'Шығыс–Батыс ынтымақтастығының жұптары жобасы. (2026, 20 қараша). Сайт туралы. 2026 ж. 23 қараша алынды: https://example.org/en/about/',
    );
  });

  test('names the publisher only when it is not the author', () => {
    expect(toApa({ ...DATASET, publisher: 'Example Data Archive' }, 'en')).toBe(
      'East–West Cooperation Pairings project. (2026). East–West cooperation pairings (Version 1.2.0) [Data set]. Example Data Archive. https://example.org/data/pairings/1.2.0/',
    );
  });

  test('names the map view in the title of a view citation', () => {
    expect(toApa(MAP_VIEW, 'en')).toContain('East–West cooperation pairings: map of pairings in 2016 (Version 1.2.0) [Data set].');
  });

  test('points to the DOI resolver instead of the page when there is a DOI', () => {
    expect(toApa({ ...DATASET, identifier: { scheme: 'doi', value: '10.9999/example.1' } }, 'en')).toMatch(/\[Data set\]\. https:\/\/doi\.org\/10\.9999\/example\.1$/);
  });

  test('italicises the title and escapes HTML in the HTML form', () => {
    expect(toApaHtml({ ...DATASET, title: 'Pairs <&> "funds"' }, 'en')).toBe(
      'East–West Cooperation Pairings project. (2026). <i>Pairs &#60;&#38;&#62; &#34;funds&#34;</i> (Version 1.2.0) [Data set]. https://example.org/data/pairings/1.2.0/',
    );
  });
});
