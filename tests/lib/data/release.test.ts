import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildRelease, canonicalCsv, changelogEntry, writeRelease } from '../../../src/lib/data/release.ts';
import { TABLES } from '../../../src/lib/data/schema.ts';
import { readWorkingData, validateTables } from '../../../src/lib/data/validate.ts';

const fixtureTables = () => validateTables(readWorkingData('tests/fixtures/data/valid'), { currentYear: 2026 });
const meta = { version: '1.0.0', date: '2026-11-23', notes: { en: 'First release.', zh: '首个版本。' } };
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-test-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('canonicalCsv', () => {
  test('quotes only cells that need it, doubles quotes and ends every line with LF', () => {
    expect(canonicalCsv(['a', 'b', 'c'], [{ a: 'x, y', b: 'say "hi"', c: '' }, { a: 'two\nlines', b: ' pad', c: 'plain' }])).toBe(
      'a,b,c\n"x, y","say ""hi""",\n"two\nlines"," pad",plain\n',
    );
  });

  test('writes the working files back byte for byte (they are already canonical)', () => {
    for (const source of readWorkingData('tests/fixtures/data/valid')) {
      const table = fixtureTables().find((t) => t.id === source.id)!;
      expect(canonicalCsv(table.header, table.rows)).toBe(Buffer.from(source.content).toString('utf8'));
    }
  });
});

describe('buildRelease', () => {
  test('describes every table with bytes, sha256 hash and a Table Schema with descriptions in zh, en and kk', () => {
    const { files, datapackage } = buildRelease(fixtureTables(), meta);
    expect(files.map((f) => f.name)).toEqual([...TABLES.map((d) => `${d.id}.csv`), 'datapackage.json']);
    const pkg = datapackage as { resources: { name: string; bytes: number; hash: string; encoding: string; mediatype: string; schema: { fields: { i18n: { description: Record<string, string> } }[]; primaryKey: string[] } }[]; licenses: { name: string }[]; version: string; created: string; i18n: { kkStatus: string; notes: unknown } };
    expect(pkg.version).toBe('1.0.0');
    expect(pkg.created).toBe('2026-11-23T00:00:00Z');
    expect(pkg.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(pkg.i18n.kkStatus).toBe('unreviewed');
    expect(pkg.i18n.notes).toEqual(meta.notes);
    for (const r of pkg.resources) {
      const file = files.find((f) => f.name === `${r.name}.csv`)!;
      expect(r.bytes).toBe(Buffer.byteLength(file.content));
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(file.content).digest('hex')}`);
      expect(r.encoding).toBe('utf-8');
      expect(r.mediatype).toBe('text/csv');
      expect(r.schema.primaryKey.length).toBeGreaterThan(0);
      for (const f of r.schema.fields) expect(Object.keys(f.i18n.description).sort()).toEqual(['en', 'kk', 'zh']);
    }
  });

  test('refuses a version that is not semantic', () => {
    expect(() => buildRelease(fixtureTables(), { ...meta, version: '1.0' })).toThrow('buildRelease: version "1.0" is not a semantic version such as 1.0.0.');
  });

  test('puts the English and Chinese notes under a dated heading in the changelog entry', () => {
    expect(changelogEntry(meta)).toBe('## 1.0.0 — 2026-11-23\n\nFirst release.\n\n首个版本。\n');
  });
});

describe('writeRelease', () => {
  test('writes the files, adds the changelog entry newest first, and refuses to overwrite a version', () => {
    const dir = tempDir();
    writeRelease(dir, fixtureTables(), meta);
    writeRelease(dir, fixtureTables(), { ...meta, version: '1.0.1', notes: { en: 'A correction.' } });
    expect(readdirSync(join(dir, 'releases')).sort()).toEqual(['1.0.0', '1.0.1']);
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog.indexOf('## 1.0.1')).toBeLessThan(changelog.indexOf('## 1.0.0'));
    const before = readFileSync(join(dir, 'releases', '1.0.0', 'pairings.csv'));
    expect(() => writeRelease(dir, fixtureTables(), meta)).toThrow(/already exists\. Published releases are immutable/);
    expect(readFileSync(join(dir, 'releases', '1.0.0', 'pairings.csv'))).toEqual(before);
    expect(existsSync(join(dir, 'releases', '.tmp-1.0.0'))).toBe(false);
  });
});

describe('the published releases in data/releases', () => {
  const root = 'data/releases';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+\.\d+\.\d+$/.test(v)) : [];

  test('include release 1.0.0', () => {
    expect(versions).toContain('1.0.0');
  });

  test.each(versions)('release %s: every file still has the bytes and sha256 its datapackage.json records', (version) => {
    const pkg = JSON.parse(readFileSync(join(root, version, 'datapackage.json'), 'utf8')) as { version: string; resources: { path: string; bytes: number; hash: string }[] };
    expect(pkg.version).toBe(version);
    expect(pkg.resources.length).toBeGreaterThan(0);
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(root, version, r.path));
      expect({ file: r.path, bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }).toEqual({ file: r.path, bytes: r.bytes, hash: r.hash });
    }
    const listed = new Set([...pkg.resources.map((r) => r.path), 'datapackage.json']);
    expect(readdirSync(join(root, version)).filter((f) => !listed.has(f))).toEqual([]);
  });
});
