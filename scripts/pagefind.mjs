#!/usr/bin/env node
// Builds the static search index for the built site (run after `astro build`):
//
//   node scripts/pagefind.mjs [--dir dist]
//
// Pagefind reads every HTML page in dist/, keeps the text inside
// [data-pagefind-body] (Base.astro puts it on <main> of indexable pages, so
// 404 pages and embeds stay out) and writes dist/pagefind/. It splits the
// index by <html lang>: one index each for zh-cn, en and kk, and the search
// page loads only its own language's. The Node API runs the "extended"
// binary (@pagefind/<platform>/bin/pagefind_extended), which segments
// Chinese into words at index time, so 六盘水 or 黔东南 match inside a sentence.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const args = process.argv.slice(2);
const i = args.indexOf('--dir');
const site = resolve(i >= 0 && args[i + 1] ? args[i + 1] : 'dist');
const out = resolve(site, 'pagefind');

if (!existsSync(resolve(site, 'index.html'))) {
  console.error(`pagefind: ${site}/index.html not found. Build the site first: npm run build`);
  process.exit(1);
}
// A stale index from an earlier build would keep pages that no longer exist.
rmSync(out, { recursive: true, force: true });

const fail = async (what, errors) => {
  console.error(`pagefind: ${what} failed:\n  ${errors.join('\n  ')}`);
  await pagefind.close();
  process.exit(1);
};

const { index, errors: createErrors } = await pagefind.createIndex({ writePlayground: false });
if (!index || createErrors.length > 0) await fail('creating the index', createErrors);

const { page_count: pages, errors: addErrors } = await index.addDirectory({ path: site });
if (addErrors.length > 0) await fail(`indexing ${site}`, addErrors);
if (pages === 0) await fail('indexing', ['no page has data-pagefind-body; check Base.astro.']);

const { errors: writeErrors } = await index.writeFiles({ outputPath: out });
if (writeErrors.length > 0) await fail(`writing ${out}`, writeErrors);

await pagefind.close();
console.log(`pagefind: indexed ${pages} pages into ${out}`);
