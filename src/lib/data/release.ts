/**
 * Cutting a release: the validated working tables written in canonical form
 * (UTF-8 without BOM, LF, RFC 4180 quoting only where needed) into
 * data/releases/<version>/, with a Frictionless datapackage.json that
 * freezes the Table Schemas, sizes and SHA-256 hashes, and an entry at the
 * top of data/CHANGELOG.md. A release never overwrites another.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { PACKAGE, TABLES, type I18nText, type TableDef } from './schema.ts';
import type { CheckedTable } from './validate.ts';

/** Release notes per locale; English is required, the others are shown where written. */
export interface ReleaseNotes {
  readonly en: string;
  readonly zh?: string;
  readonly kk?: string;
}

export interface ReleaseMeta {
  /** Semantic version, `1.0.0`. */
  readonly version: string;
  /** Release date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly notes: ReleaseNotes;
}

/** One file of a release as it will be stored. */
export interface ReleaseFile {
  readonly name: string;
  readonly content: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Lower-case hex SHA-256 of a string's UTF-8 bytes, or of bytes. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Size in bytes of a string as UTF-8, or of bytes. */
export function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
}

/**
 * A table as canonical CSV: the header, then one line per row, LF after
 * every line, a cell quoted only when it holds a comma, a quote, a line
 * break or surrounding space (quotes doubled). The same rows always give
 * the same bytes, which is what the release hashes. Cells are written as
 * they are: validation has already refused formula-like text.
 *
 * @example
 * canonicalCsv(['code', 'name_en'], [{ code: '110000', name_en: 'Beijing, city' }])
 * // 'code,name_en\n110000,"Beijing, city"\n'
 */
export function canonicalCsv(header: readonly string[], rows: readonly Readonly<Record<string, string>>[]): string {
  const data = rows.map((r) => header.map((h) => r[h] ?? ''));
  const text = Papa.unparse({ fields: [...header], data }, { newline: '\n', quotes: false, escapeFormulae: false, header: true, skipEmptyLines: false });
  return `${text}\n`;
}

function i18n(text: I18nText): I18nText {
  return { zh: text.zh, en: text.en, kk: text.kk };
}

/** The Frictionless Table Schema of a table, with zh/en/kk descriptions under `i18n`. */
export function tableSchemaJson(def: TableDef): Record<string, unknown> {
  return {
    fields: def.fields.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.format ? { format: f.format } : {}),
      description: f.description.en,
      i18n: { description: i18n(f.description) },
      ...(f.constraints ? { constraints: { ...f.constraints } } : {}),
    })),
    missingValues: [''],
    primaryKey: [...def.primaryKey],
    foreignKeys: def.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.reference.resource, fields: k.reference.fields } })),
  };
}

/**
 * The files of a release (one canonical CSV per table, then
 * datapackage.json) built from validated tables. Pure: nothing is written.
 *
 * @example
 * const { files, datapackage } = buildRelease(validateWorkingData(), { version: '1.0.0', date: '2026-11-23', notes: { en: 'First release.' } });
 */
