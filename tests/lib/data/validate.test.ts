import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DatasetAggregateError } from '../../../src/lib/data/errors.ts';
import { TABLES } from '../../../src/lib/data/schema.ts';
import { checkTables, readWorkingData, validateTables, validateWorkingData, type TableSource } from '../../../src/lib/data/validate.ts';

const VALID = 'tests/fixtures/data/valid';
const YEAR = 2026;

/** The valid fixture with one table replaced by a bad file; the table is the middle part of the name. */
function withBadFile(name: string): TableSource[] {
  const table = name.split('.')[1];
  const file = `tests/fixtures/data/bad/${name}`;
  const sources = readWorkingData(VALID);
  if (!sources.some((s) => s.id === table)) throw new Error(`fixture ${name} names no table`);
  return sources.map((s) => (s.id === table ? { ...s, file, content: readFileSync(file) } : s));
}

// Each kind of bad input: what it is, its fixture, and the exact messages it must produce (and no others).
const CASES: readonly [string, string, readonly string[]][] = [
  ["an attested Kazakh name without its source", "attested-without-source.regions.csv", [
    "tests/fixtures/data/bad/attested-without-source.regions.csv line 3, column 8 \"name_kk_source\": \"\" is empty although name_kk_status is attested (expected the URL of a page that uses the Kazakh name). Hint: Give the source, or set name_kk_status to unreviewed.",
  ]],
  ["a date that is not ISO", "bad-date.documents.csv", [
    "tests/fixtures/data/bad/bad-date.documents.csv line 2, column 7 \"date\": \"1996/07/06\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD). Hint: Write the date as precisely as the source gives it, in ISO order: 2016, 2016-12 or 2016-12-07.",
  ]],
  ["a value outside the enum", "bad-enum.pairings.csv", [
    "tests/fixtures/data/bad/bad-enum.pairings.csv line 5, column 12 \"confidence\": \"certain\" is not one of the allowed values of confidence (expected one of high, medium, low). Hint: Use one of the listed values exactly, in lower case; to add a value, change the schema (a MINOR or MAJOR release).",
  ]],
  ["a source URL without http", "bad-url.sources.csv", [
    "tests/fixtures/data/bad/bad-url.sources.csv line 2, column 5 \"url\": \"example.org/a\" is not a URL (expected http:// or https:// and no spaces). Hint: Paste the full address of the page that was read.",
  ]],
  ["a blank line between rows", "blank-line.phases.csv", [
    "tests/fixtures/data/bad/blank-line.phases.csv line 3: is blank (expected a row of data). Hint: Delete the empty line.",
  ]],
  ["a file that starts with a UTF-8 byte-order mark", "bom.phases.csv", [
    "tests/fixtures/data/bad/bom.phases.csv line 1: starts with a UTF-8 byte-order mark (BOM) (expected UTF-8 without BOM). Hint: Save as \"UTF-8\", not \"UTF-8 with BOM\"; the release adds a BOM itself to the Excel variant.",
  ]],
  ["a file with CRLF line ends", "crlf.phases.csv", [
    "tests/fixtures/data/bad/crlf.phases.csv line 1: ends with CRLF (Windows line ends) (expected LF line ends). Hint: Convert the file to LF line ends (your editor's line-ending setting, or dos2unix); releases are hashed in that canonical form.",
  ]],
  ["an id used twice", "duplicate-id.sources.csv", [
    "tests/fixtures/data/bad/duplicate-id.sources.csv line 5, column 1 \"id\": \"src-b\" is already the id of line 3 (expected a value used once in this column). Hint: Give the row its own id, or merge the two rows.",
  ]],
  ["the same pair twice in one phase", "duplicate-pairing.pairings.csv", [
    "tests/fixtures/data/bad/duplicate-pairing.pairings.csv line 6: \"110000→130700\" repeats the pairing of line 4 in phase 2016 (expected one row per pair and phase). Hint: Merge the two rows (join their source_ids with \";\"), or correct the phase of one of them.",
  ]],
  ["a row repeated exactly", "duplicate-row.sources.csv", [
    "tests/fixtures/data/bad/duplicate-row.sources.csv line 5: repeats line 3 exactly (expected each row once). Hint: Delete one of the two lines.",
  ]],
  ["an empty required cell", "empty-required.pairings.csv", [
    "tests/fixtures/data/bad/empty-required.pairings.csv line 3, column 12 \"confidence\": \"\" is empty (expected a value (confidence is required)). Hint: Fill in confidence; every row needs one.",
  ]],
  ["an end year before the start year", "end-before-start.pairings.csv", [
    "tests/fixtures/data/bad/end-before-start.pairings.csv line 3, column 5 \"end_year\": \"2014\" is before start_year 2016 (expected a year from 2016 on, or empty while in force). Hint: Check both years against the sources; swap them if they were entered the wrong way round.",
  ]],
  ["an end status that contradicts the end year or the phase", "end-status-mismatch.pairings.csv", [
    "tests/fixtures/data/bad/end-status-mismatch.pairings.csv line 2, column 6 \"end_status\": \"in-force\" contradicts end_year 2016 (expected ended). Hint: A row with an end_year has ended; clear end_year if the pair is still in force or its end is unknown.",
    "tests/fixtures/data/bad/end-status-mismatch.pairings.csv line 4, column 6 \"end_status\": \"in-force\" cannot hold for phase 2016, which ended in 2021 (expected ended or unknown (only a pair of the current phase can be in force)). Hint: If the pair goes on, add a row in the current phase; else write unknown.",
  ]],
  ["a 5-digit region code", "five-digit-code.pairings.csv", [
    "tests/fixtures/data/bad/five-digit-code.pairings.csv line 2, column 3 \"helped_code\": \"15000\" is not a GB/T 2260 code (expected 6 digits). Hint: Write the six-digit administrative code (e.g. 520500); look the unit up in regions.csv.",
  ]],
  ["a cell that begins with @", "formula-at.pairings.csv", [
    "tests/fixtures/data/bad/formula-at.pairings.csv line 5, column 14 \"note_en\": \"@source-b\" begins with \"@\", so a spreadsheet would run it as a formula (expected text that does not begin with =, +, - or @). Hint: Start the cell with a word or a digit (write \"minus\", or use the typographic minus \"−\"), so the published CSV opens safely in Excel.",
  ]],
  ["a cell that begins with =", "formula-equals.pairings.csv", [
    "tests/fixtures/data/bad/formula-equals.pairings.csv line 5, column 14 \"note_en\": \"=HYPERLINK(\"http://example.org\",\"x\")\" begins with \"=\", so a spreadsheet would run it as a formula (expected text that does not begin with =, +, - or @). Hint: Start the cell with a word or a digit (write \"minus\", or use the typographic minus \"−\"), so the published CSV opens safely in Excel.",
  ]],
  ["a cell that begins with -", "formula-minus.pairings.csv", [
    "tests/fixtures/data/bad/formula-minus.pairings.csv line 5, column 14 \"note_en\": \"-see the 2016 row\" begins with \"-\", so a spreadsheet would run it as a formula (expected text that does not begin with =, +, - or @). Hint: Start the cell with a word or a digit (write \"minus\", or use the typographic minus \"−\"), so the published CSV opens safely in Excel.",
  ]],
  ["a cell that begins with +", "formula-plus.pairings.csv", [
    "tests/fixtures/data/bad/formula-plus.pairings.csv line 5, column 14 \"note_en\": \"+1 pairing\" begins with \"+\", so a spreadsheet would run it as a formula (expected text that does not begin with =, +, - or @). Hint: Start the cell with a word or a digit (write \"minus\", or use the typographic minus \"−\"), so the published CSV opens safely in Excel.",
  ]],
  ["a document date in the future", "future-date.documents.csv", [
    "tests/fixtures/data/bad/future-date.documents.csv line 3, column 8 \"published\": \"2027-01-01\" is outside the years the dataset covers (expected a date from 1996 to 2026). Hint: Check the date against the source; a record cannot be dated in the future or before the scheme began in 1996.",
  ]],
  ["a helped unit that is not western", "helped-not-west.pairings.csv", [
    "tests/fixtures/data/bad/helped-not-west.pairings.csv line 5, column 3 \"helped_code\": \"440000\" is 广东省, whose role in regions.csv is east, not west (expected a western unit helped (role west)). Hint: Swap helper_code and helped_code if they were entered the wrong way round, or correct the role in regions.csv.",
  ]],
  ["a helper that is not an eastern unit", "helper-not-east.pairings.csv", [
    "tests/fixtures/data/bad/helper-not-east.pairings.csv line 5, column 2 \"helper_code\": \"150000\" is 内蒙古自治区, whose role in regions.csv is west, not east (expected an eastern helper (role east)). Hint: Swap helper_code and helped_code if they were entered the wrong way round, or correct the role in regions.csv.",
  ]],
  ["a pairing id that does not match its row", "id-mismatch.pairings.csv", [
    "tests/fixtures/data/bad/id-mismatch.pairings.csv line 5, column 1 \"id\": \"2018-440300-520500\" does not match the row's phase, helper_code and helped_code (expected 2016-440300-520500). Hint: Build the id as phase-helper_code-helped_code, so the same pair in another phase gets its own id.",
  ]],
  ["a file that is not valid UTF-8 (saved as GBK)", "invalid-utf8.phases.csv", [
    "tests/fixtures/data/bad/invalid-utf8.phases.csv line 2: \"0xC6 0xF4 0xB6 0xAF\" is not valid UTF-8 (byte 115) (expected UTF-8 text). Hint: Re-save the file as \"UTF-8\" (a file saved as GBK, GB 18030 or Latin-1 has this problem); then check the Chinese and Kazakh text on that line.",
  ]],
  ["a row longer than the header", "long-row.phases.csv", [
    "tests/fixtures/data/bad/long-row.phases.csv line 3: has 11 cells but the header has 10 (expected 10 cells). Hint: Put a cell that holds a comma in double quotes (\"a, b\"), or remove the extra comma.",
  ]],
  ["a table without one of its columns", "missing-column.known-gaps.csv", [
    "tests/fixtures/data/bad/missing-column.known-gaps.csv line 1, column \"status\": has no column \"status\" (expected the columns id,topic_en,question_en,question_zh,status,related). Hint: Restore the column; columns may be added to the schema but never renamed or removed.",
  ]],
  ["a source id that is not in sources.csv", "missing-source.pairings.csv", [
    "tests/fixtures/data/bad/missing-source.pairings.csv line 5, column 11 \"source_ids\": \"src-z\" is not an id in sources.csv (expected an id listed in sources.csv). Hint: Add the source to sources.csv (title, publisher, date, URL, kind, accessed) or correct the id.",
  ]],
  ["a file without a final line break", "no-final-newline.phases.csv", [
    "tests/fixtures/data/bad/no-final-newline.phases.csv line 3: does not end with a line break (expected a line break after the last row). Hint: Add a newline at the end of the file (most editors have an \"insert final newline\" setting).",
  ]],
  ["a figure written with a decimal comma", "not-a-number.figures.csv", [
    "tests/fixtures/data/bad/not-a-number.figures.csv line 2, column 5 \"value\": \"12,64\" is not a number (expected a decimal number such as 12.5). Hint: Write digits with a \".\" for decimals; no thousands separators and no units (the unit column says the unit).",
  ]],
  ["a year that is not a whole number", "not-a-year.phases.csv", [
    "tests/fixtures/data/bad/not-a-year.phases.csv line 2, column 2 \"start_year\": \"1996年\" is not a whole number (expected digits only, e.g. 2016). Hint: Write the number without spaces, commas or units.",
  ]],
  ["an old code that the crosswalk replaces", "old-code.pairings.csv", [
    "tests/fixtures/data/bad/old-code.pairings.csv line 5, column 3 \"helped_code\": \"522400\" is the former code of 毕节市 (毕节地区), replaced by 520500 in 2011 (expected the current code 520500). Hint: Write 520500; the dataset keys every unit by its current code and code-crosswalk.csv maps the old one for older records.",
  ]],
  ["a row shorter than the header", "short-row.phases.csv", [
    "tests/fixtures/data/bad/short-row.phases.csv line 3: has 9 cells but the header has 10 (expected 10 cells). Hint: A comma is missing (write an empty cell as nothing between two commas), or a cell holding a comma is not in double quotes.",
  ]],
  ["a pairing that starts before its phase", "start-before-phase.pairings.csv", [
    "tests/fixtures/data/bad/start-before-phase.pairings.csv line 5, column 4 \"start_year\": \"2015\" is before phase 2016, which starts in 2016 (expected a year from 2016 on). Hint: Put the row in the phase that was in force in its start year, or correct the year.",
  ]],
  ["a quoted cell with text after its closing quote", "stray-quote.pairings.csv", [
    "tests/fixtures/data/bad/stray-quote.pairings.csv line 2: has a quoted cell with text after its closing quote (expected a comma or line break after a closing quote). Hint: Put a cell that holds a comma, a quote or a line break in double quotes, and write a quote inside it as two quotes (\"\").",
  ]],
  ["a value with a leading space", "surrounding-space.sources.csv", [
    "tests/fixtures/data/bad/surrounding-space.sources.csv line 3, column 3 \"publisher\": \" 新华社\" has a space or line break at its start or end (expected no surrounding whitespace). Hint: Delete the spaces around the value.",
  ]],
  ["a quoted cell that is never closed", "unclosed-quote.documents.csv", [
    "tests/fixtures/data/bad/unclosed-quote.documents.csv line 3: opens a quoted cell that is never closed (expected a closing double quote). Hint: Put a cell that holds a comma, a quote or a line break in double quotes, and write a quote inside it as two quotes (\"\").",
  ]],
  ["a region code that is not in regions.csv", "unknown-code.pairings.csv", [
    "tests/fixtures/data/bad/unknown-code.pairings.csv line 3, column 3 \"helped_code\": \"150001\" is not a code in regions.csv (expected a code listed in regions.csv). Hint: Check the code against GB/T 2260, then add the unit to regions.csv if it is missing.",
  ]],
  ["a column the schema does not know", "unknown-column.known-gaps.csv", [
    "tests/fixtures/data/bad/unknown-column.known-gaps.csv line 1, column 7 \"comment\": \"comment\" is not a column of the known-gaps table (expected one of id, topic_en, question_en, question_zh, status, related). Hint: Fix the column name, or add the column to src/lib/data/schema.ts first (a MINOR release).",
  ]],
  ["a phase that is not in phases.csv", "unknown-phase.pairings.csv", [
    "tests/fixtures/data/bad/unknown-phase.pairings.csv line 5, column 7 \"phase\": \"2010\" is not an id in phases.csv (expected an id listed in phases.csv). Hint: Add the row to phases.csv first, or correct the id.",
  ]],
  ["a known gap pointing at an unknown row", "unknown-related.known-gaps.csv", [
    "tests/fixtures/data/bad/unknown-related.known-gaps.csv line 2, column 6 \"related\": \"gap-none\" is not the id of any row in pairings, documents, sources, figures, phases or known-gaps (expected an existing id). Hint: Correct the id, or remove it from the list.",
  ]],
  ["a figure scope naming an unknown code", "unknown-scope-code.figures.csv", [
    "tests/fixtures/data/bad/unknown-scope-code.figures.csv line 2, column 7 \"scope\": \"150001\" is not a code in regions.csv (expected a code listed in regions.csv). Hint: Check the code against GB/T 2260, then add the unit to regions.csv if it is missing.",
  ]],
  ["years before 1996 and after the current year", "year-out-of-range.pairings.csv", [
    "tests/fixtures/data/bad/year-out-of-range.pairings.csv line 2, column 4 \"start_year\": \"1995\" is outside the years the dataset covers (expected a year from 1996 to 2026). Hint: Check the year against the source; the scheme began in 1996 and a record cannot be dated in the future.",
    "tests/fixtures/data/bad/year-out-of-range.pairings.csv line 4, column 5 \"end_year\": \"2030\" is outside the years the dataset covers (expected a year from 1996 to 2026). Hint: Check the year against the source; the scheme began in 1996 and a record cannot be dated in the future.",
  ]],
];

