import { describe, expect, test } from 'vitest';
import { classifyChange, diffReleases, diffTables, type ReleaseLike } from '../../../src/lib/data/diff-releases.ts';
import { V1_0_0, V1_1_0 } from '../../fixtures/diff-releases/releases.ts';

const NO_SCHEMA_CHANGE = { addedFields: [], removedFields: [], reordered: false, typeChanges: [], primaryKey: null };

/** A release with one table, for classification tests. */
function single(rows: Record<string, string>[], fields?: { name: string; type?: string }[], primaryKey = ['id']): ReleaseLike {
  return { tables: { t: { primaryKey, rows, ...(fields ? { fields } : {}) } } };
}

describe('diffReleases', () => {
  test('reports exactly the added, removed and changed rows and tables between the fixture releases', () => {
    expect(diffReleases(V1_0_0, V1_1_0)).toEqual({
      addedTables: ['documents'],
      removedTables: ['sources'],
      tables: {
        pairings: {
          added: [
            { year: '9', donor: 'e9', recipient: 'w9', note: '' },
            { year: '2018', donor: 'e1', recipient: 'w2', note: '' },
          ],
          removed: [{ year: '2017', donor: 'e1', recipient: 'w1', note: '' }],
          changed: [
            { key: { year: '2016', donor: 'e2', recipient: 'w2' }, fields: [{ name: 'note', before: 'x', after: 'y' }] },
          ],
          schema: NO_SCHEMA_CHANGE,
        },
        regions: { added: [], removed: [], changed: [], schema: NO_SCHEMA_CHANGE },
      },
    });
  });

  test('reports added, removed, re-ordered and retyped fields and a changed primary key', () => {
    const before: ReleaseLike = {
      tables: { t: { primaryKey: ['id'], fields: [{ name: 'id' }, { name: 'a', type: 'string' }, { name: 'b' }, { name: 'gone' }], rows: [] } },
    };
    const after: ReleaseLike = {
      tables: { t: { primaryKey: ['id', 'b'], fields: [{ name: 'id' }, { name: 'b' }, { name: 'a', type: 'integer' }, { name: 'new' }], rows: [] } },
    };
    expect(diffReleases(before, after).tables['t']?.schema).toEqual({
      addedFields: ['new'],
      removedFields: ['gone'],
      reordered: true,
      typeChanges: [{ name: 'a', before: 'string', after: 'integer' }],
      primaryKey: { before: ['id'], after: ['id', 'b'] },
    });
  });

  test('takes the columns from the first row when a table lists no fields', () => {
    const diff = diffReleases(single([{ id: '1', a: 'x' }]), single([{ id: '1', a: 'x', b: 'y' }]));
    expect(diff.tables['t']?.schema.addedFields).toEqual(['b']);
    // The new column is a schema change, not a change to every row.
    expect(diff.tables['t']?.changed).toEqual([]);
  });
});

describe('diffTables', () => {
  test('sorts by key, comparing digit strings as numbers', () => {
    const diff = diffTables([], [{ id: '10' }, { id: '9' }, { id: 'b' }, { id: 'a' }], ['id']);
    expect(diff.added.map((r) => r.id)).toEqual(['9', '10', 'a', 'b']);
  });

  test('rejects a duplicate primary key, naming it', () => {
    expect(() => diffTables([{ id: '1' }, { id: '1' }], [], ['id'])).toThrow(
      'diffTables (old): primary key (id) = (1) occurs more than once.',
    );
  });

  test('rejects a row without a primary-key column', () => {
    expect(() => diffTables([], [{ code: '1' }], ['id'])).toThrow('diffTables (new): a row has no primary-key column "id" ({"code":"1"}).');
  });
});

describe('classifyChange', () => {
  test('calls the fixture change MAJOR because a table was removed', () => {
    expect(classifyChange(diffReleases(V1_0_0, V1_1_0))).toBe('major');
  });

  test('calls adding a field MAJOR, as the Frictionless recipe does', () => {
    expect(classifyChange(diffReleases(single([{ id: '1' }]), single([{ id: '1', b: '' }])))).toBe('major');
  });

  test('calls new rows or a new table MINOR', () => {
    expect(classifyChange(diffReleases(single([{ id: '1' }]), single([{ id: '1' }, { id: '2' }])))).toBe('minor');
    const withTable: ReleaseLike = { tables: { ...single([{ id: '1' }]).tables, u: { primaryKey: ['id'], rows: [] } } };
    expect(classifyChange(diffReleases(single([{ id: '1' }]), withTable))).toBe('minor');
  });

  test('calls corrected values PATCH', () => {
    expect(classifyChange(diffReleases(single([{ id: '1', a: 'x' }]), single([{ id: '1', a: 'y' }])))).toBe('patch');
  });

  test('calls deleted rows PATCH, unless other tables refer to that table', () => {
    const diff = diffReleases(single([{ id: '1' }, { id: '2' }]), single([{ id: '1' }]));
    expect(classifyChange(diff)).toBe('patch');
    expect(classifyChange(diff, { referencedTables: ['t'] })).toBe('major');
  });

  test('says none when the rows are the same in a different order', () => {
    expect(classifyChange(diffReleases(single([{ id: '1' }, { id: '2' }]), single([{ id: '2' }, { id: '1' }])))).toBe('none');
  });
});
