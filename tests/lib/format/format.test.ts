import { describe, expect, test } from 'vitest';
import { formatDate, languageName } from '../../../src/lib/format/date.ts';
import { formatBytes, formatNumber } from '../../../src/lib/format/number.ts';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  test('formats Kazakh with no-break-space groups and a decimal comma', () => {
    expect(formatNumber('kk', 1234567.8)).toBe(`1${NBSP}234${NBSP}567,8`);
  });

  test('formats Chinese and English with comma groups and a decimal point', () => {
    expect(formatNumber('zh', 1234567.8)).toBe('1,234,567.8');
    expect(formatNumber('en', 1234567.8)).toBe('1,234,567.8');
  });

  test('refuses NaN instead of printing it', () => {
    expect(() => formatNumber('en', Number.NaN)).toThrow('formatNumber: NaN is not a finite number.');
  });

  test('formatBytes uses decimal kilobytes', () => {
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('en', 48213)).toBe('48.2 KB');
    expect(formatBytes('kk', 2_500_000)).toBe('2,5 MB');
  });
});

describe('formatDate', () => {
  test('formats a full date in each language', () => {
    expect(formatDate('kk', '2016-07-20')).toBe('2016 ж. 20 шілде');
    expect(formatDate('zh', '2016-07-20')).toBe('2016年7月20日');
    expect(formatDate('en', '2016-07-20')).toBe('July 20, 2016');
  });

  test('keeps the precision of a month or a year', () => {
    expect(formatDate('zh', '2016-07')).toBe('2016年7月');
    expect(formatDate('en', '2013-02')).toBe('February 2013');
    expect(formatDate('en', '1996')).toBe('1996');
  });

  test('rejects a malformed or impossible date', () => {
    expect(() => formatDate('en', '2016/07/20')).toThrow('is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => formatDate('en', '2016-02-30')).toThrow('"2016-02-30" is not a real calendar date.');
  });

  test('names languages in the reader’s language', () => {
    expect(languageName('kk', 'zh')).toBe('қытай тілі');
    expect(languageName('en', 'kk')).toBe('Kazakh');
  });
});
