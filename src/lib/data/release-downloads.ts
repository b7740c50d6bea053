/**
 * Every file a release is downloadable as, with the bytes served, so that
 * the data pages, the JSON index, the JSON-LD and the endpoints all describe
 * the very same bytes. Pure: the table bodies (served by the dataset
 * helper's /data/<version>/<file> endpoint), the licence text and the region
 * anchors are passed in, so unit tests build everything from tiny fixtures.
 */
import { toApa } from '../cite/apa.ts';
import { toGbt7714 } from '../cite/gbt7714.ts';
import { datasetJsonLd, type JsonLdDistribution } from '../cite/jsonld.ts';
import { datasetCitation } from '../citing/page-citation.ts';
import { LOCALE_SEGMENTS, getLocale, type Locale } from '../i18n/locales.ts';
import { SITE } from '../site.ts';
import { localizedPath } from '../i18n/paths.ts';
import { bundleReadme } from './bundle-readme.ts';
import { bundleFileName, pickText, tableCoverage, tableFileKinds, tableFileName, temporalCoverage, type SiteRelease, type TableFileKind } from './data-pages.ts';
import { pairingsGeoJson, serializeGeoJson } from './pairings-geojson.ts';
import { describeFile, type PublishedFile } from './published-file.ts';
import { createZip, type ZipEntry } from './zip.ts';

/** A release as the loader gives it: the tables plus the parsed datapackage.json. */
export interface DownloadableRelease extends SiteRelease {
  readonly datapackage: unknown;
}

/** What a release's files are made from, besides the release itself. */
export interface DownloadSources {
  /**
   * The body of a table file exactly as /data/<version>/<file> serves it
   * (the dataset helper's endpoint), for kinds 'csv', 'excel' and 'json'.
   */
  readonly tableBody: (release: DownloadableRelease, table: string, kind: Exclude<TableFileKind, 'geojson'>) => Uint8Array | string;
  /** The body of datapackage.json exactly as /data/<version>/datapackage.json serves it. */
  readonly datapackageBody: (release: DownloadableRelease) => Uint8Array | string;
  /** Anchor point [lon, lat] of a region code, for the GeoJSON lines. */
  readonly anchor: (code: string) => readonly [number, number] | undefined;
  /** The licence's legal text, put into the ZIP as LICENSE.txt. */
  readonly licenceText: string;
  /** Origin of the site, for the absolute URLs in the bundle's README. */
  readonly siteUrl: string;
}

export type DownloadKind = TableFileKind | 'datapackage' | 'zip';

/** One downloadable file: where it is, what it is, and its size and checksum. */
export interface ReleaseDownload extends PublishedFile {
  readonly kind: DownloadKind;
  /** Table id for table files; undefined for the package-wide files. */
  readonly table: string | undefined;
  /** Name the browser saves it as: dataset id and version in every name (`pairings-1.0.0.csv`). */
  readonly downloadName: string;
}

const MEDIA_TYPES: Record<DownloadKind, string> = {
  csv: 'text/csv',
  excel: 'text/csv',
  json: 'application/json',
  geojson: 'application/geo+json',
  datapackage: 'application/json',
  zip: 'application/zip',
};

/** Folder of a release's files: `/data/1.0.0/`, or `/data/latest/` for the alias. */
export function releaseFolder(version: string): string {
  return `/data/${version}/`;
}

/**
 * The name a download is saved as, with the version in it, so two versions
 * of the same table never overwrite each other in a Downloads folder.
 *
 * @example
 * downloadName('pairings.excel.csv', '1.0.0') // 'pairings-1.0.0.excel.csv'
 * downloadName('east-west-pairings-1.0.0.zip', '1.0.0') // 'east-west-pairings-1.0.0.zip'
 */
export function downloadName(fileName: string, version: string): string {
  if (fileName.includes(version)) return fileName;
  const dot = fileName.indexOf('.');
  return dot < 0 ? `${fileName}-${version}` : `${fileName.slice(0, dot)}-${version}${fileName.slice(dot)}`;
}

/**
 * Where each table sits inside the data package (its resource `path`), by
 * resource name; `<id>.csv` for a table the package does not list.
 *
 * @example
 * resourcePaths({ resources: [{ name: 'pairings', path: 'data/pairings.csv' }] }, ['pairings', 'regions'])
 * // { pairings: 'data/pairings.csv', regions: 'regions.csv' }
 */
