/**
 * Row-by-row changes between two dataset releases, and the semantic version
 * bump they call for. The input interface is deliberately small (tables of
 * string rows with a primary key), so a loaded release, a test fixture or a
 * pair of CSV files can all be fed to it.
 */

/** A CSV row as parsed: every value a string. */
export type Row = Readonly<Record<string, string>>;

export interface FieldSchema {
  readonly name: string;
  /** Table Schema type (`string`, `integer`, `date`, …), when known. */
  readonly type?: string;
}

export interface ReleaseTable {
  readonly primaryKey: readonly string[];
  readonly rows: readonly Row[];
  /** Column order and types. When absent, the columns of the first row are used. */
  readonly fields?: readonly FieldSchema[];
}

export interface ReleaseLike {
  readonly tables: Readonly<Record<string, ReleaseTable>>;
}

/** A primary key, field by field in primary-key order: `{ year: '2016', donor_code: '110000' }`. */
export type RowKey = Readonly<Record<string, string>>;

export interface FieldChange {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

export interface RowChange {
  readonly key: RowKey;
  readonly fields: readonly FieldChange[];
}

export interface TableDiff {
  readonly added: readonly Row[];
  readonly removed: readonly Row[];
  readonly changed: readonly RowChange[];
}

export interface SchemaDiff {
  readonly addedFields: readonly string[];
  readonly removedFields: readonly string[];
  /** The fields both versions share appear in a different order. */
  readonly reordered: boolean;
  readonly typeChanges: readonly { readonly name: string; readonly before: string; readonly after: string }[];
  readonly primaryKey: { readonly before: readonly string[]; readonly after: readonly string[] } | null;
}

export interface ReleaseDiff {
  readonly addedTables: readonly string[];
  readonly removedTables: readonly string[];
  /** Every table present in both releases, by name, whether or not it changed. */
  readonly tables: Readonly<Record<string, TableDiff & { readonly schema: SchemaDiff }>>;
}

export type ChangeLevel = 'major' | 'minor' | 'patch' | 'none';

function compareValues(a: string, b: string): number {
  // Codes and years are digit strings: compare them as numbers so "9" < "10".
  if (/^-?\d+$/.test(a) && /^-?\d+$/.test(b)) {
    const d = BigInt(a) - BigInt(b);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareValues(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

function keyValues(row: Row, primaryKey: readonly string[], where: string): string[] {
  return primaryKey.map((name) => {
    const value = row[name];
    if (value === undefined) {
      throw new Error(`${where}: a row has no primary-key column "${name}" (${JSON.stringify(row)}).`);
    }
    return value;
  });
}

function indexRows(rows: readonly Row[], primaryKey: readonly string[], where: string): Map<string, { values: string[]; row: Row }> {
  if (primaryKey.length === 0) throw new Error(`${where}: the primary key is empty; name at least one column.`);
  const index = new Map<string, { values: string[]; row: Row }>();
  for (const row of rows) {
    const values = keyValues(row, primaryKey, where);
    const id = JSON.stringify(values);
    if (index.has(id)) {
      throw new Error(`${where}: primary key (${primaryKey.join(', ')}) = (${values.join(', ')}) occurs more than once.`);
    }
    index.set(id, { values, row });
  }
  return index;
}

function toKey(values: readonly string[], primaryKey: readonly string[]): RowKey {
  return Object.fromEntries(primaryKey.map((name, i) => [name, values[i] ?? '']));
}

/**
 * The rows added, removed and changed between two versions of one table,
 * matched by primary key. Each list is sorted by key (digit strings compared
 * as numbers), so the output is the same on every run. A changed row lists
 * only the fields whose values differ and that exist in both versions;
 * added or removed columns are schema changes (see `diffReleases`), not
 * row changes. Throws on a duplicate or missing key.
 *
 * @example
 * diffTables([{ id: '1', n: 'a' }], [{ id: '1', n: 'b' }, { id: '2', n: 'c' }], ['id'])
 * // { added: [{ id: '2', n: 'c' }], removed: [],
 * //   changed: [{ key: { id: '1' }, fields: [{ name: 'n', before: 'a', after: 'b' }] }] }
 */
export function diffTables(
  oldRows: readonly Row[],
  newRows: readonly Row[],
  primaryKey: readonly string[],
  where = 'diffTables',
): TableDiff {
  const before = indexRows(oldRows, primaryKey, `${where} (old)`);
  const after = indexRows(newRows, primaryKey, `${where} (new)`);
  const added: { values: string[]; row: Row }[] = [];
  const removed: { values: string[]; row: Row }[] = [];
  const changed: { values: string[]; change: RowChange }[] = [];

  for (const [id, entry] of after) if (!before.has(id)) added.push(entry);
  for (const [id, entry] of before) {
    const next = after.get(id);
    if (!next) {
      removed.push(entry);
      continue;
    }
    const names = Object.keys(entry.row).filter((n) => n in next.row);
    const fields = names
      .filter((n) => entry.row[n] !== next.row[n])
      .map((n) => ({ name: n, before: entry.row[n] ?? '', after: next.row[n] ?? '' }));
    if (fields.length > 0) changed.push({ values: entry.values, change: { key: toKey(entry.values, primaryKey), fields } });
  }

  const byKey = (a: { values: string[] }, b: { values: string[] }) => compareKeys(a.values, b.values);
  return {
    added: added.sort(byKey).map((e) => e.row),
    removed: removed.sort(byKey).map((e) => e.row),
    changed: changed.sort(byKey).map((e) => e.change),
  };
}

function fieldsOf(table: ReleaseTable): FieldSchema[] {
  if (table.fields) return [...table.fields];
  const first = table.rows[0];
  return first ? Object.keys(first).map((name) => ({ name })) : [];
}

function diffSchema(oldTable: ReleaseTable, newTable: ReleaseTable): SchemaDiff {
  const oldFields = fieldsOf(oldTable);
  const newFields = fieldsOf(newTable);
  const oldNames = oldFields.map((f) => f.name);
  const newNames = newFields.map((f) => f.name);
  const shared = oldNames.filter((n) => newNames.includes(n));
  const sharedInNewOrder = newNames.filter((n) => oldNames.includes(n));
  const typeChanges = shared.flatMap((name) => {
    const b = oldFields.find((f) => f.name === name)?.type;
    const a = newFields.find((f) => f.name === name)?.type;
    return b !== undefined && a !== undefined && a !== b ? [{ name, before: b, after: a }] : [];
  });
  const samePk =
    oldTable.primaryKey.length === newTable.primaryKey.length && oldTable.primaryKey.every((n, i) => newTable.primaryKey[i] === n);
  return {
    addedFields: newNames.filter((n) => !oldNames.includes(n)),
    removedFields: oldNames.filter((n) => !newNames.includes(n)),
    reordered: shared.some((n, i) => sharedInNewOrder[i] !== n),
    typeChanges,
    primaryKey: samePk ? null : { before: [...oldTable.primaryKey], after: [...newTable.primaryKey] },
  };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * All changes between two releases: tables added and removed, and for each
 * table in both, its schema changes and row diff. Rows are matched on the
 * old table's primary key, also when the key itself changed (a MAJOR change
 * in any case); if the new table lost an old key column, it throws, naming
 * the table and the column.
 *
 * @example
 * diffReleases(v1_0_0, v1_1_0)
 * // { addedTables: [], removedTables: [], tables: { pairings: { added: [...], removed: [], changed: [], schema: {...} } } }
 */
export function diffReleases(oldRelease: ReleaseLike, newRelease: ReleaseLike): ReleaseDiff {
  const oldNames = Object.keys(oldRelease.tables).sort(byName);
  const newNames = Object.keys(newRelease.tables).sort(byName);
  const tables: Record<string, TableDiff & { schema: SchemaDiff }> = {};
  for (const name of oldNames) {
    const oldTable = oldRelease.tables[name];
    const newTable = newRelease.tables[name];
    if (!oldTable || !newTable) continue;
    const schema = diffSchema(oldTable, newTable);
    const rows = diffTables(oldTable.rows, newTable.rows, oldTable.primaryKey, `table "${name}"`);
    tables[name] = { ...rows, schema };
  }
  return {
    addedTables: newNames.filter((n) => !oldNames.includes(n)),
    removedTables: oldNames.filter((n) => !newNames.includes(n)),
    tables,
  };
}

export interface ClassifyOptions {
  /**
   * Tables whose rows other tables refer to (e.g. `regions`, referenced by
   * `pairings`). Deleting rows there breaks references, which the rules
   * count as MAJOR; deleting rows elsewhere is correcting data (PATCH).
   */
  readonly referencedTables?: readonly string[];
}

/**
 * The semantic version bump a diff calls for, by the Frictionless "Data
 * Package Version" recipe (datapackage.org/recipes/data-package-version):
 * MAJOR for incompatible changes (a table removed; a field added, removed,
 * re-ordered or retyped; the primary key changed; rows deleted from a table
 * others refer to), MINOR for new data (a table or rows added), PATCH for
 * corrections (values changed, rows deleted from an unreferenced table),
 * and 'none' when nothing in the data changed. Metadata-only edits are
 * PATCH too, but they are not part of this diff.
 *
 * @example
 * classifyChange(diffReleases(v1_0_0, v1_1_0)) // 'minor'
 */
export function classifyChange(diff: ReleaseDiff, options: ClassifyOptions = {}): ChangeLevel {
  const referenced = new Set(options.referencedTables ?? []);
  const tables = Object.entries(diff.tables);
  const schemaChanged = tables.some(
    ([, t]) =>
      t.schema.addedFields.length > 0 ||
      t.schema.removedFields.length > 0 ||
      t.schema.reordered ||
      t.schema.typeChanges.length > 0 ||
      t.schema.primaryKey !== null,
  );
  if (diff.removedTables.length > 0 || schemaChanged) return 'major';
  if (tables.some(([name, t]) => referenced.has(name) && t.removed.length > 0)) return 'major';
  if (diff.addedTables.length > 0 || tables.some(([, t]) => t.added.length > 0)) return 'minor';
  if (tables.some(([, t]) => t.changed.length > 0 || t.removed.length > 0)) return 'patch';
  return 'none';
}
