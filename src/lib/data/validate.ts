/**
 * Validates the eight tables: each file parsed strictly (parse-csv.ts), each
 * row through a zod schema built from its Table Schema, then the checks that
 * span rows and files. Every problem is collected, so one run lists them
 * all; nothing half-valid is returned.
 */
import { readFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import { DatasetAggregateError, DatasetError, type DatasetErrorDetails } from './errors.ts';
import { parseCsv } from './parse-csv.ts';
import { FIRST_YEAR, LIST_REFERENCES, EXTRA_REFERENCES, TABLES, TABLE_IDS, type FieldDef, type TableDef, type TableId } from './schema.ts';

/** One table's file as read from disk (or made by hand in a test). */
export interface TableSource {
  readonly id: TableId;
  /** Repository-relative path used in error messages: `data/working/pairings.csv`. */
  readonly file: string;
  readonly content: string | Uint8Array;
}

/** A table that passed every check: rows keyed by column, with the line each row starts on. */
export interface CheckedTable {
  readonly id: TableId;
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly lines: readonly number[];
}

export interface ValidateOptions {
  /** Latest year a record may carry; defaults to the current UTC year. Tests pin it. */
  readonly currentYear?: number;
  /** Table definitions to check against; defaults to the current schema (schema.ts). */
  readonly tables?: readonly TableDef[];
}

type Problem = Omit<DatasetErrorDetails, 'file' | 'line' | 'column' | 'columnNumber' | 'value'>;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const YEAR_PREFIX = /^(\d{4})/;

/** Fields whose dates must fall in FIRST_YEAR..current year (records of the scheme, not their sources). */
const SCHEME_DATES: Readonly<Record<string, readonly string[]>> = {
  documents: ['date', 'published'],
  figures: ['period_start', 'period_end'],
};

function cellProblem(table: TableId, field: FieldDef, value: string, currentYear: number): Problem | null {
  const c = field.constraints ?? {};
  if (/^[=+\-@\t]/.test(value) && !PLAIN_NUMBER.test(value)) {
    return {
      problem: `begins with "${value[0] === '\t' ? '\\t' : value[0]}", so a spreadsheet would run it as a formula`,
      expected: 'text that does not begin with =, +, - or @',
      hint: 'Start the cell with a word or a digit (write "minus", or use the typographic minus "−"), so the published CSV opens safely in Excel.',
    };
  }
  if (value !== value.trim()) {
    return { problem: 'has a space or line break at its start or end', expected: 'no surrounding whitespace', hint: 'Delete the spaces around the value.' };
  }
  if (value === '') {
    return c.required
      ? { problem: 'is empty', expected: `a value (${field.name} is required)`, hint: `Fill in ${field.name}; every row needs one.` }
      : null;
  }
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) {
    return { problem: 'is not a whole number', expected: 'digits only, e.g. 2016', hint: 'Write the number without spaces, commas or units.' };
  }
  if (field.type === 'number' && !PLAIN_NUMBER.test(value)) {
    return { problem: 'is not a number', expected: 'a decimal number such as 12.5', hint: 'Write digits with a "." for decimals; no thousands separators and no units (the unit column says the unit).' };
  }
  if (c.pattern !== undefined && !new RegExp(c.pattern).test(value)) {
    return field.check
      ? { problem: field.check.problem, expected: field.check.expected, hint: field.check.hint }
      : { problem: 'does not match the column\'s pattern', expected: `text matching ${c.pattern}`, hint: 'See the column in data/README.md.' };
  }
  if (c.enum !== undefined && !c.enum.includes(value)) {
    return { problem: `is not one of the allowed values of ${field.name}`, expected: `one of ${c.enum.join(', ')}`, hint: 'Use one of the listed values exactly, in lower case; to add a value, change the schema (a MINOR or MAJOR release).' };
  }
  const isYearField = field.type === 'integer' && /year/.test(field.name);
  if (isYearField) {
    const y = Number(value);
    if ((c.minimum !== undefined && y < c.minimum) || y > currentYear) {
      return { problem: 'is outside the years the dataset covers', expected: `a year from ${c.minimum ?? FIRST_YEAR} to ${currentYear}`, hint: 'Check the year against the source; the scheme began in 1996 and a record cannot be dated in the future.' };
    }
  } else if (field.type !== 'string' && (c.minimum !== undefined || c.maximum !== undefined)) {
    const n = Number(value);
    if ((c.minimum !== undefined && n < c.minimum) || (c.maximum !== undefined && n > c.maximum)) {
      return { problem: 'is out of range', expected: `a number${c.minimum !== undefined ? ` ≥ ${c.minimum}` : ''}${c.maximum !== undefined ? ` ≤ ${c.maximum}` : ''}`, hint: 'Check the number against the source.' };
    }
  }
  const m = YEAR_PREFIX.exec(value);
  if (m && field.type === 'string' && /date|period|published|accessed/.test(field.name)) {
    const y = Number(m[1]);
    const floor = SCHEME_DATES[table]?.includes(field.name) ? FIRST_YEAR : 0;
    if (y > currentYear || y < floor) {
      return { problem: 'is outside the years the dataset covers', expected: `a date from ${floor || 'any year'} to ${currentYear}`, hint: 'Check the date against the source; a record cannot be dated in the future or before the scheme began in 1996.' };
    }
  }
  return null;
}

