import { describe, expect, test } from 'vitest';
import { escapeBibtex, toBibtex } from '../../../src/lib/cite/bibtex.ts';
import { DATASET, MAP_VIEW, WEBPAGE } from '../../fixtures/cite/records.ts';

describe('toBibtex', () => {
  test('writes a dataset release as a biblatex @dataset with a stable key and the urldate placeholder', () => {
    expect(toBibtex(DATASET, 'en')).toBe(
      [
        '@dataset{pairings_v1.2.0,',
        '  author = {{East–West Cooperation Pairings project}},',
        '  title = {{East–West cooperation pairings}},',
        '  version = {1.2.0},',
        '  publisher = {East–West Cooperation Pairings project},',
        '  date = {2026-11-20},',
        '  url = {https://example.org/data/pairings/1.2.0/},',
        '  urldate = {date of access},',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('writes a webpage as @online with the owner as organization, in zh', () => {
    expect(toBibtex({ ...WEBPAGE, accessed: '2026-11-23' }, 'zh')).toBe(
      [
        '@online{about_2026-11-20,',
        '  author = {{东西部协作结对数据项目}},',
        '  title = {{关于本站}},',
        '  organization = {东西部协作结对数据项目},',
        '  date = {2026-11-20},',
        '  url = {https://example.org/en/about/},',
        '  urldate = {2026-11-23},',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('keeps the key the same in every locale and adds the view id for a view', () => {
    const keys = (['zh', 'en', 'kk'] as const).map((l) => toBibtex(MAP_VIEW, l).split('\n')[0]);
    expect(new Set(keys)).toEqual(new Set(['@dataset{pairings_v1.2.0_map-2016,']));
    expect(toBibtex(MAP_VIEW, 'en')).toContain('  subtitle = {{map of pairings in 2016}},\n');
  });

  test('escapes TeX special characters in names and titles', () => {
    const text = toBibtex({ ...DATASET, title: 'Funds & projects_2 {draft} 100% #1 $x$ ^~\\', creator: 'A&B', publisher: 'A&B' }, 'en');
    expect(text).toContain(
      '  title = {{Funds \\& projects\\_2 \\{draft\\} 100\\% \\#1 \\$x\\$ \\textasciicircum{}\\textasciitilde{}\\textbackslash{}}},\n',
    );
    expect(text).toContain('  author = {{A\\&B}},\n');
  });

  test('percent-encodes braces in a URL so the entry stays balanced', () => {
    expect(toBibtex({ ...DATASET, url: 'https://example.org/a{b}/' }, 'en')).toContain('  url = {https://example.org/a%7Bb%7D/},');
  });

  test('escapeBibtex leaves CJK, Cyrillic and dashes alone', () => {
    expect(escapeBibtex('东西部 Шығыс–Батыс')).toBe('东西部 Шығыс–Батыс');
  });
});
