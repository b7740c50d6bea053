import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DatasetAggregateError } from '../../../src/lib/data/errors.ts';
import { latestRelease, loadRelease, loadReleases, releaseVersions, tableRows, TABLE_IDS } from '../../../src/lib/data/load-release.ts';
import { writeRelease } from '../../../src/lib/data/release.ts';
import { readWorkingData, validateTables } from '../../../src/lib/data/validate.ts';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder with the valid fixture released under the given versions. */
function dataDir(...versions: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-release-test-'));
  temps.push(dir);
  const tables = validateTables(readWorkingData('tests/fixtures/data/valid'), { currentYear: 2026 });
  for (const version of versions) writeRelease(dir, tables, { version, date: '2026-11-23', notes: { en: `Notes of ${version}.`, zh: `${version}说明。` } });
  return dir;
}

function caught(f: () => unknown): DatasetAggregateError {
  try {
    f();
  } catch (e) {
    if (e instanceof DatasetAggregateError) return e;
    throw e;
  }
  throw new Error('expected a DatasetAggregateError');
}

describe('releaseVersions', () => {
  test('lists release folders in ascending semantic order and ignores other folders', () => {
    const dir = dataDir('1.9.0', '1.10.0', '1.2.0');
    mkdirSync(join(dir, 'releases', 'draft'));
    expect(releaseVersions(dir)).toEqual(['1.2.0', '1.9.0', '1.10.0']);
  });

  test('is empty when there is no releases folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-release-test-'));
    temps.push(dir);
    expect(releaseVersions(dir)).toEqual([]);
  });
});

describe('loadRelease', () => {
  test('returns the tables with their schema, rows as strings exactly as in the CSV, notes per locale and the stored files', () => {
    const dir = dataDir('1.0.0');
    const release = loadRelease('1.0.0', dir);
    expect(release.version).toBe('1.0.0');
    expect(release.date).toBe('2026-11-23');
    expect(release.notes).toEqual({ en: 'Notes of 1.0.0.', zh: '1.0.0说明。' });
    expect(release.tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    const pairings = release.tables.find((t) => t.id === 'pairings')!;
    expect(pairings.primaryKey).toEqual(['id']);
    expect(pairings.foreignKeys).toContainEqual({ fields: 'helper_code', reference: { resource: 'regions', fields: 'code' } });
    expect(pairings.fields.find((f) => f.name === 'helper_code')?.constraints).toEqual({ required: true, pattern: '^\\d{6}$' });
    expect(typeof pairings.title === 'object' && pairings.title.kk).toBe('Жұптар');
    expect(pairings.rows[2]).toEqual({
      id: '2016-110000-130700', helper_code: '110000', helped_code: '130700', start_year: '2016', end_year: '', end_status: 'unknown', phase: '2016', level: 'prefecture',
      arrangement: 'national-list', document_id: 'doc-2016', source_ids: 'src-b', confidence: 'high', note_zh: '列入2016年名单。', note_en: 'In the 2016 list.',
    });
    const stored = readFileSync(join(dir, 'releases', '1.0.0', 'regions.csv'));
    expect(release.files.find((f) => f.name === 'regions.csv')?.bytes).toBe(stored.length);
    expect((release.datapackage as { name: string }).name).toBe('east-west-pairings');
  });

  test('caches a release per data folder and version', () => {
    const dir = dataDir('1.0.0');
    expect(loadRelease('1.0.0', dir)).toBe(loadRelease('1.0.0', dir));
  });

  test('refuses a release whose published file changed, naming the file and the recorded hash', () => {
    const dir = dataDir('1.0.0');
    appendFileSync(join(dir, 'releases', '1.0.0', 'sources.csv'), 'src-d,新,新华社,2016,https://example.org/x,news-report,,2026-11-23,zh\n');
    const error = caught(() => loadRelease('1.0.0', dir));
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]!.problem).toMatch(/^has changed since release 1\.0\.0 was published \(now \d+ bytes, sha256 [0-9a-f]{64}\)$/);
    expect(error.errors[0]!.hint).toBe('Published releases are immutable: restore the file from git and put the correction in a new release (scripts/release.ts, PATCH version).');
  });

  test('validates a release against its own schema and reports bad rows like the working data', () => {
    const dir = dataDir('1.0.0');
    const path = join(dir, 'releases', '1.0.0', 'pairings.csv');
    const text = readFileSync(path, 'utf8').replace(',medium,', ',certain,');
    writeFileSync(path, text);
    const pkgPath = join(dir, 'releases', '1.0.0', 'datapackage.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { resources: { name: string; bytes: number; hash: string }[] };
    const r = pkg.resources.find((x) => x.name === 'pairings')!;
    r.bytes = Buffer.byteLength(text);
    r.hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
    const error = caught(() => loadRelease('1.0.0', dir));
    expect(error.errors.map((e) => e.problem)).toEqual(['is not one of the allowed values of confidence']);
    expect(error.message.split('\n')[0]).toBe('1 problem in release 1.0.0:');
  });

  test('names the published versions when asked for one that does not exist', () => {
    const dir = dataDir('1.0.0');
    expect(caught(() => loadRelease('2.0.0', dir)).errors[0]!.hint).toMatch(/the versions there are 1\.0\.0\.$/);
  });
});

describe('loadReleases, latestRelease and tableRows', () => {
  test('load every release oldest first, and the newest as the latest', () => {
    const dir = dataDir('1.0.0', '1.1.0');
    expect(loadReleases(dir).map((r) => r.version)).toEqual(['1.0.0', '1.1.0']);
    expect(latestRelease(dir).version).toBe('1.1.0');
  });

  test('latestRelease explains how to cut a release when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-release-test-'));
    temps.push(dir);
    expect(caught(() => latestRelease(dir)).errors[0]!.problem).toBe('holds no release');
  });

  test('tableRows gives a table\'s rows and throws for a table the release lacks', () => {
    const release = loadRelease('1.0.0', dataDir('1.0.0'));
    expect(tableRows(release, 'phases').map((r) => r.id)).toEqual(['1996', '2016']);
    expect(() => tableRows({ ...release, tables: [] }, 'phases')).toThrow('tableRows: release 1.0.0 has no table "phases"; it has .');
  });

  test('the site\'s own newest release loads and carries every table with rows', () => {
    const release = latestRelease();
    const versions = releaseVersions();
    expect(release.version).toBe(versions[versions.length - 1]);
    for (const id of TABLE_IDS) expect(tableRows(release, id).length, id).toBeGreaterThan(0);
  });
});

