#!/usr/bin/env bash
# Runs every test, on a fresh clone too: installs what is missing (npm
# packages from the lock file; Debian's Chromium and CJK fonts for the browser
# tests), type-checks the TypeScript, builds the site (twice, to check the
# build is deterministic), then
# runs with Vitest the unit tests, the checks over the built files (tests/site)
# and the browser tests against the built site (tests/e2e).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/.bin/node ]; then
  echo "test: installing npm packages from package-lock.json (npm ci)"
  npm ci
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing ${need_apt[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "test: the browser tests need Debian's ${need_apt[*]}." >&2
    echo "      Install them as root: apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi

# Type check of every .ts file (src, tests, scripts): strict
# settings from astro/tsconfigs/strictest. `.astro` files are not covered:
# `astro check` does not run with TypeScript 7 yet.
echo "test: type check (tsc --noEmit)"
npm run check

npm run build

# Deterministic build: build the same tree a second time, with a fresh
# content cache and into another folder; tests/site/determinism.test.ts
# compares the two byte for byte. Done here, once, rather than inside a test,
# so it does not race the browser tests for the CPU or hit a test timeout.
echo "test: building a second time into dist-check/build (deterministic build check)"
rm -rf dist-check
mkdir -p dist-check
if ! npm run build -- --force --outDir dist-check/build >dist-check/build.log 2>&1; then
  cat dist-check/build.log >&2
  echo "test: the second build failed (log above, also in dist-check/build.log)" >&2
  exit 1
fi
# `npm run build -- …` runs postbuild (the Pagefind index) on dist/ only;
# index the second build too, so the search index is compared as well.
npm exec -- node scripts/pagefind.mjs --dir dist-check/build >>dist-check/build.log 2>&1

npm exec -- vitest run "$@"
