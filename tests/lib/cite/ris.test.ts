import { describe, expect, test } from 'vitest';
import { toRis } from '../../../src/lib/cite/ris.ts';
import { DATASET, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('toRis', () => {
  test('writes a dataset as TY DATA with the version in ET and ends with ER', () => {
    expect(toRis(DATASET, 'zh')).toBe(
      [
        'TY  - DATA',
        'AU  - 东西部协作结对数据项目',
        'TI  - 东西部协作结对数据',
        'ET  - 1.2.0',
        'PY  - 2026',
        'DA  - 2026/11/20/',
        'PB  - 东西部协作结对数据项目',
        'UR  - https://example.org/data/pairings/1.2.0/',
        'Y2  - 引用日期',
        'LA  - zh-CN',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });

  test('writes a webpage as TY ELEC with a known access date in RIS date form', () => {
    const lines = toRis({ ...WEBPAGE, accessed: '2026-11-23' }, 'en').split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('Y2  - 2026/11/23/');
    expect(lines).not.toContain('ET  - 1.2.0');
    expect(lines.at(-2)).toBe('ER  - ');
  });

  test('has no carriage returns and keeps a multi-line title on one line', () => {
    const text = toRis({ ...DATASET, title: 'Line one\r\nline two' }, 'en');
    expect(text).not.toContain('\r');
    expect(text).toContain('TI  - Line one line two\n');
  });
});
