import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder holding the valid fixture as its working data, and a notes file. */
function dataDir(): { dir: string; notes: string } {
  const dir = mkdtempSync(join(tmpdir(), 'release-script-test-'));
  temps.push(dir);
  cpSync('tests/fixtures/data/valid/working', join(dir, 'working'), { recursive: true });
  const notes = join(dir, 'notes.json');
  writeFileSync(notes, JSON.stringify({ en: 'Test release.', zh: '测试版本。' }));
  return { dir, notes };
}

function release(dir: string, notes: string, version: string) {
  return spawnSync(process.execPath, ['scripts/release.ts', version, '--date', '2026-11-23', '--notes-file', notes, '--data-dir', dir], { encoding: 'utf8' });
}

describe('scripts/release.ts', () => {
  test('writes a release and its changelog entry, then refuses to write the same version again', () => {
    const { dir, notes } = dataDir();
    const first = release(dir, notes, '1.0.0');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/pairings\.csv +4 rows/);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain('## 1.0.0 — 2026-11-23\n\nTest release.\n\n测试版本。\n');
    const again = release(dir, notes, '1.0.0');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('release: 1.0.0 is not newer than the latest release 1.0.0; releases are immutable, so pick a higher version.');
  });

  test('writes nothing when the working data has a problem, and lists the problem', () => {
    const { dir, notes } = dataDir();
    cpSync('tests/fixtures/data/bad/missing-source.pairings.csv', join(dir, 'working', 'pairings.csv'));
    const result = release(dir, notes, '1.0.0');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"source_ids": "src-z" is not an id in sources.csv');
    expect(result.stderr).toContain('release: nothing was written.');
    expect(existsSync(join(dir, 'releases'))).toBe(false);
    expect(existsSync(join(dir, 'CHANGELOG.md'))).toBe(false);
  });
});