export function resourcePaths(datapackage: unknown, tables: readonly string[]): Record<string, string> {
  const listed = new Map<string, string>();
  const resources = (datapackage as { resources?: unknown } | null)?.resources;
  if (Array.isArray(resources)) {
    for (const r of resources as { name?: unknown; path?: unknown }[]) {
      if (typeof r?.name === 'string' && typeof r.path === 'string' && !/^[a-z]+:|^\/|\.\./i.test(r.path)) listed.set(r.name, r.path);
    }
  }
  return Object.fromEntries(tables.map((id) => [id, listed.get(id) ?? `${id}.csv`]));
}

/**
 * The pairing lines of a release as GeoJSON text (see pairingsGeoJson):
 * same rows, same bytes.
 */
export function pairingsGeoJsonBody(release: DownloadableRelease, anchor: DownloadSources['anchor']): string {
  const table = release.tables.find((t) => t.id === 'pairings');
  if (!table) throw new Error(`pairingsGeoJsonBody: release ${release.version} has no "pairings" table.`);
  return serializeGeoJson(pairingsGeoJson(table.rows, { anchor, where: `pairings ${release.version}` }));
}

const KNOWN_GAP_TEXT: Record<Locale, readonly string[]> = {
  zh: ['question_zh', 'question_en', 'topic_en'],
  en: ['question_en', 'topic_en'],
  // No Kazakh wording of the gaps exists; the English text stands in.
  kk: ['question_en', 'topic_en'],
};

/** One line per known gap in a locale, from the release's `known-gaps` table (if any). */
export function knownGapLines(release: SiteRelease, locale: Locale): string[] {
  const table = release.tables.find((t) => t.id === 'known-gaps');
  if (!table) return [];
  return table.rows
    .map((row) => KNOWN_GAP_TEXT[locale].map((c) => row[c] ?? '').find((v) => v !== '') ?? '')
    .filter((line) => line !== '');
}

/**
 * The files inside a release's ZIP bundle, in order: README.md (zh, en,
 * kk), LICENSE.txt, datapackage.json (as served), then every table's CSV (as
 * served) at the path its datapackage resource names, so the unpacked
 * folder is a valid Frictionless data package.
 */
export function bundleEntries(release: DownloadableRelease, sources: DownloadSources): ZipEntry[] {
  const ids = release.tables.map((t) => t.id);
  const paths = resourcePaths(release.datapackage, ids);
  const record = (locale: Locale) =>
    datasetCitation({
      locale, dataset: 'pairings', datasetTitle: '', version: release.version, published: release.date,
      url: new URL(localizedPath(locale, `data/releases/${release.version}`), sources.siteUrl).href,
    });
  const perLocale = <T>(f: (l: Locale) => T) => Object.fromEntries(LOCALE_SEGMENTS.map((l) => [l, f(l)])) as Record<Locale, T>;
  const readme = bundleReadme({
    version: release.version,
    date: release.date,
    releaseUrls: perLocale((l) => record(l).url),
    tables: release.tables.map((t) => ({
      file: paths[t.id] ?? `${t.id}.csv`,
      title: perLocale((l) => pickText(t.title, l) || t.id),
      rows: t.rows.length,
    })),
    otherFiles: [
      { file: 'datapackage.json', description: { zh: '数据包描述（Frictionless Data Package：字段、类型、来源）', en: 'Data package description (Frictionless Data Package: columns, types, sources)', kk: 'Деректер пакетінің сипаттамасы (Frictionless Data Package: бағандар, түрлер, дереккөздер)' } },
      { file: 'LICENSE.txt', description: { zh: '许可协议全文（CC BY 4.0）', en: 'Full licence text (CC BY 4.0)', kk: 'Лицензияның толық мәтіні (CC BY 4.0)' } },
    ],
    citations: perLocale((l) => (l === 'zh' ? toGbt7714(record(l), l) : toApa(record(l), l))),
    knownGaps: perLocale((l) => knownGapLines(release, l)),
  });
  return [
    { name: 'README.md', data: readme },
    { name: 'LICENSE.txt', data: sources.licenceText },
    { name: 'datapackage.json', data: sources.datapackageBody(release) },
    ...ids.map((id) => ({ name: paths[id] ?? `${id}.csv`, data: sources.tableBody(release, id, 'csv') })),
  ];
}

/**
 * The ZIP bundle of a release, dated with the release date (not the build
 * time), so rebuilding gives the same bytes and the same SHA-256.
 */
export function bundleBody(release: DownloadableRelease, sources: DownloadSources): Uint8Array {
  return createZip(bundleEntries(release, sources), { date: release.date });
}

