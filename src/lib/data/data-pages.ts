/**
 * Pure helpers behind the data pages: the shape the pages read (a release
 * as tables with Table Schemas and rows), coverage, constraints and the
 * list of files per release. No file system and no Astro, so unit tests
 * build releases by hand.
 */
import type { Locale } from '../i18n/locales.ts';

/** Text per locale; a plain string is the same in every locale. */
export type LocalizedText = string | Readonly<Partial<Record<Locale, string>>>;

export interface SchemaField {
  readonly name: string;
  /** Table Schema type: string, integer, number, date, year, boolean, … */
  readonly type: string;
  readonly format?: string | undefined;
  readonly description: LocalizedText;
  readonly constraints?: Readonly<Record<string, unknown>> | undefined;
}

export interface ForeignKey {
  readonly fields: string | readonly string[];
  readonly reference: { readonly resource: string; readonly fields: string | readonly string[] };
}

export interface SiteTable {
  /** Resource name, also the file stem and the page slug: `pairings`. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly fields: readonly SchemaField[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** Rows as published in the CSV: every value a string, '' for no data. */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

export interface SiteRelease {
  readonly version: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Changelog entry for this version (Markdown-free plain paragraphs), per locale where written. */
  readonly notes: LocalizedText;
  readonly tables: readonly SiteTable[];
}

/**
 * Text in the wanted locale, else English, else Chinese, else any; '' when
 * there is none at all.
 *
 * @example
 * pickText({ en: 'Regions', zh: '地区' }, 'kk') // 'Regions'
 */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? text.zh ?? Object.values(text).find((v) => v !== undefined && v !== '') ?? '';
}

/** True when the text exists in exactly this locale (no fallback used). */
export function hasText(text: LocalizedText | undefined, locale: Locale): boolean {
  return typeof text === 'string' ? text !== '' : (text?.[locale] ?? '') !== '';
}

const YEAR_FIELDS = /^(year|start_year|end_year|phase_start_year|phase_end_year|period_start|period_end|date|published)$/;
const CODE_FIELDS = /(^|_)code$/;

export interface Coverage {
  /** First and last year found in the table's year or date columns; null when it has none. */
  readonly years: { readonly from: number; readonly to: number; readonly open: boolean } | null;
  /** Distinct GB/T 2260 codes in the table's *_code columns; 0 when it has none. */
  readonly regions: number;
}

/**
 * What a table covers, read from its own data: the span of years in its
 * year and date columns (`open` when an end-year column has empty cells,
 * i.e. rows still running), and how many distinct regions its code
 * columns name. Computed, so it can never disagree with the rows.
 *
 * @example
 * tableCoverage({ fields: [...], rows: [{ start_year: '1996', end_year: '', helper_code: '110000', helped_code: '150000' }] })
 * // { years: { from: 1996, to: 1996, open: true }, regions: 2 }
 */
export function tableCoverage(table: Pick<SiteTable, 'fields' | 'rows'>): Coverage {
  const yearFields = table.fields.filter((f) => YEAR_FIELDS.test(f.name)).map((f) => f.name);
  const codeFields = table.fields.filter((f) => CODE_FIELDS.test(f.name)).map((f) => f.name);
  let from = Infinity;
  let to = -Infinity;
  let open = false;
  const codes = new Set<string>();
  for (const row of table.rows) {
    for (const name of yearFields) {
      const value = row[name] ?? '';
      const m = /^(\d{4})/.exec(value);
      if (m) {
        const y = Number(m[1]);
        from = Math.min(from, y);
        to = Math.max(to, y);
      } else if (value === '' && /end/.test(name)) {
        open = true;
      }
    }
    for (const name of codeFields) {
      const value = row[name] ?? '';
      if (/^\d{6}$/.test(value)) codes.add(value);
    }
  }
  return { years: Number.isFinite(from) ? { from, to, open } : null, regions: codes.size };
}

export type ConstraintKey = 'required' | 'unique' | 'pattern' | 'enum' | 'minimum' | 'maximum' | 'minLength' | 'maxLength';

export interface ConstraintItem {
  readonly key: ConstraintKey;
  /** The constraint's value as text ('' for flags such as required). */
  readonly value: string;
}

