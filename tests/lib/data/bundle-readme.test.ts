import { describe, expect, test } from 'vitest';
import { bundleReadme, type BundleReadmeInput } from '../../../src/lib/data/bundle-readme.ts';

const INPUT: BundleReadmeInput = {
  version: '1.2.0',
  date: '2026-11-20',
  releaseUrls: { zh: 'https://example.org/zh/r/', en: 'https://example.org/en/r/', kk: 'https://example.org/kk/r/' },
  tables: [{ file: 'pairings.csv', title: { zh: '结对', en: 'Pairings', kk: 'Жұптар' }, rows: 12 }],
  otherFiles: [{ file: 'LICENSE.txt', description: { zh: '许可', en: 'Licence', kk: 'Лицензия' } }],
  citations: { zh: 'ZH CITATION', en: 'EN CITATION', kk: 'KK CITATION' },
  knownGaps: { zh: [], en: ['Gap one'], kk: ['Gap one'] },
};

describe('bundleReadme', () => {
  test('writes one section per language, zh, en, kk in that order, separated by rules', () => {
    const text = bundleReadme(INPUT);
    const sections = text.split('\n---\n\n');
    expect(sections).toHaveLength(3);
    expect(sections[0]!.startsWith('# 东西部协作结对数据 版本 1.2.0\n\n发布日期：2026-11-20\n')).toBe(true);
    expect(sections[1]!.startsWith('# East–West cooperation pairings, version 1.2.0\n\nReleased: 2026-11-20\n')).toBe(true);
    expect(sections[2]).toContain('- pairings.csv — Жұптар (12 жол)');
  });

  test('lists known gaps, or says none were recorded', () => {
    const text = bundleReadme(INPUT);
    expect(text).toContain('本版本未记录已知缺口。');
    expect(text).toContain('## Known gaps\n\n- Gap one\n');
  });

  test('puts each language’s own citation and release page in its section', () => {
    const [zh, en] = bundleReadme(INPUT).split('\n---\n\n');
    expect(zh).toContain('ZH CITATION');
    expect(zh).not.toContain('EN CITATION');
    expect(en).toContain('https://example.org/en/r/');
  });

  test('gives the same text for the same input', () => {
    expect(bundleReadme(INPUT)).toBe(bundleReadme({ ...INPUT }));
  });
});
