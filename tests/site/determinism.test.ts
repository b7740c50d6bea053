import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, listFiles } from './dist.ts';
import allowList from './determinism-allowlist.json' with { type: 'json' };

// scripts/test.sh builds the same tree twice: `npm run build` into dist/, then
// `astro build --force --outDir dist-check/build` (a fresh content cache, a
// different output folder). Building twice inside a test would race the
// browser tests for the machine's two cores and hit test timeouts, so the
// second build happens once, before Vitest, and this test compares bytes.
// Files that may legitimately differ are listed, each with its reason, in
// determinism-allowlist.json: [{ "pattern": "<regex on the relative path>", "reason": "…" }].
const SECOND = resolve(process.env.DIST_CHECK_DIR ?? 'dist-check/build');
const allowed = (allowList as { pattern: string; reason: string }[]).map((a) => new RegExp(a.pattern));

test('building the same commit twice gives the same files, byte for byte', () => {
  expect(
    existsSync(join(SECOND, 'index.html')),
    `${SECOND} is missing: the second build is made by scripts/test.sh (npm test), or by hand with \`npm run build -- --force --outDir dist-check/build\` right after \`npm run build\``,
  ).toBe(true);
  const first = new Set(listFiles(DIST));
  const second = new Set(listFiles(SECOND));
  const differences: string[] = [];
  for (const rel of new Set([...first, ...second])) {
    if (allowed.some((re) => re.test(rel))) continue;
    if (!first.has(rel)) differences.push(`${rel}: only in the second build`);
    else if (!second.has(rel)) differences.push(`${rel}: only in the first build`);
    else if (!readFileSync(join(DIST, rel)).equals(readFileSync(join(SECOND, rel)))) differences.push(`${rel}: bytes differ`);
  }
  console.log(`determinism: ${first.size} files compared, ${differences.length} differ, ${allowed.length} allow-listed patterns`);
  expect(
    differences,
    `the build is not deterministic (if dist/ was rebuilt after the source changed, run npm test again):\n${differences.slice(0, 200).join('\n')}`,
  ).toEqual([]);
});