const CONSTRAINT_ORDER: readonly ConstraintKey[] = ['required', 'unique', 'pattern', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength'];

/**
 * A field's Table Schema constraints as a list the column dictionary can
 * label in any language, in a fixed order. Flags that are false are left
 * out; enum values are joined with ", ".
 *
 * @example
 * constraintItems({ required: true, pattern: '^\\d{6}$' })
 * // [{ key: 'required', value: '' }, { key: 'pattern', value: '^\\d{6}$' }]
 */
export function constraintItems(constraints: Readonly<Record<string, unknown>> | undefined): ConstraintItem[] {
  if (!constraints) return [];
  const items: ConstraintItem[] = [];
  for (const key of CONSTRAINT_ORDER) {
    const value = constraints[key];
    if (value === undefined || value === false) continue;
    if (value === true) items.push({ key, value: '' });
    else if (Array.isArray(value)) items.push({ key, value: value.map(String).join(', ') });
    else items.push({ key, value: String(value) });
  }
  return items;
}

/** The first `limit` rows and whether the table has more. */
export function previewRows<T>(rows: readonly T[], limit = PREVIEW_LIMIT): { rows: readonly T[]; truncated: boolean } {
  return rows.length <= limit ? { rows, truncated: false } : { rows: rows.slice(0, limit), truncated: true };
}

/**
 * Names of the regions in a locale, by GB/T 2260 code, for the preview's
 * code columns (Chinese where a region has no name in the locale), and the
 * columns that hold a region code. The CSV keeps codes only; the preview
 * shows the name beside each code so a reader need not look it up.
 *
 * @example
 * regionNameIndex([{ code: '110000', name_zh: '北京市', name_en: 'Beijing Municipality' }], 'en').get('110000') // 'Beijing Municipality'
 * regionCodeColumns(['id', 'helper_code', 'helped_code', 'old_code']) // ['helper_code', 'helped_code']
 */
export function regionNameIndex(regions: readonly Readonly<Record<string, string>>[], locale: Locale): Map<string, string> {
  return new Map(regions.map((r) => [r['code'] ?? '', regionRowName(r, locale)]));
}

/** A regions.csv row's name in a locale, Chinese when the locale has none (`''` without any). */
export function regionRowName(row: Readonly<Record<string, string>> | undefined, locale: Locale): string {
  return row?.[`name_${locale}`] || row?.['name_zh'] || '';
}

/**
 * The columns of a table that hold a current region code: `code` and
 * `…_code`, except the crosswalk's `old_code` (a former code may since have
 * been given to another unit, so it is never joined to today's names).
 */
export function regionCodeColumns(columns: readonly string[]): string[] {
  return columns.filter((c) => (c === 'code' || c.endsWith('_code')) && c !== 'old_code');
}

/** Tables up to this many rows are shown whole on their page; larger ones show this many. */
export const PREVIEW_LIMIT = 300;

/** Kinds of file offered per table, in the order the download list shows them. */
export type TableFileKind = 'csv' | 'excel' | 'json' | 'geojson';

/**
 * The file name of a table in a release, per kind, as the endpoints serve
 * them: `pairings.csv`, `pairings.excel.csv` (UTF-8 with BOM, for Excel),
 * `pairings.json`, and `pairings.geojson` (pairings only).
 *
 * @example
 * tableFileName('regions', 'excel') // 'regions.excel.csv'
 */
export function tableFileName(table: string, kind: TableFileKind): string {
  switch (kind) {
    case 'csv': return `${table}.csv`;
    case 'excel': return `${table}.excel.csv`;
    case 'json': return `${table}.json`;
    case 'geojson': return `${table}.geojson`;
  }
}

/** The kinds offered for a table: GeoJSON only for the pairings, which are lines between places. */
export function tableFileKinds(table: string): TableFileKind[] {
  return table === 'pairings' ? ['csv', 'excel', 'json', 'geojson'] : ['csv', 'excel', 'json'];
}

/** The ZIP bundle's name for a release: `east-west-pairings-1.0.0.zip`. */
export function bundleFileName(version: string): string {
  return `east-west-pairings-${version}.zip`;
}

/**
 * Compares semantic versions numerically (1.10.0 after 1.9.0).
 *
 * @example
 * ['1.10.0', '1.9.0'].sort(compareVersions) // ['1.9.0', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A release in the shape diffReleases reads: tables by id, each with its
 * primary key, fields and rows. A table without a primary key is keyed by
 * all its columns, so a changed value shows as one row removed and one added
 * rather than failing the diff.
 *
 * @example
 * toReleaseLike(release).tables['pairings'].primaryKey // ['id']
 */
export function toReleaseLike(release: SiteRelease): {
  tables: Record<string, { primaryKey: readonly string[]; rows: readonly Readonly<Record<string, string>>[]; fields: readonly { name: string; type: string }[] }>;
} {
  return {
    tables: Object.fromEntries(
      release.tables.map((t) => [
        t.id,
        {
          primaryKey: t.primaryKey.length > 0 ? t.primaryKey : t.fields.map((f) => f.name),
          rows: t.rows,
          fields: t.fields.map((f) => ({ name: f.name, type: f.type })),
        },
      ]),
    ),
  };
}

/** UI key of the label of each kind of download. */
export const FILE_KIND_LABEL_KEYS = {
  csv: 'data.formatCsv',
  excel: 'data.formatExcel',
  json: 'data.formatJson',
  geojson: 'data.formatGeojson',
  datapackage: 'data.formatDatapackage',
  zip: 'data.formatZip',
} as const;

/**
 * An ISO 8601 interval for a coverage span, as schema.org's
 * temporalCoverage wants it; an open end is `..`.
 *
 * @example
 * temporalCoverage({ from: 1996, to: 2021, open: true }) // '1996/..'
 * temporalCoverage({ from: 1996, to: 2010, open: false }) // '1996/2010'
 */
export function temporalCoverage(years: NonNullable<Coverage['years']>): string {
  return `${years.from}/${years.open ? '..' : years.to}`;
}
