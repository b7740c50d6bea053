import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const FIXTURES = resolve('tests/fixtures/geo');

/**
 * Compares `actual` with tests/fixtures/geo/<name>, Observable Framework style:
 * on a mismatch it writes <name>-changed.svg next to the golden file (diff the
 * two, or open both in a browser) and fails. Set UPDATE_GOLDEN=1 to accept the
 * new output. A missing golden file fails too, unless UPDATE_GOLDEN is set,
 * so deleting one cannot make the test pass silently.
 */
export function expectGolden(name: string, actual: string): void {
  const file = resolve(FIXTURES, name);
  const changed = file.replace(/(\.\w+)$/, '-changed$1');
  if (process.env['UPDATE_GOLDEN']) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    writeFileSync(changed, actual);
    throw new Error(`${name} has no golden file; review ${changed} and rerun with UPDATE_GOLDEN=1 to accept it.`);
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) writeFileSync(changed, actual);
  else if (existsSync(changed)) rmSync(changed); // a stale diff from an earlier run
  expect(actual, `output differs from ${name}; see ${changed}`).toBe(expected);
}
