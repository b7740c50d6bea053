/**
 * Reads one dataset CSV strictly: UTF-8 without BOM, LF line ends, a header
 * row, RFC 4180 quoting, every row as long as the header. The working files
 * must already be in the canonical form the releases are hashed in, so a
 * BOM or CRLF is an error with a hint rather than something fixed silently.
 */
import Papa from 'papaparse';
import { DatasetError } from './errors.ts';

/** One data row: its 1-based line in the file (where the row starts) and its cells as text. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly file: string;
  /** Column names from the header row. */
  readonly header: readonly string[];
  /** Data rows that have as many cells as the header; shorter or longer rows are reported, not returned. */
  readonly rows: readonly CsvRow[];
  /** Every problem found; empty when the file is well-formed. */
  readonly errors: readonly DatasetError[];
  /** False when a row could not be read (broken quoting, wrong cell count) and so is missing from `rows`. */
  readonly complete: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 4), (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

/**
 * Parses a dataset CSV with PapaParse and reports every problem as a
 * `DatasetError` naming the file and line: invalid UTF-8, a byte-order
 * mark, CRLF or CR line ends, a missing final line break, blank lines,
 * broken quoting, an empty or repeated header name, and rows with fewer
 * or more cells than the header. It never throws; the caller decides.
 * Line numbers count physical lines, so a row after a quoted cell that
 * spans two lines is still found where an editor shows it.
 *
 * @example
 * parseCsv('code,name\n110000,北京市\n', 'data/working/regions.csv')
 * // { header: ['code', 'name'], rows: [{ line: 2, cells: ['110000', '北京市'] }], errors: [] }
 */
export function parseCsv(input: string | Uint8Array, file: string): ParsedCsv {
  const errors: DatasetError[] = [];
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const bad = firstInvalidUtf8(input);
    if (bad >= 0) {
      errors.push(new DatasetError({
        file, line: lineAtByte(input, bad), value: hex(input, bad),
        problem: `is not valid UTF-8 (byte ${bad})`, expected: 'UTF-8 text',
        hint: 'Re-save the file as "UTF-8" (a file saved as GBK, GB 18030 or Latin-1 has this problem); then check the Chinese and Kazakh text on that line.',
      }));
    }
    text = decoder.decode(input);
  }

  if (text.charCodeAt(0) === 0xfeff) {
    errors.push(new DatasetError({
      file, line: 1, problem: 'starts with a UTF-8 byte-order mark (BOM)', expected: 'UTF-8 without BOM',
      hint: 'Save as "UTF-8", not "UTF-8 with BOM"; the release adds a BOM itself to the Excel variant.',
    }));
    text = text.slice(1);
  }

  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    errors.push(new DatasetError({
      file, line: text.slice(0, crlf).split('\n').length, problem: 'ends with CRLF (Windows line ends)', expected: 'LF line ends',
      hint: 'Convert the file to LF line ends (your editor\'s line-ending setting, or dos2unix); releases are hashed in that canonical form.',
    }));
    text = text.replace(/\r\n/g, '\n');
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    errors.push(new DatasetError({
      file, line: text.slice(0, cr).split('\n').length, problem: 'contains a carriage return (CR)', expected: 'LF line ends and no CR inside cells',
      hint: 'Convert the file to LF line ends and remove carriage returns from cells.',
    }));
    text = text.replace(/\r/g, '\n');
  }

  if (text.length === 0) {
    errors.push(new DatasetError({ file, problem: 'is empty', expected: 'a header row and a line break', hint: 'Restore the header row from the previous release.' }));
    return { file, header: [], rows: [], errors, complete: false };
  }
  if (!text.endsWith('\n')) {
    errors.push(new DatasetError({
      file, line: text.split('\n').length, problem: 'does not end with a line break', expected: 'a line break after the last row',
      hint: 'Add a newline at the end of the file (most editors have an "insert final newline" setting).',
    }));
    text += '\n';
  }

  const records: { line: number; cells: string[]; broken: boolean }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      // One message per record: PapaParse reports a stray quote and the unclosed cell it causes.
      for (const e of result.errors.slice(0, 1)) {
        const quoteHint = 'Put a cell that holds a comma, a quote or a line break in double quotes, and write a quote inside it as two quotes ("").';
        if (e.code === 'MissingQuotes') {
          errors.push(new DatasetError({ file, line, problem: 'opens a quoted cell that is never closed', expected: 'a closing double quote', hint: quoteHint }));
        } else if (e.code === 'InvalidQuotes') {
          errors.push(new DatasetError({ file, line, problem: 'has a quoted cell with text after its closing quote', expected: 'a comma or line break after a closing quote', hint: quoteHint }));
        } else {
          errors.push(new DatasetError({ file, line, problem: `cannot be read as CSV (${e.message})`, hint: quoteHint }));
        }
      }
      records.push({ line, cells: result.data, broken: result.errors.length > 0 });
      for (let i = start; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  // The text ends with '\n', after which PapaParse reports one empty record.
  const last = records[records.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && last.line > text.split('\n').length - 1) records.pop();

  const head = records.shift();
  const header = head ? head.cells : [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name.trim() === '') {
      errors.push(new DatasetError({ file, line: 1, columnNumber: i + 1, column: '', problem: `has an empty column name in column ${i + 1}`, expected: 'a name for every column', hint: 'Remove the extra comma from the header row, or name the column.' }));
    } else if (seen.has(name)) {
      errors.push(new DatasetError({ file, line: 1, column: name, columnNumber: i + 1, value: name, problem: `repeats the name of column ${seen.get(name)}`, expected: 'each column name once', hint: 'Rename or remove one of the two columns.' }));
    } else {
      seen.set(name, i + 1);
    }
  });

  const rows: CsvRow[] = [];
  let complete = head !== undefined && !head.broken;
  for (const r of records) {
    if (r.broken) {
      complete = false;
    } else if (r.cells.length === 1 && r.cells[0] === '' && header.length > 1) {
      errors.push(new DatasetError({ file, line: r.line, problem: 'is blank', expected: 'a row of data', hint: 'Delete the empty line.' }));
    } else if (r.cells.length < header.length) {
      complete = false;
      errors.push(new DatasetError({
        file, line: r.line, problem: `has ${r.cells.length} cells but the header has ${header.length}`, expected: `${header.length} cells`,
        hint: 'A comma is missing (write an empty cell as nothing between two commas), or a cell holding a comma is not in double quotes.',
      }));
    } else if (r.cells.length > header.length) {
      complete = false;
      errors.push(new DatasetError({
        file, line: r.line, problem: `has ${r.cells.length} cells but the header has ${header.length}`, expected: `${header.length} cells`,
        hint: 'Put a cell that holds a comma in double quotes ("a, b"), or remove the extra comma.',
      }));
    } else {
      rows.push({ line: r.line, cells: r.cells });
    }
  }
  return { file, header, rows, errors, complete };
}
