/**
 * Cuts a dataset release from data/working:
 *
 *   npm exec -- node scripts/release.ts 1.0.1 --date 2026-12-01 --notes-file data/release-notes/1.0.1.json
 *
 * Validates every working table (any problem: all of them are listed and
 * nothing is written), writes data/releases/<version>/ (canonical CSVs and
 * datapackage.json with sizes and SHA-256 hashes), adds the entry to
 * data/CHANGELOG.md, points CITATION.cff at the new version, then loads the new release back through the site's
 * loader as a last check. Refuses to overwrite a published version.
 *
 * The notes file is JSON `{ "en": "…", "zh": "…", "kk": "…" }` (en required),
 * or plain text, taken as English.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatasetAggregateError } from '../src/lib/data/errors.ts';
import { loadRelease, releaseVersions } from '../src/lib/data/load-release.ts';
import { writeRelease, type ReleaseNotes } from '../src/lib/data/release.ts';
import { validateWorkingData } from '../src/lib/data/validate.ts';
import { compareVersions } from '../src/lib/data/data-pages.ts';

function usage(message: string): never {
  console.error(`release: ${message}\nUsage: node scripts/release.ts <version> --date YYYY-MM-DD --notes-file <file> [--data-dir data]`);
  process.exit(2);
}

function readNotes(path: string): ReleaseNotes {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.json')) return { en: text.trim() };
  const json = JSON.parse(text) as Record<string, unknown>;
  if (typeof json.en !== 'string' || json.en.trim() === '') usage(`${path} has no English text under "en".`);
  const notes: { en: string; zh?: string; kk?: string } = { en: json.en };
  if (typeof json.zh === 'string' && json.zh) notes.zh = json.zh;
  if (typeof json.kk === 'string' && json.kk) notes.kk = json.kk;
  return notes;
}

const args = process.argv.slice(2);
const version = args[0];
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!version || version.startsWith('--')) usage('give the version first.');
const date = opt('--date');
const notesFile = opt('--notes-file');
const dataDir = resolve(opt('--data-dir') ?? 'data');
if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) usage('give --date YYYY-MM-DD.');
if (!notesFile) usage('give --notes-file with the release notes.');

const existing = releaseVersions(dataDir);
const newest = existing[existing.length - 1];
if (newest !== undefined && compareVersions(version, newest) <= 0) {
  usage(`${version} is not newer than the latest release ${newest}; releases are immutable, so pick a higher version.`);
}

try {
  const tables = validateWorkingData(dataDir);
  const dir = writeRelease(dataDir, tables, { version, date, notes: readNotes(notesFile) });
  const release = loadRelease(version, dataDir);
  console.log(`release: wrote ${dir}`);
  for (const f of release.files) {
    const table = release.tables.find((t) => `${t.id}.csv` === f.name);
    console.log(`  ${f.name.padEnd(20)} ${String(table?.rows.length ?? '').padStart(4)} rows ${String(f.bytes).padStart(7)} bytes  sha256:${f.sha256}`);
  }
  // CITATION.cff names the newest release (tests/lib/cite/citation-cff.test.ts checks it).
  const cff = resolve(dataDir, '..', 'CITATION.cff');
  if (existsSync(cff)) {
    const text = readFileSync(cff, 'utf8');
    const updated = text.replace(/^version: ".*"$/m, `version: "${version}"`).replace(/^date-released: ".*"$/m, `date-released: "${date}"`);
    writeFileSync(cff, updated);
    console.log(`release: CITATION.cff now names ${version} of ${date}`);
  }
} catch (e) {
  if (e instanceof DatasetAggregateError) {
    console.error(e.message);
    console.error('release: nothing was written. Fix the problems above and run again.');
    process.exit(1);
  }
  console.error(`release: ${(e as Error).message}`);
  process.exit(1);
}
