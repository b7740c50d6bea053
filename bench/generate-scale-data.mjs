#!/usr/bin/env node
// Writes a copy of the data folder ten times larger, for the scale benchmark
// (bench/run.mjs): every regions.csv gets synthetic counties until it has
// FACTOR × its rows, every pairings.csv gets synthetic county pairings
// between them until it has FACTOR × its rows. Everything else is copied as
// it is. The synthetic rows copy the shape of real rows (a county-level
// pairing, a county under a real prefecture, so maps fall back to the
// prefecture's outline) and are named "Benchmark County n": they exist only
// under bench/out/ and are never published. Each release folder's
// datapackage.json gets the new files' sizes and hashes, so the site's loader
// accepts the copy.
//
//   node bench/generate-scale-data.mjs [--from data] [--to bench/out/scale-data] [--factor 10]
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import Papa from 'papaparse';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

/** Reads a CSV keeping what writing it back needs (BOM, line ending, header order). */
function readCsv(file) {
  let text = readFileSync(file, 'utf8');
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  return { bom, newline, fields: parsed.meta.fields ?? [], rows: parsed.data };
}

function writeCsv(file, { bom, newline, fields, rows }) {
  const text = Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline });
  writeFileSync(file, `${bom ? '\uFEFF' : ''}${text}${newline}`);
}

const PREFECTURE_LEVELS = new Set(['prefecture-city', 'autonomous-prefecture', 'league', 'prefecture']);

/**
 * Adds synthetic counties to a regions table until it has `factor` × its
 * rows: codes are the parent prefecture's first four digits and a suffix
 * from 51 to 99 that no region of the table uses, half under eastern and
 * half under western prefectures.
 *
 * @example
 * scaleRegions(readCsv('data/working/regions.csv'), 10).rows.length // 1120
 */
export function scaleRegions(table, factor) {
  const rows = table.rows;
  const target = rows.length * factor;
  const used = new Set(rows.map((r) => r.code));
  const byRole = (role) => rows.filter((r) => r.role === role && PREFECTURE_LEVELS.has(r.level));
  const templates = { east: byRole('east'), west: byRole('west') };
  const slots = { east: [], west: [] };
  for (const role of ['east', 'west']) {
    for (let suffix = 51; suffix <= 99; suffix += 1) {
      for (const parent of templates[role]) {
        const code = `${parent.code.slice(0, 4)}${suffix}`;
        if (!used.has(code)) slots[role].push({ code, parent });
      }
    }
  }
  const added = { east: [], west: [] };
  let n = 0;
  while (rows.length < target) {
    const role = n % 2 === 0 ? 'west' : 'east';
    const slot = slots[role].shift() ?? slots[role === 'west' ? 'east' : 'west'].shift();
    if (!slot) throw new Error(`regions: ran out of synthetic county codes after ${n} (needed ${target - rows.length} more)`);
    used.add(slot.code);
    n += 1;
    const row = {
      ...slot.parent,
      code: slot.code,
      level: 'county',
      parent_code: slot.parent.code,
      name_zh: `基准测试县${n}`,
      name_en: `Benchmark County ${n}`,
      name_kk: `Бенчмарк ауданы ${n}`,
      name_kk_status: 'unreviewed',
      name_kk_source: '',
    };
    rows.push(row);
    added[slot.parent.role].push(row);
  }
  return { ...table, rows, added };
}

/**
 * Adds synthetic county pairings (synthetic eastern county helps synthetic
 * western county) until the table has `factor` × its rows, each copying a
 * real county-level pairing for every other column.
 *
 * @example
 * scalePairings(readCsv('data/working/pairings.csv'), regions.added, 10).rows.length // 1240
 */
export function scalePairings(table, added, factor) {
  const rows = table.rows;
  const target = rows.length * factor;
  const template = rows.find((r) => r.level === 'county') ?? rows[0];
  if (!template) throw new Error('pairings: no row to copy');
  const ids = new Set(rows.map((r) => r.id));
  const { east, west } = added;
  if (east.length === 0 || west.length === 0) throw new Error('pairings: no synthetic counties to pair');
  let k = 0;
  while (rows.length < target) {
    const helper = east[k % east.length];
    const helped = west[(k + Math.floor(k / west.length)) % west.length];
    k += 1;
    const id = `${template.start_year}-${helper.code}-${helped.code}`;
    if (ids.has(id)) continue;
    ids.add(id);
    rows.push({
      ...template,
      id,
      helper_code: helper.code,
      helped_code: helped.code,
      note_zh: '基准测试用的合成结对。',
      note_en: 'Synthetic pairing for the scale benchmark.',
    });
  }
  return { ...table, rows };
}

function filesNamed(dir, name) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesNamed(full, name));
    else if (entry === name) out.push(full);
  }
  return out;
}

/**
 * Copies `from` to `to` and scales every regions.csv and the pairings.csv
 * next to it. Returns the row counts before and after, per file.
 */
export function generateScaleData({ from = 'data', to = 'bench/out/scale-data', factor = 10 } = {}) {
  if (!existsSync(from)) throw new Error(`${from} does not exist`);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const report = [];
  for (const regionsFile of filesNamed(to, 'regions.csv')) {
    const dir = regionsFile.slice(0, -'regions.csv'.length);
    const regions = readCsv(regionsFile);
    const before = regions.rows.length;
    const scaled = scaleRegions(regions, factor);
    writeCsv(regionsFile, scaled);
    report.push({ file: relative(to, regionsFile), before, after: scaled.rows.length });
    const pairingsFile = join(dir, 'pairings.csv');
    if (existsSync(pairingsFile)) {
      const pairings = readCsv(pairingsFile);
      const pBefore = pairings.rows.length;
      const pScaled = scalePairings(pairings, scaled.added, factor);
      writeCsv(pairingsFile, pScaled);
      report.push({ file: relative(to, pairingsFile), before: pBefore, after: pScaled.rows.length });
    }
    rehashRelease(dir);
  }
  return report;
}

/**
 * A release folder's datapackage.json records each file's bytes and SHA-256,
 * which the site's loader checks; the scaled copy records its own files.
 */
function rehashRelease(dir) {
  const packageFile = join(dir, 'datapackage.json');
  if (!existsSync(packageFile)) return;
  const pkg = JSON.parse(readFileSync(packageFile, 'utf8'));
  for (const resource of pkg.resources ?? []) {
    const file = join(dir, resource.path);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    resource.bytes = bytes.length;
    resource.hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  }
  writeFileSync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = generateScaleData({ from: arg('from', 'data'), to: arg('to', 'bench/out/scale-data'), factor: Number(arg('factor', '10')) });
  for (const r of report) console.log(`${r.file}: ${r.before} → ${r.after} rows`);
}
