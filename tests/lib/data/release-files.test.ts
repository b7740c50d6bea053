import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { latestRelease, loadRelease } from '../../../src/lib/data/load-release.ts';
import { datapackageBody, servedFiles, tableBody } from '../../../src/lib/data/release-files.ts';
import { writeRelease } from '../../../src/lib/data/release.ts';
import { readWorkingData, validateTables } from '../../../src/lib/data/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'release-files-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeRelease(dir, validateTables(readWorkingData('tests/fixtures/data/valid'), { currentYear: 2026 }), { version: '1.0.0', date: '2026-11-23', notes: { en: 'Test.' } });
const release = loadRelease('1.0.0', dir);

describe('release files as served', () => {
  test('the CSV and datapackage.json are the stored bytes, so the published hashes match the downloads', () => {
    for (const t of release.tables) expect(tableBody(release, t.id, 'csv')).toBe(readFileSync(join(dir, 'releases', '1.0.0', `${t.id}.csv`), 'utf8'));
    expect(datapackageBody(release)).toBe(readFileSync(join(dir, 'releases', '1.0.0', 'datapackage.json'), 'utf8'));
  });

  test('the Excel CSV starts with a BOM, uses CRLF and keeps the same cells', () => {
    const excel = tableBody(release, 'phases', 'excel');
    expect(excel.startsWith('\uFEFFid,start_year,end_year,')).toBe(true);
    expect(excel.slice(1).replace(/\r\n/g, '\n')).toBe(tableBody(release, 'phases', 'csv'));
  });

  test('the JSON is the rows as strings, exactly as in the CSV', () => {
    const rows = JSON.parse(tableBody(release, 'pairings', 'json')) as Record<string, string>[];
    expect(rows).toEqual(release.tables.find((t) => t.id === 'pairings')!.rows);
    expect(rows[2]?.end_year).toBe('');
  });

  test('lists csv, excel and json per table, then datapackage.json, named as the data pages link them', () => {
    const names = servedFiles(release).map((f) => f.name);
    expect(names.slice(0, 3)).toEqual(['regions.csv', 'regions.excel.csv', 'regions.json']);
    expect(names).toContain('pairings.excel.csv');
    expect(names).not.toContain('pairings.geojson');
    expect(names[names.length - 1]).toBe('datapackage.json');
    expect(names).toHaveLength(release.tables.length * 3 + 1);
  });

  test('the site\'s newest release serves its CSVs with the hashes recorded in its datapackage.json', async () => {
    const { createHash } = await import('node:crypto');
    const latest = latestRelease();
    for (const f of latest.files) {
      const body = tableBody(latest, f.name.replace(/\.csv$/, ''), 'csv');
      expect(createHash('sha256').update(body).digest('hex'), f.name).toBe(f.sha256);
    }
  });
});