/** The zod schema of one row of a table: every column a string that passes its field's checks. */
export function rowSchema(def: TableDef, currentYear: number): z.ZodType<Record<string, string>> {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of def.fields) {
    shape[field.name] = z.string().superRefine((value, ctx) => {
      const p = cellProblem(def.id, field, value, currentYear);
      if (p) ctx.addIssue({ code: 'custom', message: p.problem, params: { ...p } });
    });
  }
  return z.object(shape).strict() as unknown as z.ZodType<Record<string, string>>;
}

interface Work {
  def: TableDef;
  /** False when rows are missing (unreadable rows or columns): references into it are not checked. */
  complete: boolean;
  file: string;
  header: readonly string[];
  rows: Record<string, string>[];
  lines: number[];
}

/**
 * Checks every table and returns what passed together with every problem
 * found, without throwing: file form (via parseCsv), header against the
 * schema, each row through zod, then uniqueness, duplicate rows, foreign
 * keys and id lists, crosswalked old codes, end ≥ start, helper east and
 * helped west, one row per pair and phase, and the pairing id scheme.
 *
 * @example
 * const { errors } = checkTables([{ id: 'phases', file: 'phases.csv', content: '…' }, …], { currentYear: 2026 });
 */
export function checkTables(sources: readonly TableSource[], options: ValidateOptions = {}): { tables: CheckedTable[]; errors: DatasetError[] } {
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const defs = options.tables ?? TABLES;
  const errors: DatasetError[] = [];
  const work = new Map<TableId, Work>();
  // Cells already reported as malformed: the cross-file checks stay quiet about them.
  const badCells = new Set<string>();

  for (const def of defs) {
    const source = sources.find((s) => s.id === def.id);
    if (!source) {
      errors.push(new DatasetError({ file: `${def.id}.csv`, problem: 'is missing', expected: `a file for the ${def.id} table`, hint: 'Every table of the schema needs its CSV file, even with a header only.' }));
      continue;
    }
    const parsed = parseCsv(source.content, source.file);
    errors.push(...parsed.errors);
    const file = source.file;
    const names = def.fields.map((f) => f.name);
    let columnsOk = true;
    for (const name of names) {
      if (!parsed.header.includes(name)) {
        columnsOk = false;
        errors.push(new DatasetError({ file, line: 1, column: name, problem: `has no column "${name}"`, expected: `the columns ${names.join(',')}`, hint: 'Restore the column; columns may be added to the schema but never renamed or removed.' }));
      }
    }
    parsed.header.forEach((name, i) => {
      if (name !== '' && !names.includes(name)) {
        errors.push(new DatasetError({ file, line: 1, column: name, columnNumber: i + 1, value: name, problem: `is not a column of the ${def.id} table`, expected: `one of ${names.join(', ')}`, hint: 'Fix the column name, or add the column to src/lib/data/schema.ts first (a MINOR release).' }));
      }
    });
    if (columnsOk && parsed.header.length === names.length && parsed.header.some((n, i) => n !== names[i])) {
      errors.push(new DatasetError({ file, line: 1, problem: 'lists the columns in another order than the schema', expected: names.join(','), hint: 'Reorder the columns as the schema lists them, so releases stay comparable line by line.' }));
    }
    const w: Work = { def, file, complete: parsed.complete && columnsOk, header: parsed.header, rows: [], lines: [] };
    work.set(def.id, w);
    if (!columnsOk) continue;

    const schema = rowSchema(def, currentYear);
    for (const row of parsed.rows) {
      const record: Record<string, string> = {};
      parsed.header.forEach((name, i) => { if (names.includes(name)) record[name] = row.cells[i] ?? ''; });
      const result = schema.safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = String(issue.path[0] ?? '');
          const p = (issue as { params?: Problem }).params ?? { problem: issue.message };
          errors.push(new DatasetError({ file, line: row.line, column, columnNumber: parsed.header.indexOf(column) + 1, value: record[column] ?? '', ...p }));
          badCells.add(`${file}:${row.line}:${column}`);
        }
      }
      w.rows.push(record);
      w.lines.push(row.line);
    }
  }

  errors.push(...crossChecks(work, badCells));
  if (errors.length > 0) return { tables: [], errors };
  const tables = TABLE_IDS.filter((id) => work.has(id)).map((id) => {
    const w = work.get(id)!;
    return { id, file: w.file, header: w.header, rows: w.rows, lines: w.lines };
  });
  return { tables, errors };
}