export function buildRelease(tables: readonly CheckedTable[], meta: ReleaseMeta): { files: ReleaseFile[]; datapackage: Record<string, unknown> } {
  if (!SEMVER.test(meta.version)) throw new Error(`buildRelease: version "${meta.version}" is not a semantic version such as 1.0.0.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) throw new Error(`buildRelease: date "${meta.date}" is not YYYY-MM-DD.`);
  if (!meta.notes.en.trim()) throw new Error('buildRelease: the release notes need an English text.');
  const files: ReleaseFile[] = [];
  const resources: Record<string, unknown>[] = [];
  for (const def of TABLES) {
    const table = tables.find((t) => t.id === def.id);
    if (!table) throw new Error(`buildRelease: the ${def.id} table is missing; validate the working data first.`);
    const name = `${def.id}.csv`;
    const content = canonicalCsv(def.fields.map((f) => f.name), table.rows);
    files.push({ name, content });
    resources.push({
      name: def.id,
      path: name,
      profile: 'tabular-data-resource',
      title: def.title.en,
      description: def.description.en,
      i18n: { title: i18n(def.title), description: i18n(def.description) },
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: byteLength(content),
      hash: `sha256:${sha256(content)}`,
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchemaJson(def),
    });
  }
  const sources = tables.find((t) => t.id === 'sources')?.rows ?? [];
  const datapackage = {
    profile: 'tabular-data-package',
    name: PACKAGE.name,
    title: PACKAGE.title.en,
    description: PACKAGE.description.en,
    version: meta.version,
    created: `${meta.date}T00:00:00Z`,
    languages: ['zh', 'en', 'kk'],
    i18n: {
      title: i18n(PACKAGE.title),
      description: i18n(PACKAGE.description),
      notes: { ...meta.notes },
      kkStatus: PACKAGE.kkStatus,
      kkNote: 'Kazakh titles and descriptions in this package are the project\'s own wording and have not been reviewed; Kazakh region names carry their own status in regions.name_kk_status.',
    },
    licenses: PACKAGE.licenses.map((l) => ({ ...l })),
    contributors: PACKAGE.contributors.map((c) => ({ ...c })),
    // The official texts, white papers, yearbooks and standards the data rests on; every source is in sources.csv.
    sources: sources
      .filter((s) => s.kind === 'official-text' || s.kind === 'white-paper' || s.kind === 'yearbook' || s.kind === 'standard')
      .map((s) => ({ title: s.title, path: s.url })),
    resources,
  };
  files.push({ name: 'datapackage.json', content: `${JSON.stringify(datapackage, null, 2)}\n` });
  return { files, datapackage };
}

/** The CHANGELOG.md entry for a release: a heading with version and date, then the notes. */
export function changelogEntry(meta: ReleaseMeta): string {
  const parts = [`## ${meta.version} — ${meta.date}`, '', meta.notes.en.trim()];
  if (meta.notes.zh) parts.push('', meta.notes.zh.trim());
  if (meta.notes.kk) parts.push('', `(kk, unreviewed) ${meta.notes.kk.trim()}`);
  return `${parts.join('\n')}\n`;
}

const CHANGELOG_HEAD = '# Changelog of the dataset\n\nEvery release of data/releases/, newest first. Versions follow Frictionless data-package-version rules: MAJOR for a schema break, MINOR for added rows, columns or tables, PATCH for corrections. See data/README.md.\n';

/**
 * Writes a release to `<dataDir>/releases/<version>/` and adds its entry
 * to `<dataDir>/CHANGELOG.md`. Refuses when the folder exists: a
 * published release is immutable. Files go to a temporary folder first and
 * are moved into place at the end, so a failure leaves no half release.
 *
 * @example
 * writeRelease('/work/main/data', validateWorkingData(), { version: '1.0.0', date: '2026-11-23', notes: { en: '…' } })
 * // '/work/main/data/releases/1.0.0'
 */
export function writeRelease(dataDir: string, tables: readonly CheckedTable[], meta: ReleaseMeta): string {
  const dir = resolve(dataDir, 'releases', meta.version);
  if (existsSync(dir)) {
    throw new Error(`release: ${dir} already exists. Published releases are immutable; cut a new version (PATCH for corrections, MINOR for added rows, MAJOR for a schema break).`);
  }
  const changelogPath = join(dataDir, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : CHANGELOG_HEAD;
  if (changelog.includes(`\n## ${meta.version} `)) {
    throw new Error(`release: ${changelogPath} already has an entry for ${meta.version}; remove it only if that release was never published.`);
  }
  const { files } = buildRelease(tables, meta);
  const tmp = resolve(dataDir, 'releases', `.tmp-${meta.version}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of files) writeFileSync(join(tmp, f.name), f.content);
  renameSync(tmp, dir);
  // Newest first: the entry goes before the first existing entry, after the file's introduction.
  const first = changelog.indexOf('\n## ');
  const next = first < 0
    ? `${changelog.trimEnd()}\n\n${changelogEntry(meta)}`
    : `${changelog.slice(0, first + 1)}${changelogEntry(meta)}\n${changelog.slice(first + 1)}`;
  writeFileSync(changelogPath, next);
  return dir;
}
