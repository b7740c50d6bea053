import { describe, expect, test } from 'vitest';
import { parseGlossary, sortTerms } from '../../../src/lib/content/glossary.ts';

const term = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  zh: `中${id}`,
  en: `en ${id}`,
  kk: `кк ${id}`,
  en_source: 'own',
  kk_status: 'unreviewed',
  kk_source: null,
  definition: { zh: '定义。', en: 'A definition.', kk: 'Анықтама.' },
  source_ids: [],
  related: [],
  ...extra,
});

describe('parseGlossary', () => {
  test('accepts well-formed terms', () => {
    expect(parseGlossary([term('poverty-alleviation')]).map((t) => t.id)).toEqual(['poverty-alleviation']);
  });

  test('names the term and field of an empty definition', () => {
    expect(() => parseGlossary([term('x', { definition: { zh: '', en: 'A.', kk: 'Б.' } })])).toThrow(
      'content/glossary/terms.json term 1 (id "x"), field "definition.zh"',
    );
  });

  test('rejects a duplicate id', () => {
    expect(() => parseGlossary([term('x'), term('x')])).toThrow('the id "x" is used twice');
  });

  test('rejects a related term that does not exist', () => {
    expect(() => parseGlossary([term('x', { related: ['y'] })])).toThrow('related term "y" does not exist');
  });

  test('rejects a Kazakh term marked attested without a source', () => {
    expect(() => parseGlossary([term('x', { kk_status: 'attested' })])).toThrow('kk_status is "attested" but kk_source is empty');
  });

  test('rejects a source id unknown to the dataset', () => {
    expect(() => parseGlossary([term('x', { source_ids: ['nope'] })], new Set(['yearbook-2011']))).toThrow(
      'source id "nope" is not in data sources.csv',
    );
  });
});

describe('sortTerms', () => {
  test('orders Chinese terms by pinyin', () => {
    const terms = parseGlossary([term('a', { zh: '扶贫' }), term('b', { zh: '东西部协作' })]);
    expect(sortTerms(terms, 'zh').map((t) => t.zh)).toEqual(['东西部协作', '扶贫']);
  });
});
