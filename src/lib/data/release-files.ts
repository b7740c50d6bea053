/**
 * The bodies of a release's files as /data/<version>/<file> serves them:
 * per table the canonical CSV (the very bytes hashed in datapackage.json),
 * a CSV for Excel (UTF-8 with BOM, CRLF, formula-like cells neutralised)
 * and JSON (an array of rows, values as strings exactly as in the CSV);
 * and datapackage.json as stored. The endpoint, the data pages and the
 * bundle all call these, so sizes and checksums describe the bytes served.
 */
import { toSafeCsv } from './csv-safety.ts';
import { tableFileKinds, tableFileName, type SiteRelease, type TableFileKind } from './data-pages.ts';
import { canonicalCsv } from './release.ts';

/** The kinds of table file this module serves (GeoJSON has its own endpoint). */
export type ServedTableKind = Exclude<TableFileKind, 'geojson'>;

/** One file served under /data/<version>/. */
export interface ServedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly body: string;
}

function table(release: SiteRelease, id: string) {
  const found = release.tables.find((t) => t.id === id);
  if (!found) throw new Error(`release-files: release ${release.version} has no table "${id}"; it has ${release.tables.map((t) => t.id).join(', ')}.`);
  return found;
}

/**
 * A table's file body. `csv` is byte for byte the release's stored file
 * (the loader refuses a release whose files are not canonical, so writing
 * the rows again gives the same bytes); `excel` starts with a BOM, uses
 * CRLF and prefixes formula-like text with `'`; `json` is an array of row
 * objects.
 *
 * @example
 * tableBody(latestRelease(), 'phases', 'excel').startsWith('\uFEFFid,start_year') // true
 */
export function tableBody(release: SiteRelease, id: string, kind: ServedTableKind): string {
  const t = table(release, id);
  const columns = t.fields.map((f) => f.name);
  switch (kind) {
    case 'csv': return canonicalCsv(columns, t.rows);
    case 'excel': return toSafeCsv(t.rows, columns, { bom: true, eol: '\r\n' });
    case 'json': return `${JSON.stringify(t.rows, null, 2)}\n`;
  }
}

/**
 * datapackage.json as stored in the release folder (the release script
 * writes it as two-space JSON with a final newline, so this is the same
 * text).
 *
 * @example
 * JSON.parse(datapackageBody(latestRelease())).version // '1.0.0'
 */
export function datapackageBody(release: { readonly datapackage: unknown }): string {
  return `${JSON.stringify(release.datapackage, null, 2)}\n`;
}

/**
 * Every file this module serves for a release: for each table its CSV,
 * Excel CSV and JSON (names from `tableFileName`), then datapackage.json.
 *
 * @example
 * servedFiles(latestRelease()).map((f) => f.name).slice(0, 3) // ['regions.csv', 'regions.excel.csv', 'regions.json']
 */
export function servedFiles(release: SiteRelease & { readonly datapackage: unknown }): ServedFile[] {
  const files: ServedFile[] = [];
  for (const t of release.tables) {
    for (const kind of tableFileKinds(t.id)) {
      if (kind === 'geojson') continue;
      files.push({
        name: tableFileName(t.id, kind),
        mediaType: kind === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
        body: tableBody(release, t.id, kind),
      });
    }
  }
  files.push({ name: 'datapackage.json', mediaType: 'application/json; charset=utf-8', body: datapackageBody(release) });
  return files;
}
