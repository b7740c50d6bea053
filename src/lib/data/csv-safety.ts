import Papa from 'papaparse';

/** A cell as a table holds it before writing: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

export interface SafeCsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads Chinese and Kazakh text as UTF-8. Default false. */
  readonly bom?: boolean;
  /** Line ending; RFC 4180 says CRLF, which is the default. */
  readonly eol?: '\n' | '\r\n';
}

/** A plain decimal number: spreadsheets read it as a number, never as a formula, so it stays as it is. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Makes a cell inert for spreadsheets. A text cell that starts with `=`,
 * `+`, `-` or `@`, or with a tab or carriage return, can be run as a
 * formula by Excel, LibreOffice or Google Sheets ("CSV injection"; OWASP's
 * advice is to prefix a single quote, which PapaParse's `escapeFormulae`
 * also does). Plain numbers such as `-12.5` or `+3` are left alone: they
 * cannot run anything, and changing them would corrupt the data.
 *
 * @example
 * neutralizeFormula('=HYPERLINK("http://x","y")') // "'=HYPERLINK(\"http://x\",\"y\")"
 * neutralizeFormula('-12.5')                       // '-12.5'
 * neutralizeFormula('@SUM(A1)')                    // "'@SUM(A1)"
 */
export function neutralizeFormula(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  if (PLAIN_NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

function cellText(value: CsvCell, column: string, rowIndex: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`toSafeCsv: row ${rowIndex + 1}, column "${column}" is ${String(value)}; write an empty cell for missing data.`);
    }
    return String(value);
  }
  return neutralizeFormula(value);
}

/**
 * Writes rows as RFC 4180 CSV with PapaParse: the given columns in the given
 * order, a header row, a field quoted only when it needs it (a comma, a
 * quote, a line break, or a leading/trailing space), quotes doubled, and a
 * line ending after every record including the last. Every text cell, the
 * header included, goes through `neutralizeFormula`. Missing values become
 * empty cells; a non-finite number throws, naming the row and column.
 *
 * @example
 * toSafeCsv([{ name: 'A, B', note: '=1+1' }], ['name', 'note'], { eol: '\n' })
 * // 'name,note\n"A, B",\'=1+1\n'
 */
export function toSafeCsv(
  rows: readonly Readonly<Record<string, CsvCell>>[],
  columns: readonly string[],
  options: SafeCsvOptions = {},
): string {
  if (columns.length === 0) throw new Error('toSafeCsv: no columns given; list the columns to write, in order.');
  const eol = options.eol ?? '\r\n';
  const data = rows.map((row, i) => columns.map((column) => cellText(row[column], column, i)));
  const text = Papa.unparse(
    { fields: columns.map((c) => neutralizeFormula(c)), data },
    { newline: eol, quotes: false, escapeFormulae: false, header: true, skipEmptyLines: false },
  );
  return `${options.bom ? '\uFEFF' : ''}${text}${eol}`;
}
