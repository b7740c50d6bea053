import { describe, expect, test } from 'vitest';
import { requirePhase, timelineItems } from '../../../src/lib/content/timeline.ts';

const phases = [
  { id: '2021', start_year: '2021', end_year: '', title_zh: '新阶段', title_en: 'New stage', title_kk: 'Жаңа кезең', title_kk_status: 'unreviewed', document_id: '', summary_en: 'Renamed.', summary_zh: '改称。' },
  { id: '1996', start_year: '1996', end_year: '2002', title_zh: '启动', title_en: 'Start', title_kk: 'Басталуы', title_kk_status: 'attested', document_id: 'doc-1996', summary_en: 'Begins.', summary_zh: '开始。' },
];
const documents = [{ id: 'doc-1996', number: '国办发〔1996〕26号', title_zh: '报告', title_en: 'Report' }];

describe('timelineItems', () => {
  test('lists the phases oldest first, the current one without an end year', () => {
    expect(timelineItems(phases, documents, 'en').map((i) => [i.id, i.startYear, i.endYear])).toEqual([
      ['1996', 1996, 2002],
      ['2021', 2021, null],
    ]);
  });

  test('uses the locale’s own summary when the table has one', () => {
    const [first] = timelineItems(phases, documents, 'zh');
    expect(first).toMatchObject({ title: '启动', summary: '开始。', summaryLang: undefined, document: { number: '国办发〔1996〕26号', title: '报告', lang: 'zh' } });
  });

  test('shows the English summary on a Kazakh page, marked as English, and flags unreviewed titles', () => {
    const items = timelineItems(phases, documents, 'kk');
    expect(items[0]).toMatchObject({ summary: 'Begins.', summaryLang: 'en', titleUnreviewed: false, document: { title: 'Report', lang: 'en' } });
    expect(items[1]).toMatchObject({ title: 'Жаңа кезең', titleUnreviewed: true, document: undefined });
  });

  test('fails when a phase names a document that does not exist', () => {
    expect(() => timelineItems(phases, [], 'en')).toThrow('phases.csv row "1996": document_id "doc-1996" is not in documents.csv.');
  });
});

describe('requirePhase', () => {
  test('finds a phase by id', () => {
    expect(requirePhase(phases, '1996', 'x.mdx')['title_en']).toBe('Start');
  });

  test('fails naming the file, the id and the known phases', () => {
    expect(() => requirePhase(phases, '1999', 'content/explainers/zh/history.mdx')).toThrow(
      'content/explainers/zh/history.mdx: <PairingMap phase="1999" /> names a phase that is not in phases.csv. Known phases: 2021, 1996.',
    );
  });
});