describe('validating the tables', () => {
  test('accepts the valid fixture and returns every table in schema order', () => {
    const tables = validateTables(readWorkingData(VALID), { currentYear: YEAR });
    expect(tables.map((t) => t.id)).toEqual(TABLES.map((d) => d.id));
    const pairings = tables.find((t) => t.id === 'pairings')!;
    expect(pairings.rows[0]).toMatchObject({ id: '1996-110000-150000', end_year: '2016', note_en: 'Founding pair, re-listed in 2016.' });
    expect(pairings.lines).toEqual([2, 3, 4, 5]);
  });

  test(`covers at least 15 kinds of bad input (${CASES.length} here)`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  test.each(CASES)('rejects %s (%s) with a message naming file, line, value and a hint', (_kind, fixture, messages) => {
    const { tables, errors } = checkTables(withBadFile(fixture), { currentYear: YEAR });
    expect(errors.map((e) => e.message)).toEqual(messages);
    expect(tables).toEqual([]);
    for (const e of errors) {
      expect(e.file).toBe(`tests/fixtures/data/bad/${fixture}`);
      expect(e.hint).toBeTruthy();
    }
  });

  test('collects every problem of every file into one aggregate error', () => {
    const sources = withBadFile('bom.phases.csv').map((s) =>
      s.id === 'pairings' ? { ...s, file: 'tests/fixtures/data/bad/bad-enum.pairings.csv', content: readFileSync('tests/fixtures/data/bad/bad-enum.pairings.csv') } : s,
    );
    let caught: unknown;
    try {
      validateTables(sources, { currentYear: YEAR });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DatasetAggregateError);
    const aggregate = caught as DatasetAggregateError;
    expect(aggregate.errors.map((e) => e.file)).toEqual(['tests/fixtures/data/bad/bad-enum.pairings.csv', 'tests/fixtures/data/bad/bom.phases.csv']);
    expect(aggregate.message.split('\n')[0]).toBe('2 problems in the dataset:');
  });

  test('reports a table whose file is missing', () => {
    const sources = readWorkingData(VALID).filter((s) => s.id !== 'figures');
    expect(checkTables(sources, { currentYear: YEAR }).errors.map((e) => e.message)).toEqual([
      'figures.csv: is missing (expected a file for the figures table). Hint: Every table of the schema needs its CSV file, even with a header only.',
    ]);
  });

  test('lets a plain negative number through, since a spreadsheet cannot run it', () => {
    const sources = readWorkingData(VALID).map((s) =>
      s.id === 'pairings' ? { ...s, content: readFileSync(`${VALID}/working/pairings.csv`, 'utf8').replace('Voluntary pairing.', '-12.5') } : s,
    );
    expect(checkTables(sources, { currentYear: YEAR }).errors).toEqual([]);
  });
});

describe('the working data', () => {
  test('validates with no problem at all', () => {
    expect(() => validateWorkingData()).not.toThrow();
  });

  test('gives every pairing at least one source that exists', () => {
    const tables = validateWorkingData();
    const sourceIds = new Set(tables.find((t) => t.id === 'sources')!.rows.map((r) => r.id));
    for (const row of tables.find((t) => t.id === 'pairings')!.rows) {
      const ids = (row.source_ids ?? '').split(';').filter(Boolean);
      expect(ids.length, row.id).toBeGreaterThan(0);
      for (const id of ids) expect(sourceIds.has(id), `${row.id}: ${id}`).toBe(true);
    }
  });

  test('has pairings in every phase', () => {
    const tables = validateWorkingData();
    const phases = tables.find((t) => t.id === 'phases')!.rows.map((r) => r.id);
    const used = new Set(tables.find((t) => t.id === 'pairings')!.rows.map((r) => r.phase));
    for (const p of phases) expect(used.has(p), `phase ${p}`).toBe(true);
  });
});
