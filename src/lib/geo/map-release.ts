/**
 * Turns a dataset release (tables of string rows, as the loader gives them)
 * into the typed MapDataset the map and region pages read. Column names are
 * those of data/working/*.csv; a missing table or a malformed year fails the
 * build with a message naming the row, since a silently dropped pairing
 * would misstate the data.
 */
import type { SiteRelease } from '../data/data-pages.ts';
import type {
  DatasetDocument,
  DatasetFigure,
  DatasetPairing,
  DatasetPhase,
  DatasetRegion,
  DatasetSource,
  Localized,
  MapDataset,
} from './map-dataset.ts';

type Row = Readonly<Record<string, string>>;

function rowsOf(release: SiteRelease, id: string): readonly Row[] {
  const table = release.tables.find((t) => t.id === id);
  if (!table) {
    throw new Error(`mapDatasetFromRelease: release ${release.version} has no "${id}" table; the map needs regions, pairings, phases, documents, sources and figures.`);
  }
  return table.rows;
}

const cell = (row: Row, column: string): string => (row[column] ?? '').trim();
const orNull = (s: string): string | null => (s === '' ? null : s);

/** Splits a ';'-separated id list (pairings.source_ids), dropping blanks. */
export function splitIds(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function year(row: Row, column: string, table: string, required: boolean): number | null {
  const v = cell(row, column);
  if (v === '' && !required) return null;
  if (!/^\d{4}$/.test(v)) {
    throw new Error(`mapDatasetFromRelease: ${table} row "${cell(row, 'id') || cell(row, 'code')}", column "${column}": "${v}" is not a year (4 digits).`);
  }
  return Number(v);
}

/** Only the locales with text, so a missing translation falls back instead of showing ''. */
function partial(entries: Partial<Record<keyof Localized, string>>): Partial<Localized> {
  const out: Partial<Record<keyof Localized, string>> = {};
  for (const [k, v] of Object.entries(entries) as [keyof Localized, string | undefined][]) if (v) out[k] = v;
  return out;
}

/**
 * The region codes a figures row is about, read from its scope: 'national'
 * concerns no single region; 'A+B>C' concerns A, B and C; '*' (all helpers)
 * names none.
 *
 * @example
 * scopeCodes('310000+440000>530000') // ['310000', '440000', '530000']
 * scopeCodes('national')             // []
 */
export function scopeCodes(scope: string): string[] {
  return [...new Set(scope.split(/[>+]/).map((s) => s.trim()).filter((s) => /^\d{6}$/.test(s)))];
}

/**
 * A figure's period as text: one value when start and end agree, else
 * 'start–end', with an open side left blank ('–2024-08' when only the end
 * is known).
 *
 * @example
 * periodText('1996', '2017') // '1996–2017'
 * periodText('2018', '2018') // '2018'
 */
export function periodText(start: string, end: string): string {
  if (start === end) return start;
  return `${start}–${end}`;
}

/**
 * Maps a release's tables to a MapDataset: regions (names per locale and
 * the Kazakh review status), pairings (years as numbers, an empty end year
 * as null, source ids split), phases, documents, sources and figures (scope
 * codes parsed). Rows keep the tables' order.
 *
 * @example
 * const ds = mapDatasetFromRelease(latestRelease());
 * ds.pairings.find((p) => p.id === '1996-110000-150000')?.endYear // 2016
 */
export function mapDatasetFromRelease(release: SiteRelease): MapDataset {
  const regions: DatasetRegion[] = rowsOf(release, 'regions').map((r) => ({
    code: cell(r, 'code'),
    level: cell(r, 'level'),
    parentCode: orNull(cell(r, 'parent_code')),
    names: { zh: cell(r, 'name_zh'), en: cell(r, 'name_en'), kk: cell(r, 'name_kk') },
    kkStatus: cell(r, 'name_kk_status') || 'unreviewed',
  }));

  const pairings: DatasetPairing[] = rowsOf(release, 'pairings').map((r) => ({
    id: cell(r, 'id'),
    helperCode: cell(r, 'helper_code'),
    helpedCode: cell(r, 'helped_code'),
    startYear: year(r, 'start_year', 'pairings', false),
    endYear: year(r, 'end_year', 'pairings', false),
    phase: cell(r, 'phase'),
    level: cell(r, 'level'),
    documentId: orNull(cell(r, 'document_id')),
    sourceIds: splitIds(cell(r, 'source_ids')),
    confidence: cell(r, 'confidence'),
    notes: partial({ zh: cell(r, 'note_zh'), en: cell(r, 'note_en') }),
  }));

  const phases: DatasetPhase[] = rowsOf(release, 'phases').map((r) => ({
    id: cell(r, 'id'),
    startYear: year(r, 'start_year', 'phases', true)!,
    endYear: year(r, 'end_year', 'phases', false),
    titles: { zh: cell(r, 'title_zh'), en: cell(r, 'title_en'), kk: cell(r, 'title_kk') },
  }));

  const documents: DatasetDocument[] = rowsOf(release, 'documents').map((r) => ({
    id: cell(r, 'id'),
    number: cell(r, 'number'),
    titles: partial({ zh: cell(r, 'title_zh'), en: cell(r, 'title_en') }),
  }));

  const sources: DatasetSource[] = rowsOf(release, 'sources').map((r) => ({
    id: cell(r, 'id'),
    title: cell(r, 'title'),
    publisher: cell(r, 'publisher'),
    date: cell(r, 'date'),
    url: cell(r, 'url'),
  }));

  const figures: DatasetFigure[] = rowsOf(release, 'figures').map((r) => ({
    id: cell(r, 'id'),
    metric: cell(r, 'metric'),
    labels: {},
    notes: partial({ zh: cell(r, 'note_zh'), en: cell(r, 'note_en') }),
    scope: cell(r, 'scope'),
    value: cell(r, 'value'),
    unit: cell(r, 'unit'),
    period: periodText(cell(r, 'period_start'), cell(r, 'period_end')),
    periodStart: cell(r, 'period_start'),
    periodEnd: cell(r, 'period_end'),
    scopeCodes: scopeCodes(cell(r, 'scope')),
    sourceIds: splitIds(cell(r, 'source_ids')),
    confidence: cell(r, 'confidence'),
  }));

  return { version: release.version, regions, pairings, phases, documents, sources, figures };
}
