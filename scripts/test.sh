#!/usr/bin/env bash
# Runs every test, on a fresh clone too: installs what is missing (npm
# packages from the lock file; Debian's Chromium and CJK fonts for the browser
# tests), builds the site, then runs the unit tests and the browser tests
# against the built site with Vitest.
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

npm run build
npm exec -- vitest run "$@"
