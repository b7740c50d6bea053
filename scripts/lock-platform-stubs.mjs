// Adds lock-file entries for optional platform packages that this machine's
// npm registry does not serve (darwin, windows, android, freebsd, wasm builds
// of @astrojs/compiler-binding and pagefind). Without them `npm install`
// leaves them out of package-lock.json and `npm ci` then refuses the lock as
// "out of sync". The entries carry name, version, os/cpu/libc and optional:
// true, so npm skips them on linux-x64 without fetching anything; on another
// platform npm fetches the real package from its registry.
//
// Run after any `npm install` that rewrites package-lock.json:
//   node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));

/** Platform fields read from the package name's suffix. */
function platformOf(suffix) {
  const table = {
    'android-arm64': { os: ['android'], cpu: ['arm64'] },
    'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
    'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
    'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
    'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
    'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
    'linux-arm64': { os: ['linux'], cpu: ['arm64'] },
    'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
    'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
    'linux-x64': { os: ['linux'], cpu: ['x64'] },
    'wasm32-wasi': { cpu: ['wasm32'] },
    'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
    'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
    'windows-arm64': { os: ['win32'], cpu: ['arm64'] },
    'windows-x64': { os: ['win32'], cpu: ['x64'] },
  };
  return table[suffix];
}

const families = [
  { parent: 'node_modules/@astrojs/compiler-binding', prefix: '@astrojs/compiler-binding-' },
  { parent: 'node_modules/pagefind', prefix: '@pagefind/' },
];

let added = 0;
for (const { parent, prefix } of families) {
  const entry = lock.packages[parent];
  if (!entry) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const platform = platformOf(name.slice(prefix.length));
    if (!platform) throw new Error(`lock-platform-stubs: no platform known for ${name}`);
    lock.packages[key] = {
      version,
      ...(platform.cpu ? { cpu: platform.cpu } : {}),
      dev: entry.dev ?? false,
      ...(platform.libc ? { libc: platform.libc } : {}),
      license: entry.license,
      optional: true,
      ...(platform.os ? { os: platform.os } : {}),
    };
    added += 1;
  }
}

// Keep npm's ordering: packages sorted by location.
const root = lock.packages[''];
const rest = Object.entries(lock.packages).filter(([k]) => k !== '');
rest.sort(([a], [b]) => a.localeCompare(b, 'en'));
lock.packages = Object.fromEntries([['', root], ...rest]);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-stubs: added ${added} entries`);
