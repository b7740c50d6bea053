import { describe, expect, test } from 'vitest';
import { fitTitle } from '../../../src/lib/geo/page-title.ts';
import { translate } from '../../../src/lib/i18n/translate.ts';

const full = (locale: 'en' | 'kk', own: string) => `${own} · ${translate(locale, 'site.title')}`;

describe('fitTitle', () => {
  test('keeps the first candidate when the full title fits in 70 characters', () => {
    expect(fitTitle('en', ['Pairings of the 2016 phase', '2016 phase'])).toBe('Pairings of the 2016 phase');
  });

  test('falls back to a shorter candidate when the first is too long', () => {
    const long = 'x'.repeat(60);
    expect(fitTitle('kk', [long, 'short'])).toBe('short');
  });

  test('shortens the first candidate with an ellipsis when none fits, within 70 characters', () => {
    const title = fitTitle('en', ['Qiandongnan Miao and Dong Autonomous Prefecture and more words']);
    expect(title.endsWith('…')).toBe(true);
    expect([...full('en', title)].length).toBeLessThanOrEqual(70);
  });
});
