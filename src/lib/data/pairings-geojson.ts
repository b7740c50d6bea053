import type { Feature, FeatureCollection, LineString } from 'geojson';

/** A pairing row as published: field name → value (strings from CSV, or typed values from JSON). */
export type PairingRecord = Readonly<Record<string, unknown>>;

export interface PairingsGeoJsonOptions {
  /** Anchor point of a region in [lon, lat], or undefined when the region is not on the map. */
  readonly anchor: (code: string) => readonly [number, number] | undefined;
  /** Column holding the helping (eastern) region's GB/T 2260 code. Default `helper_code`. */
  readonly helperField?: string;
  /** Column holding the helped (western) region's GB/T 2260 code. Default `helped_code`. */
  readonly helpedField?: string;
  /** Names the data in errors, e.g. `pairings 1.0.0`. */
  readonly where?: string;
}

/**
 * The pairings as GeoJSON (RFC 7946): one LineString feature per pairing,
 * from the helper's anchor to the helped region's anchor, in [lon, lat]
 * (WGS 84 order, as the RFC requires), with every field of the pairing as
 * its properties, in the table's order. A straight two-point line, not the
 * curved arc the site's maps draw: GIS tools draw their own styling, and a
 * line's direction (helper → helped) is what carries the meaning.
 *
 * A pairing whose code has no anchor throws, naming the row, so a missing
 * region can never silently drop a pairing from the published file.
 *
 * @example
 * pairingsGeoJson([{ helper_code: '330100', helped_code: '522600', start_year: 2013 }], { anchor })
 * // { type: 'FeatureCollection', features: [{ type: 'Feature',
 * //   geometry: { type: 'LineString', coordinates: [[120.1, 29.9], [108.1, 26.6]] },
 * //   properties: { helper_code: '330100', helped_code: '522600', start_year: 2013 } }] }
 */
export function pairingsGeoJson(
  rows: readonly PairingRecord[],
  options: PairingsGeoJsonOptions,
): FeatureCollection<LineString, Record<string, unknown>> {
  const helperField = options.helperField ?? 'helper_code';
  const helpedField = options.helpedField ?? 'helped_code';
  const where = options.where ?? 'pairings';
  const features = rows.map((row, i): Feature<LineString, Record<string, unknown>> => {
    const ends = [helperField, helpedField].map((field) => {
      const code = row[field];
      if (typeof code !== 'string' && typeof code !== 'number') {
        throw new Error(`pairingsGeoJson: ${where} row ${i + 1} has no "${field}" (got ${JSON.stringify(code)}).`);
      }
      const point = options.anchor(String(code));
      if (!point) {
        throw new Error(
          `pairingsGeoJson: ${where} row ${i + 1}, "${field}" = ${String(code)} has no anchor point: ` +
            'neither the code nor its prefecture or province is on the map (src/generated/china.topo.json).',
        );
      }
      return [point[0], point[1]];
    });
    return { type: 'Feature', geometry: { type: 'LineString', coordinates: ends }, properties: { ...row } };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The GeoJSON as published: compact JSON with a final newline, so the same
 * rows always give the same bytes (and the same SHA-256).
 *
 * @example
 * serializeGeoJson(pairingsGeoJson(rows, { anchor })).endsWith('}\n') // true
 */
export function serializeGeoJson(collection: FeatureCollection): string {
  return `${JSON.stringify(collection)}\n`;
}
