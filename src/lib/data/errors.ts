/**
 * Errors for the dataset: one `DatasetError` per bad cell (or bad line, or
 * bad file), and one `DatasetAggregateError` that carries every error found
 * in a load, so a contributor fixes them all in one pass instead of meeting
 * them one at a time. Nothing half-valid is ever returned.
 */

/** Where and what: everything a contributor needs to find and fix one problem. */
export interface DatasetErrorDetails {
  /** Repository-relative path: `data/working/pairings.csv`. */
  readonly file: string;
  /** 1-based line in the file; the header is line 1. Absent for whole-file problems. */
  readonly line?: number;
  /** Column name, when the problem is in one cell. */
  readonly column?: string;
  /** 1-based column number, when the problem is in one cell. */
  readonly columnNumber?: number;
  /** The offending value as written in the file. */
  readonly value?: string;
  /** What is wrong, phrased to follow the value: `is not a GB/T 2260 code`. */
  readonly problem: string;
  /** What the cell should hold: `6 digits`. */
  readonly expected?: string;
  /** How to fix it. */
  readonly hint?: string;
}

function locate(d: DatasetErrorDetails): string {
  let where = d.file;
  if (d.line !== undefined) where += ` line ${d.line}`;
  if (d.column !== undefined) {
    where += d.line !== undefined ? ', ' : ' ';
    where += d.columnNumber !== undefined ? `column ${d.columnNumber} "${d.column}"` : `column "${d.column}"`;
  }
  return where;
}

/**
 * Formats one problem as a single line:
 * `<file> line <n>, column <k> "<name>": "<value>" <problem> (expected <x>). Hint: <hint>`.
 *
 * @example
 * formatDatasetError({ file: 'data/working/pairings.csv', line: 14, column: 'helped_code', columnNumber: 3,
 *   value: '52020', problem: 'is not a GB/T 2260 code', expected: '6 digits', hint: 'Look the unit up in regions.csv.' })
 * // 'data/working/pairings.csv line 14, column 3 "helped_code": "52020" is not a GB/T 2260 code (expected 6 digits). Hint: Look the unit up in regions.csv.'
 */
export function formatDatasetError(d: DatasetErrorDetails): string {
  const subject = d.value !== undefined ? `"${d.value}" ${d.problem}` : d.problem;
  const expected = d.expected ? ` (expected ${d.expected})` : '';
  const hint = d.hint ? ` Hint: ${d.hint}` : '';
  return `${locate(d)}: ${subject}${expected}.${hint}`;
}

/**
 * One problem in one place of the dataset. The fields are kept apart from
 * the message so tools (the release script, tests, an editor integration)
 * can sort, count or highlight them.
 *
 * @example
 * throw new DatasetError({ file: 'data/working/regions.csv', line: 1, problem: 'starts with a UTF-8 byte-order mark',
 *   hint: 'Save the file as "UTF-8" without BOM.' })
 */
export class DatasetError extends Error implements DatasetErrorDetails {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly columnNumber?: number;
  readonly value?: string;
  readonly problem: string;
  readonly expected?: string;
  readonly hint?: string;

  constructor(details: DatasetErrorDetails) {
    super(formatDatasetError(details));
    this.name = 'DatasetError';
    this.file = details.file;
    this.problem = details.problem;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
    if (details.columnNumber !== undefined) this.columnNumber = details.columnNumber;
    if (details.value !== undefined) this.value = details.value;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.hint !== undefined) this.hint = details.hint;
  }
}

/**
 * Every problem found in a load, thrown once. The message lists them all,
 * one per line, in file and line order.
 *
 * @example
 * throw new DatasetAggregateError([errorA, errorB])
 * // message: '2 problems in the dataset:\n  data/working/pairings.csv line 14, …\n  …'
 */
export class DatasetAggregateError extends Error {
  readonly errors: readonly DatasetError[];

  constructor(errors: readonly DatasetError[], what = 'the dataset') {
    const sorted = [...errors].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.columnNumber ?? 0) - (b.columnNumber ?? 0),
    );
    const head = `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${what}:`;
    super([head, ...sorted.map((e) => `  ${e.message}`)].join('\n'));
    this.name = 'DatasetAggregateError';
    this.errors = sorted;
  }
}

/** Throws a `DatasetAggregateError` when `errors` is not empty. */
export function throwIfAny(errors: readonly DatasetError[], what?: string): void {
  if (errors.length > 0) throw new DatasetAggregateError(errors, what);
}