/**
 * Like `checkTables`, but throws one `DatasetAggregateError` listing every
 * problem, and otherwise returns the checked tables in schema order.
 *
 * @example
 * const tables = validateTables(readWorkingData()); // throws on any problem
 */
export function validateTables(sources: readonly TableSource[], options: ValidateOptions = {}): CheckedTable[] {
  const { tables, errors } = checkTables(sources, options);
  if (errors.length > 0) throw new DatasetAggregateError(errors);
  return tables;
}

/**
 * Reads the eight working CSVs (`<dataDir>/working/<table>.csv`) as bytes,
 * so invalid UTF-8 and BOMs are seen. A missing file is left out, and
 * validation then reports it.
 *
 * @example
 * readWorkingData('/work/main/data') // [{ id: 'regions', file: 'data/working/regions.csv', content: Uint8Array }, …]
 */
export function readWorkingData(dataDir = resolve(process.cwd(), 'data')): TableSource[] {
  const out: TableSource[] = [];
  for (const id of TABLE_IDS) {
    const path = resolve(dataDir, 'working', `${id}.csv`);
    if (existsSync(path)) out.push({ id, file: relative(process.cwd(), path) || path, content: readFileSync(path) });
  }
  return out;
}

/** Reads and validates the working data; throws `DatasetAggregateError` listing every problem. */
export function validateWorkingData(dataDir?: string, options: ValidateOptions = {}): CheckedTable[] {
  return validateTables(readWorkingData(dataDir), options);
}

