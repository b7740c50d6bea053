import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8, parseCsv } from '../../../src/lib/data/parse-csv.ts';

describe('parseCsv', () => {
  test('reads a header and rows as strings, keeping empty cells as empty strings', () => {
    const parsed = parseCsv('code,parent_code,name\n110000,,北京市\n', 'regions.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.complete).toBe(true);
    expect(parsed.header).toEqual(['code', 'parent_code', 'name']);
    expect(parsed.rows).toEqual([{ line: 2, cells: ['110000', '', '北京市'] }]);
  });

  test('unquotes RFC 4180 cells with commas, doubled quotes and line breaks, and counts physical lines', () => {
    const parsed = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row\n', 't.csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', 'row'] },
    ]);
  });

  test('accepts bytes as well as text', () => {
    const parsed = parseCsv(new TextEncoder().encode('a,b\n1,Қазақ\n'), 't.csv');
    expect(parsed.rows[0]?.cells).toEqual(['1', 'Қазақ']);
  });

  test('names the line of a short row below a multi-line cell', () => {
    const parsed = parseCsv('a,b\n"1\n2",3\nonly\n', 't.csv');
    expect(parsed.errors.map((e) => e.message)).toEqual([
      't.csv line 4: has 1 cells but the header has 2 (expected 2 cells). Hint: A comma is missing (write an empty cell as nothing between two commas), or a cell holding a comma is not in double quotes.',
    ]);
    expect(parsed.complete).toBe(false);
  });

  test('reports a repeated column name in the header', () => {
    expect(parseCsv('id,id\n1,2\n', 't.csv').errors.map((e) => e.message)).toEqual([
      't.csv line 1, column 2 "id": "id" repeats the name of column 1 (expected each column name once). Hint: Rename or remove one of the two columns.',
    ]);
  });

  test('reports an empty file', () => {
    expect(parseCsv('', 't.csv').errors.map((e) => e.message)).toEqual([
      't.csv: is empty (expected a header row and a line break). Hint: Restore the header row from the previous release.',
    ]);
  });

  test('reports a lone carriage return', () => {
    expect(parseCsv('a,b\r1,2\n', 't.csv').errors.map((e) => e.message)).toEqual([
      't.csv line 1: contains a carriage return (CR) (expected LF line ends and no CR inside cells). Hint: Convert the file to LF line ends and remove carriage returns from cells.',
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  test('finds no problem in Chinese and Kazakh text', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('北京 Қазақ 😀'))).toBe(-1);
  });

  test('finds a GBK byte pair, a truncated sequence and an overlong encoding', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xb1, 0xb1]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe5, 0x8c]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
