import { describe, expect, test } from 'vitest';
import { accessedDateText, localIsoDate, splitAccessed } from '../../../src/lib/cite/accessed.ts';
import { toGbt7714 } from '../../../src/lib/cite/gbt7714.ts';
import { DATASET } from '../../fixtures/cite/records.ts';

describe('date of access', () => {
  test('splitAccessed isolates the placeholder so a component can wrap it for the browser', () => {
    expect(splitAccessed(toGbt7714(DATASET, 'zh'), 'zh')).toEqual([
      { text: '东西部协作结对数据项目. 东西部协作结对数据[DS/OL]. V1.2.0. 东西部协作结对数据项目, 2026(2026-11-20)[' },
      { accessed: '引用日期' },
      { text: ']. https://example.org/data/pairings/1.2.0/.' },
    ]);
  });

  test('splitAccessed returns text without a placeholder as a single segment', () => {
    expect(splitAccessed('no slot here', 'en')).toEqual([{ text: 'no slot here' }]);
  });

  test('filling the slot with the ISO date gives the same text as a known date of access', () => {
    const filled = splitAccessed(toGbt7714(DATASET, 'kk'), 'kk')
      .map((s) => ('text' in s ? s.text : accessedDateText('2026-11-23')))
      .join('');
    expect(filled).toBe(toGbt7714({ ...DATASET, accessed: '2026-11-23' }, 'kk'));
  });

  test('localIsoDate uses the local calendar day with zero padding', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  test('accessedDateText writes RIS dates with slashes and rejects other shapes', () => {
    expect(accessedDateText('2026-11-23', 'ris')).toBe('2026/11/23/');
    expect(accessedDateText('2026-11-23')).toBe('2026-11-23');
    expect(() => accessedDateText('23.11.2026')).toThrow('accessedDateText: "23.11.2026" is not a date of the form YYYY-MM-DD.');
  });
});