/**
 * Every download of a release, with size and SHA-256 of the bytes served:
 * the ZIP bundle, datapackage.json, then per table CSV, CSV for Excel, JSON
 * (and GeoJSON for the pairings). `folder` is where they are served:
 * `/data/<version>/` by default, `/data/latest/` for the alias (the bundle is
 * then `east-west-pairings.zip`, a name that never changes).
 *
 * @example
 * releaseDownloads(release, sources).map((d) => d.path)
 * // ['/data/1.0.0/east-west-pairings-1.0.0.zip', '/data/1.0.0/datapackage.json', '/data/1.0.0/pairings.csv', …]
 */
export function releaseDownloads(
  release: DownloadableRelease,
  sources: DownloadSources,
  folder: string = releaseFolder(release.version),
): ReleaseDownload[] {
  const latest = folder !== releaseFolder(release.version);
  const describe = (kind: DownloadKind, table: string | undefined, name: string, body: Uint8Array | string): ReleaseDownload => ({
    ...describeFile(`${folder}${name}`, MEDIA_TYPES[kind], body),
    kind,
    table,
    downloadName: downloadName(name, release.version),
  });
  const zipName = latest ? bundleAliasName() : bundleFileName(release.version);
  const files: ReleaseDownload[] = [
    describe('zip', undefined, zipName, bundleBody(release, sources)),
    describe('datapackage', undefined, 'datapackage.json', sources.datapackageBody(release)),
  ];
  for (const table of release.tables) {
    for (const kind of tableFileKinds(table.id)) {
      const body = kind === 'geojson' ? pairingsGeoJsonBody(release, sources.anchor) : sources.tableBody(release, table.id, kind);
      files.push(describe(kind, table.id, tableFileName(table.id, kind), body));
    }
  }
  return files;
}

/** The bundle's name under /data/latest/: without a version, so the URL never changes. */
export function bundleAliasName(): string {
  return 'east-west-pairings.zip';
}

/**
 * The downloads as schema.org `DataDownload`s for the JSON-LD, with
 * absolute URLs.
 */
export function jsonLdDistribution(files: readonly ReleaseDownload[], siteUrl: string, label: (f: ReleaseDownload) => string): JsonLdDistribution[] {
  return files.map((f) => ({
    name: label(f),
    contentUrl: new URL(f.path, siteUrl).href,
    encodingFormat: f.mediaType,
    contentSize: f.bytes,
    sha256: f.sha256,
  }));
}

/** "China" in each locale, for schema.org spatialCoverage. */
const CHINA: Readonly<Record<Locale, string>> = { zh: '中国', en: 'China', kk: 'Қытай' };

export interface DatasetPageJsonLdInput {
  readonly release: SiteRelease;
  readonly locale: Locale;
  /** Absolute URL of the page. */
  readonly url: string;
  readonly name: string;
  readonly description: string;
  readonly files: readonly ReleaseDownload[];
  readonly siteUrl: string;
  /** The label shown for a file, used as the DataDownload's name. */
  readonly label: (file: ReleaseDownload) => string;
  /** The table whose years give temporalCoverage; the pairings by default. */
  readonly coverageTable?: string;
}

/**
 * The schema.org `Dataset` of a data page: this release's version and date,
 * the CC BY licence, the project as creator, the years the (pairings) table
 * covers, China as the place, and one `DataDownload` per file offered on the
 * page, each with size and SHA-256.
 *
 * @example
 * datasetPageJsonLd({ release, locale: 'en', url, name: 'Pairings', description: '…', files, siteUrl, label })
 * // { '@type': 'Dataset', version: '1.0.0', temporalCoverage: '1996/..', distribution: [...] , … }
 */
export function datasetPageJsonLd(input: DatasetPageJsonLdInput): Record<string, unknown> {
  const coverage = input.release.tables.find((t) => t.id === (input.coverageTable ?? 'pairings')) ?? input.release.tables[0];
  const years = coverage ? tableCoverage(coverage).years : null;
  return datasetJsonLd({
    name: input.name,
    description: input.description,
    url: input.url,
    version: input.release.version,
    license: SITE.dataLicence.url,
    creator: { name: SITE.creator[input.locale] },
    datePublished: input.release.date,
    temporalCoverage: years ? temporalCoverage(years) : '..',
    spatialCoverage: CHINA[input.locale],
    inLanguage: getLocale(input.locale).tag,
    distribution: jsonLdDistribution(input.files, input.siteUrl, input.label),
  });
}
