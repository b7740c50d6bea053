import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// `npm ci` refuses a lock file that lacks an entry for any optional
// dependency, even one for another platform; the registry here does not serve
// some of them, so `npm install` leaves them out (scripts/lock-platform-stubs.mjs
// puts them back). This keeps a fresh clone installable.
interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

test('every optional dependency in the lock file has an entry of its own, so npm ci accepts the lock', () => {
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = `${location}/node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${name} (wanted by ${location || 'the project'})`);
    }
  }
  expect(missing, 'run: node scripts/lock-platform-stubs.mjs').toEqual([]);
});

test('the lock file records no download addresses of another host', () => {
  const resolved = Object.values(lock.packages)
    .map((e) => (e as { resolved?: string }).resolved)
    .filter((r): r is string => typeof r === 'string' && !r.startsWith('https://registry.npmjs.org/'));
  expect(resolved).toEqual([]);
});
