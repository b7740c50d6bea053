import { describe, expect, test } from 'vitest';
import { citationNumber, citedSources, sourceAnchor } from '../../../src/lib/content/citations.ts';

const sources = [
  { id: 'a', title: 'Report A', publisher: 'Daily A', date: '2016-12-08', url: 'http://a.example/', kind: 'news-report', mirror_of: '', accessed: '2026-11-23' },
  { id: 'b', title: 'Report B', publisher: 'People’s Daily', date: '', url: 'http://mirror.example/', kind: 'reprint-mirror', mirror_of: '人民日报', accessed: '2026-11-23' },
];
const FILE = 'content/explainers/en/history.mdx';

describe('citedSources', () => {
  test('numbers the cited sources in the order given, from 1', () => {
    expect(citedSources(['b', 'a'], sources, FILE, '1.0.0').map((s) => [s.n, s.id])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
  });

  test('names the outlet a mirror reprints, and only for mirrors', () => {
    const [b, a] = citedSources(['b', 'a'], sources, FILE, '1.0.0');
    expect(b?.mirrorOf).toBe('人民日报');
    expect(a?.mirrorOf).toBe('');
  });

  test('fails naming the file, the release and every unknown id', () => {
    expect(() => citedSources(['a', 'nope', 'gone'], sources, FILE, '1.0.0')).toThrow(
      'content/explainers/en/history.mdx: <Cite source="…"> names sources not in sources.csv of dataset release 1.0.0: "nope", "gone".',
    );
  });
});

describe('citationNumber', () => {
  test('gives the footnote number of a cited id', () => {
    expect(citationNumber({ file: FILE, ids: ['a', 'b'] }, 'b')).toBe(2);
  });

  test('fails naming the file for an id the page did not number', () => {
    expect(() => citationNumber({ file: FILE, ids: ['a'] }, 'c')).toThrow(`${FILE}: <Cite source="c" /> was not found`);
  });

  test('fails outside an explainer page', () => {
    expect(() => citationNumber(undefined, 'a')).toThrow('outside an explainer page');
  });
});

describe('sourceAnchor', () => {
  test('is the id of the n-th entry of the source list', () => {
    expect(sourceAnchor(3)).toBe('source-3');
  });
});