const article = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function crossChecks(work: Map<TableId, Work>, badCells: ReadonlySet<string>): DatasetError[] {
  const errors: DatasetError[] = [];
  const err = (w: Work, i: number, column: string | undefined, d: Omit<DatasetErrorDetails, 'file' | 'line' | 'column' | 'columnNumber'>) => {
    if (column !== undefined && badCells.has(`${w.file}:${w.lines[i]}:${column}`)) return;
    const base: DatasetErrorDetails = { file: w.file, line: w.lines[i]!, ...d };
    errors.push(new DatasetError(column === undefined ? base : { ...base, column, columnNumber: w.header.indexOf(column) + 1 }));
  };
  // An incomplete table gives no index, so a row it lost does not make every reference to it look broken.
  const keyIndex = (table: TableId, column: string): Map<string, number> | undefined => {
    const w = work.get(table);
    if (!w || !w.complete) return undefined;
    const m = new Map<string, number>();
    w.rows.forEach((r, i) => { const v = r[column] ?? ''; if (v !== '' && !m.has(v)) m.set(v, i); });
    return m;
  };

  // Whole-row duplicates first; a row that repeats another exactly is reported once, as such.
  const duplicateRows = new Set<string>();
  for (const w of work.values()) {
    const seen = new Map<string, number>();
    w.rows.forEach((r, i) => {
      const key = JSON.stringify(w.def.fields.map((f) => r[f.name]));
      const first = seen.get(key);
      if (first !== undefined) {
        duplicateRows.add(`${w.def.id}:${i}`);
        err(w, i, undefined, { problem: `repeats line ${w.lines[first]} exactly`, expected: 'each row once', hint: 'Delete one of the two lines.' });
      } else seen.set(key, i);
    });
  }

  // Unique columns and primary keys.
  for (const w of work.values()) {
    const uniques = new Set(w.def.fields.filter((f) => f.constraints?.unique).map((f) => f.name));
    if (w.def.primaryKey.length === 1) uniques.add(w.def.primaryKey[0]!);
    // A pairing id is phase-helper-helped, so a repeated id is reported as a repeated pairing below.
    if (w.def.id === 'pairings') uniques.delete('id');
    for (const column of uniques) {
      const seen = new Map<string, number>();
      w.rows.forEach((r, i) => {
        const v = r[column] ?? '';
        if (v === '' || duplicateRows.has(`${w.def.id}:${i}`)) return;
        const first = seen.get(v);
        if (first !== undefined) err(w, i, column, { value: v, problem: `is already the ${column} of line ${w.lines[first]}`, expected: 'a value used once in this column', hint: `Give the row its own ${column}, or merge the two rows.` });
        else seen.set(v, i);
      });
    }
  }

  // Old codes replaced by new ones (code-crosswalk.csv).
  const crosswalk = new Map<string, Record<string, string>>();
  for (const r of work.get('code-crosswalk')?.rows ?? []) crosswalk.set(r.old_code ?? '', r);
  const oldCode = (code: string): Omit<DatasetErrorDetails, 'file' | 'line' | 'column' | 'columnNumber'> | null => {
    const c = crosswalk.get(code);
    if (!c) return null;
    return {
      value: code,
      problem: `is the former code of ${c.new_name_zh} (${c.old_name_zh}), replaced by ${c.new_code} in ${c.year}`,
      expected: `the current code ${c.new_code}`,
      hint: `Write ${c.new_code}; the dataset keys every unit by its current code and code-crosswalk.csv maps the old one for older records.`,
    };
  };

  // Foreign keys (Table Schema) and single-valued extra references.
  const regionCodes = keyIndex('regions', 'code');
  const refs: { table: TableId; field: string; resource: TableId; key: string }[] = [...EXTRA_REFERENCES];
  for (const w of work.values()) {
    for (const fk of w.def.foreignKeys) {
      refs.push({ table: w.def.id, field: fk.fields, resource: (fk.reference.resource || w.def.id) as TableId, key: fk.reference.fields });
    }
  }
  for (const ref of refs) {
    const w = work.get(ref.table);
    const index = keyIndex(ref.resource, ref.key);
    if (!w || !index) continue;
    w.rows.forEach((r, i) => {
      const v = r[ref.field] ?? '';
      if (v === '') return;
      if (ref.resource === 'regions') {
        const old = oldCode(v);
        if (old) { err(w, i, ref.field, old); return; }
      }
      if (!/^\d{6}$/.test(v) && ref.resource === 'regions') return; // already reported as not a code
      if (!index.has(v)) {
        err(w, i, ref.field, {
          value: v, problem: `is not ${article(ref.key)} in ${ref.resource}.csv`, expected: `${article(ref.key)} listed in ${ref.resource}.csv`,
          hint: ref.resource === 'regions' ? 'Check the code against GB/T 2260, then add the unit to regions.csv if it is missing.' : `Add the row to ${ref.resource}.csv first, or correct the id.`,
        });
      }
    });
  }

  // ';'-separated id lists.
  const anyIds = new Set<string>();
  for (const id of ['pairings', 'documents', 'sources', 'figures', 'phases', 'known-gaps'] as const) for (const r of work.get(id)?.rows ?? []) anyIds.add(r.id ?? '');
  for (const ref of LIST_REFERENCES) {
    const w = work.get(ref.table);
    if (!w) continue;
    const anyComplete = ['pairings', 'documents', 'sources', 'figures', 'phases', 'known-gaps'].every((id) => work.get(id as TableId)?.complete !== false);
    const keyed = ref.resource === 'any' ? undefined : keyIndex(ref.resource, 'id');
    if (ref.resource === 'any' ? !anyComplete : !keyed) continue;
    const index = ref.resource === 'any' ? anyIds : new Set(keyed!.keys());
    w.rows.forEach((r, i) => {
      const v = r[ref.field] ?? '';
      if (v === '' || !/^[a-z0-9-]+(;[a-z0-9-]+)*$/.test(v)) return;
      const ids = v.split(';');
      ids.forEach((id, k) => {
        if (ids.indexOf(id) !== k) {
          err(w, i, ref.field, { value: id, problem: 'is listed twice', expected: 'each id once', hint: 'Remove the repeated id.' });
        } else if (!index.has(id)) {
          err(w, i, ref.field, ref.resource === 'any'
            ? { value: id, problem: 'is not the id of any row in pairings, documents, sources, figures, phases or known-gaps', expected: 'an existing id', hint: 'Correct the id, or remove it from the list.' }
            : { value: id, problem: `is not an id in ${ref.resource}.csv`, expected: `an id listed in ${ref.resource}.csv`, hint: `Add the source to ${ref.resource}.csv (title, publisher, date, URL, kind, accessed) or correct the id.` });
        }
      });
    });
  }

  // Regions.
  const regions = work.get('regions');
  if (regions) {
    regions.rows.forEach((r, i) => {
      const old = oldCode(r.code ?? '');
      if (old) err(regions, i, 'code', old);
      if (r.parent_code !== '' && r.parent_code === r.code) err(regions, i, 'parent_code', { value: r.parent_code ?? '', problem: 'is the unit\'s own code', expected: 'the code of the unit it belongs to', hint: 'Leave parent_code empty for provincial-level units.' });
      if (r.name_kk_status === 'attested' && r.name_kk_source === '') err(regions, i, 'name_kk_source', { value: '', problem: 'is empty although name_kk_status is attested', expected: 'the URL of a page that uses the Kazakh name', hint: 'Give the source, or set name_kk_status to unreviewed.' });
    });
  }

  // Pairings.
  const pairings = work.get('pairings');
  if (pairings) {
    const region = new Map((regions?.rows ?? []).map((r) => [r.code ?? '', r]));
    const phaseStart = new Map((work.get('phases')?.rows ?? []).map((r) => [r.id ?? '', r.start_year ?? '']));
    const phaseEnd = new Map((work.get('phases')?.rows ?? []).map((r) => [r.id ?? '', r.end_year ?? '']));
    const seen = new Map<string, number>();
    pairings.rows.forEach((r, i) => {
      const { id = '', helper_code: helper = '', helped_code: helped = '', phase = '', start_year: start = '', end_year: end = '' } = r;
      const expectedId = `${phase}-${helper}-${helped}`;
      if (/^\d{4}-\d{6}-\d{6}$/.test(id) && /^\d{6}$/.test(helper) && /^\d{6}$/.test(helped) && id !== expectedId) {
        err(pairings, i, 'id', { value: id, problem: 'does not match the row\'s phase, helper_code and helped_code', expected: expectedId, hint: 'Build the id as phase-helper_code-helped_code, so the same pair in another phase gets its own id.' });
      }
      if (/^\d+$/.test(start) && /^\d+$/.test(end) && Number(end) < Number(start)) {
        err(pairings, i, 'end_year', { value: end, problem: `is before start_year ${start}`, expected: `a year from ${start} on, or empty while in force`, hint: 'Check both years against the sources; swap them if they were entered the wrong way round.' });
      }
      const status = r.end_status ?? '';
      if (end !== '' && status !== 'ended' && status !== '') {
        err(pairings, i, 'end_status', { value: status, problem: `contradicts end_year ${end}`, expected: 'ended', hint: 'A row with an end_year has ended; clear end_year if the pair is still in force or its end is unknown.' });
      } else if (end === '' && status === 'ended') {
        err(pairings, i, 'end_status', { value: status, problem: 'contradicts the empty end_year', expected: 'an end_year, or in-force or unknown', hint: 'Give the year it ended if a source states it; otherwise write unknown.' });
      } else if (status === 'in-force' && phaseEnd.get(phase)) {
        err(pairings, i, 'end_status', { value: status, problem: `cannot hold for phase ${phase}, which ended in ${phaseEnd.get(phase)}`, expected: 'ended or unknown (only a pair of the current phase can be in force)', hint: 'If the pair goes on, add a row in the current phase; else write unknown.' });
      }
      const ph = phaseStart.get(phase);
      if (/^\d+$/.test(start) && ph !== undefined && /^\d+$/.test(ph) && Number(start) < Number(ph)) {
        err(pairings, i, 'start_year', { value: start, problem: `is before phase ${phase}, which starts in ${ph}`, expected: `a year from ${ph} on`, hint: 'Put the row in the phase that was in force in its start year, or correct the year.' });
      }
      const h = region.get(helper);
      if (h && h.role !== 'east') err(pairings, i, 'helper_code', { value: helper, problem: `is ${h.name_zh}, whose role in regions.csv is ${h.role}, not east`, expected: 'an eastern helper (role east)', hint: 'Swap helper_code and helped_code if they were entered the wrong way round, or correct the role in regions.csv.' });
      const d = region.get(helped);
      if (d && d.role !== 'west') err(pairings, i, 'helped_code', { value: helped, problem: `is ${d.name_zh}, whose role in regions.csv is ${d.role}, not west`, expected: 'a western unit helped (role west)', hint: 'Swap helper_code and helped_code if they were entered the wrong way round, or correct the role in regions.csv.' });
      if (duplicateRows.has(`pairings:${i}`)) return;
      const key = `${phase}|${helper}|${helped}`;
      const first = seen.get(key);
      if (first !== undefined) {
        err(pairings, i, undefined, { value: `${helper}→${helped}`, problem: `repeats the pairing of line ${pairings.lines[first]} in phase ${phase}`, expected: 'one row per pair and phase', hint: 'Merge the two rows (join their source_ids with ";"), or correct the phase of one of them.' });
      } else seen.set(key, i);
    });
  }

  // Periods: end not before start.
  const periods: [TableId, string, string][] = [['phases', 'start_year', 'end_year'], ['figures', 'period_start', 'period_end'], ['documents', 'date', 'published']];
  for (const [table, from, to] of periods) {
    const w = work.get(table);
    if (!w) continue;
    w.rows.forEach((r, i) => {
      const a = r[from] ?? '';
      const b = r[to] ?? '';
      if (!/^\d{4}/.test(a) || !/^\d{4}/.test(b)) return;
      const n = Math.min(a.length, b.length);
      if (b.slice(0, n) < a.slice(0, n)) {
        err(w, i, to, { value: b, problem: `is before ${from} ${a}`, expected: `a date from ${a} on`, hint: 'Check both dates against the source; swap them if they were entered the wrong way round.' });
      }
    });
  }

  // Figures: the codes in the scope.
  const figures = work.get('figures');
  if (figures && regionCodes) {
    figures.rows.forEach((r, i) => {
      for (const code of (r.scope ?? '').match(/\d{6}/g) ?? []) {
        const old = oldCode(code);
        if (old) err(figures, i, 'scope', old);
        else if (!regionCodes.has(code)) err(figures, i, 'scope', { value: code, problem: 'is not a code in regions.csv', expected: 'a code listed in regions.csv', hint: 'Check the code against GB/T 2260, then add the unit to regions.csv if it is missing.' });
      }
    });
  }
  return errors;
}
