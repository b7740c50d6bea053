/**
 * Reads published releases (data/releases/<version>/) for the site. Each
 * release is checked before any page sees it: every file's size and
 * SHA-256 against its datapackage.json (a published file must never
 * change), then every table against the Table Schema frozen in that
 * datapackage.json, with the same checks as the working data. Pure Node,
 * no astro:* imports, so tests and scripts use it as is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compareVersions, type LocalizedText, type SchemaField, type SiteRelease, type SiteTable } from './data-pages.ts';
import { DatasetAggregateError, DatasetError } from './errors.ts';
import { canonicalCsv } from './release.ts';
import { TABLES, isTableId, type FieldDef, type I18nText, type TableDef, type TableId } from './schema.ts';
import { checkTables, type TableSource } from './validate.ts';

export type { TableId } from './schema.ts';
export { TABLE_IDS } from './schema.ts';

/**
 * The data folder the site is built from: `<cwd>/data`, or the folder named
 * by the environment variable DATA_DIR (the scale benchmark builds the site
 * from a generated dataset ten times larger this way).
 */
export const DATA_DIR: string = resolve(process.cwd(), process.env.DATA_DIR || 'data');

/** One stored file of a release, as its datapackage.json records it (and as it was verified). */
export interface ReleaseFileInfo {
  readonly name: string;
  readonly bytes: number;
  /** Lower-case hex SHA-256, without the `sha256:` prefix. */
  readonly sha256: string;
}

