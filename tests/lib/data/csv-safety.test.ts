import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { neutralizeFormula, toSafeCsv } from '../../../src/lib/data/csv-safety.ts';

describe('neutralizeFormula', () => {
  test('prefixes a single quote to text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+A1', '-2+3+cmd', '@SUM(A1)', '\tx', '\rx'].map(neutralizeFormula)).toEqual([
      "'=1+1", "'+A1", "'-2+3+cmd", "'@SUM(A1)", "'\tx", "'\rx",
    ]);
  });

  test('leaves plain numbers and ordinary text alone', () => {
    expect(['-12.5', '+3', '-1e5', '2016', '北京', 'a=b', ''].map(neutralizeFormula)).toEqual([
      '-12.5', '+3', '-1e5', '2016', '北京', 'a=b', '',
    ]);
  });
});

describe('toSafeCsv', () => {
  const rows = [
    { name: '北京', note: 'A, "B"', value: 12 },
    { name: '=HYPERLINK("http://x")', note: 'two\nlines', value: null },
    { name: ' padded', note: undefined, value: -3.5 },
  ];

  test('writes RFC 4180 CSV with CRLF by default, quoting only fields that need it', () => {
    expect(toSafeCsv(rows, ['name', 'note', 'value'])).toBe(
      'name,note,value\r\n' +
        '北京,"A, ""B""",12\r\n' +
        '"\'=HYPERLINK(""http://x"")","two\nlines",\r\n' +
        '" padded",,-3.5\r\n',
    );
  });

  test('adds a UTF-8 BOM and uses LF when asked, with the columns in the given order', () => {
    const text = toSafeCsv([{ a: '1', b: '2' }], ['b', 'a'], { bom: true, eol: '\n' });
    expect(text).toBe('\uFEFFb,a\n2,1\n');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  test('round-trips through PapaParse to the same (neutralized) cells', () => {
    const parsed = Papa.parse<string[]>(toSafeCsv(rows, ['name', 'note', 'value'], { eol: '\n' }).trimEnd(), { newline: '\n' });
    expect(parsed.data).toEqual([
      ['name', 'note', 'value'],
      ['北京', 'A, "B"', '12'],
      ["'=HYPERLINK(\"http://x\")", 'two\nlines', ''],
      [' padded', '', '-3.5'],
    ]);
  });

  test('refuses a non-finite number, naming the row and column', () => {
    expect(() => toSafeCsv([{ v: Number.NaN }], ['v'])).toThrow(
      'toSafeCsv: row 1, column "v" is NaN; write an empty cell for missing data.',
    );
  });
});