/** A validated release: what pages read, plus the parsed datapackage.json and the CSVs as stored. */
export interface LoadedRelease extends SiteRelease {
  readonly datapackage: unknown;
  readonly files: readonly ReleaseFileInfo[];
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const cache = new Map<string, LoadedRelease>();

function rel(path: string): string {
  return relative(process.cwd(), path) || path;
}

/**
 * The versions in `<dataDir>/releases/`, ascending by semantic version
 * (1.10.0 after 1.9.0). Only folders named like `1.2.3` count; an absent
 * releases folder gives an empty list.
 *
 * @example
 * releaseVersions() // ['1.0.0']
 */
export function releaseVersions(dataDir: string = DATA_DIR): string[] {
  const dir = join(dataDir, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => SEMVER.test(name) && statSync(join(dir, name)).isDirectory())
    .sort(compareVersions);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function i18nOf(node: Json, key: string, fallback: string): LocalizedText {
  const i = node.i18n;
  const text = isObject(i) ? i[key] : undefined;
  if (isObject(text)) {
    const out: Partial<Record<'zh' | 'en' | 'kk', string>> = {};
    for (const l of ['zh', 'en', 'kk'] as const) if (typeof text[l] === 'string' && text[l] !== '') out[l] = text[l];
    return Object.keys(out).length > 0 ? out : fallback;
  }
  return fallback;
}

function asI18n(text: LocalizedText): I18nText {
  if (typeof text === 'string') return { zh: text, en: text, kk: text };
  return { zh: text.zh ?? text.en ?? '', en: text.en ?? '', kk: text.kk ?? text.en ?? '' };
}

/**
 * The table definitions a release was published with, read from its
 * datapackage.json; the validator's messages for each field (not part of
 * Table Schema) come from the current schema module by table and column.
 */
function definitionsFromPackage(resources: readonly Json[]): TableDef[] {
  const defs: TableDef[] = [];
  for (const r of resources) {
    const id = str(r.name);
    if (!isTableId(id) || !isObject(r.schema)) continue;
    const schema = r.schema;
    const current = TABLES.find((d) => d.id === id);
    const fields: FieldDef[] = (Array.isArray(schema.fields) ? schema.fields : []).filter(isObject).map((f) => {
      const name = str(f.name);
      const check = current?.fields.find((c) => c.name === name)?.check;
      const type = f.type === 'integer' || f.type === 'number' ? f.type : 'string';
      return {
        name,
        type,
        ...(typeof f.format === 'string' ? { format: f.format } : {}),
        description: asI18n(i18nOf(f, 'description', str(f.description))),
        ...(isObject(f.constraints) ? { constraints: f.constraints as FieldDef['constraints'] & object } : {}),
        ...(check ? { check } : {}),
      };
    });
    defs.push({
      id,
      title: asI18n(i18nOf(r, 'title', str(r.title) || id)),
      description: asI18n(i18nOf(r, 'description', str(r.description))),
      fields,
      primaryKey: Array.isArray(schema.primaryKey) ? schema.primaryKey.map(String) : [],
      foreignKeys: (Array.isArray(schema.foreignKeys) ? schema.foreignKeys : []).filter(isObject).map((k) => ({
        fields: str(k.fields),
        reference: { resource: isObject(k.reference) ? str(k.reference.resource) : '', fields: isObject(k.reference) ? str(k.reference.fields) : '' },
      })),
    });
  }
  return defs;
}

/**
 * Loads one release, validated, and caches it per data folder and
 * version. Throws one `DatasetAggregateError` listing every problem: a
 * missing or unreadable datapackage.json, a file whose size or SHA-256
 * differs from what was published, or any row that fails the release's own
 * Table Schema or the cross-file checks.
 *
 * @example
 * const r = loadRelease('1.0.0');
 * r.tables.find((t) => t.id === 'pairings')?.rows.length // 124
 */
export function loadRelease(version: string, dataDir: string = DATA_DIR): LoadedRelease {
  const key = `${resolve(dataDir)}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const dir = join(dataDir, 'releases', version);
  const pkgPath = join(dir, 'datapackage.json');
  const fail = (problem: string, hint: string, file = rel(pkgPath)): never => {
    throw new DatasetAggregateError([new DatasetError({ file, problem, hint })], `release ${version}`);
  };
  if (!SEMVER.test(version)) fail(`names version "${version}", which is not a semantic version`, 'Versions look like 1.0.0.', rel(dir));
  if (!existsSync(pkgPath)) fail('is missing', `Release ${version} is not published in ${rel(join(dataDir, 'releases'))}; the versions there are ${releaseVersions(dataDir).join(', ') || 'none'}.`);
  let pkg: unknown;
  try {
    pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  } catch (e) {
    fail(`is not valid JSON (${(e as Error).message})`, 'Restore the file from the repository history; published releases never change.');
  }
  if (!isObject(pkg) || !Array.isArray(pkg.resources)) return fail('has no resources list', 'Restore the file from the repository history.');
  if (pkg.version !== version) fail(`says version "${str(pkg.version)}" but lies in the folder of ${version}`, 'Restore the file from the repository history.');

  const errors: DatasetError[] = [];
  const sources: TableSource[] = [];
  const files: ReleaseFileInfo[] = [];
  const resources = pkg.resources.filter(isObject);
  for (const r of resources) {
    const name = str(r.path);
    const path = join(dir, name);
    if (!name || name.includes('/') || !existsSync(path)) {
      errors.push(new DatasetError({ file: rel(path), problem: 'is listed in datapackage.json but missing', hint: 'Restore the file from the repository history; published releases never change.' }));
      continue;
    }
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const hash = str(r.hash).replace(/^sha256:/, '');
    if (bytes.length !== r.bytes || sha256 !== hash) {
      errors.push(new DatasetError({
        file: rel(path),
        problem: `has changed since release ${version} was published (now ${bytes.length} bytes, sha256 ${sha256})`,
        expected: `${String(r.bytes)} bytes, sha256 ${hash}`,
        hint: `Published releases are immutable: restore the file from git and put the correction in a new release (scripts/release.ts, PATCH version).`,
      }));
    }
    files.push({ name, bytes: bytes.length, sha256 });
    if (isTableId(str(r.name))) sources.push({ id: str(r.name) as TableId, file: rel(path), content: bytes });
  }
  const defs = definitionsFromPackage(resources);
  const checked = checkTables(sources, { tables: defs });
  errors.push(...checked.errors);
  // The site serves each CSV by writing its rows again and datapackage.json by writing the parsed
  // object again; both must give the stored bytes, or the published hashes would not match the downloads.
  for (const t of checked.tables) {
    const stored = sources.find((s) => s.id === t.id)!;
    if (canonicalCsv(t.header, t.rows) !== Buffer.from(stored.content).toString('utf8')) {
      errors.push(new DatasetError({ file: stored.file, problem: 'is not in canonical CSV form', expected: 'the bytes scripts/release.ts writes', hint: 'Restore the file from git; releases are written only by scripts/release.ts.' }));
    }
  }
  if (readFileSync(pkgPath, 'utf8') !== `${JSON.stringify(pkg, null, 2)}\n`) {
    errors.push(new DatasetError({ file: rel(pkgPath), problem: 'is not in the form scripts/release.ts writes (two-space JSON, final newline)', hint: 'Restore the file from git; releases are written only by scripts/release.ts.' }));
  }
  if (errors.length > 0) throw new DatasetAggregateError(errors, `release ${version}`);

  const tables: SiteTable[] = defs.map((def) => {
    const resource = resources.find((r) => r.name === def.id)!;
    const schema = resource.schema as Json;
    const table = checked.tables.find((t) => t.id === def.id);
    const fields: SchemaField[] = (schema.fields as Json[]).map((f) => ({
      name: str(f.name),
      type: str(f.type),
      format: typeof f.format === 'string' ? f.format : undefined,
      description: i18nOf(f, 'description', str(f.description)),
      constraints: isObject(f.constraints) ? f.constraints : undefined,
    }));
    return {
      id: def.id,
      title: i18nOf(resource, 'title', str(resource.title) || def.id),
      description: i18nOf(resource, 'description', str(resource.description)),
      fields,
      primaryKey: def.primaryKey,
      foreignKeys: def.foreignKeys,
      rows: table ? table.rows : [],
    };
  });
  const release: LoadedRelease = {
    version,
    date: str(pkg.created).slice(0, 10),
    notes: i18nOf(pkg, 'notes', ''),
    tables,
    datapackage: pkg,
    files,
  };
  cache.set(key, release);
  return release;
}

/**
 * Every published release, validated, oldest first.
 *
 * @example
 * loadReleases().map((r) => r.version) // ['1.0.0']
 */
export function loadReleases(dataDir: string = DATA_DIR): LoadedRelease[] {
  return releaseVersions(dataDir).map((v) => loadRelease(v, dataDir));
}

/**
 * The newest published release, validated; throws when there is none.
 *
 * @example
 * latestRelease().version // '1.0.0'
 */
export function latestRelease(dataDir: string = DATA_DIR): LoadedRelease {
  const versions = releaseVersions(dataDir);
  const newest = versions[versions.length - 1];
  if (newest === undefined) {
    throw new DatasetAggregateError([new DatasetError({
      file: rel(join(dataDir, 'releases')), problem: 'holds no release',
      hint: 'Cut one from data/working with `npm exec -- node scripts/release.ts 1.0.0 --date YYYY-MM-DD --notes-file <file>`.',
    })]);
  }
  return loadRelease(newest, dataDir);
}

/**
 * The rows of one table of a release, strings exactly as in the CSV ('' for
 * empty). Throws when the release has no such table, naming the ones it has.
 *
 * @example
 * tableRows(latestRelease(), 'pairings')[0]?.helper_code // '110000'
 */
export function tableRows(release: SiteRelease, id: TableId): readonly Record<string, string>[] {
  const table = release.tables.find((t) => t.id === id);
  if (!table) throw new Error(`tableRows: release ${release.version} has no table "${id}"; it has ${release.tables.map((t) => t.id).join(', ')}.`);
  return table.rows;
}
