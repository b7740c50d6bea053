/**
 * schema.org `Dataset` markup, which dataset search engines (Google Dataset
 * Search and others) read to index a release with its downloads.
 */

export interface JsonLdOrganization {
  readonly name: string;
  readonly url?: string;
}

export interface JsonLdDistribution {
  /** Absolute URL of the file. */
  readonly contentUrl: string;
  /** Media type, e.g. `text/csv`. */
  readonly encodingFormat: string;
  /** File size in bytes; written as "N bytes", as schema.org's contentSize is text. */
  readonly contentSize?: number;
  readonly name?: string;
  /** Hex SHA-256 of the file, when the release manifest has one. */
  readonly sha256?: string;
}

export interface DatasetJsonLdInput {
  readonly name: string;
  readonly description: string;
  /** Canonical page of this release. */
  readonly url: string;
  readonly version: string;
  /** Licence URL, e.g. https://creativecommons.org/licenses/by/4.0/ */
  readonly license: string;
  readonly creator: JsonLdOrganization;
  readonly publisher?: JsonLdOrganization;
  /** `YYYY-MM-DD` */
  readonly datePublished: string;
  readonly dateModified?: string;
  /** ISO 8601 interval; an open end is `..`, e.g. `1996/..`. */
  readonly temporalCoverage: string;
  /** A place name, e.g. `China`. */
  readonly spatialCoverage: string;
  /** BCP 47 tag(s) of the description. */
  readonly inLanguage?: string | readonly string[];
  readonly keywords?: readonly string[];
  /** A DOI URL, once one is minted. */
  readonly identifier?: string;
  readonly distribution: readonly JsonLdDistribution[];
  readonly isAccessibleForFree?: boolean;
}

function organization(org: JsonLdOrganization): Record<string, unknown> {
  return { '@type': 'Organization', name: org.name, ...(org.url === undefined ? {} : { url: org.url }) };
}

/**
 * A schema.org `Dataset` object for one release. Checks the few values
 * search engines reject silently (relative URLs, a release with no files).
 *
 * @example
 * datasetJsonLd({ name: 'East–West cooperation pairings', version: '1.2.0', temporalCoverage: '1996/..',
 *   spatialCoverage: 'China', distribution: [{ contentUrl: 'https://…/pairings.csv', encodingFormat: 'text/csv' }], … })
 * // { '@context': 'https://schema.org', '@type': 'Dataset', name: …, distribution: [{ '@type': 'DataDownload', … }] }
 */
export function datasetJsonLd(input: DatasetJsonLdInput): Record<string, unknown> {
  if (input.distribution.length === 0) {
    throw new Error(`datasetJsonLd: "${input.name}" ${input.version} lists no files; a release needs at least one download.`);
  }
  for (const url of [input.url, input.license, ...input.distribution.map((d) => d.contentUrl)]) {
    if (!/^https?:\/\//.test(url)) throw new Error(`datasetJsonLd: "${url}" must be an absolute http(s) URL.`);
  }
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    version: input.version,
    license: input.license,
    creator: organization(input.creator),
    publisher: organization(input.publisher ?? input.creator),
    datePublished: input.datePublished,
  };
  if (input.dateModified !== undefined) ld['dateModified'] = input.dateModified;
  if (input.identifier !== undefined) ld['identifier'] = input.identifier;
  if (input.inLanguage !== undefined) ld['inLanguage'] = input.inLanguage;
  if (input.keywords !== undefined) ld['keywords'] = [...input.keywords];
  ld['temporalCoverage'] = input.temporalCoverage;
  ld['spatialCoverage'] = { '@type': 'Place', name: input.spatialCoverage };
  ld['isAccessibleForFree'] = input.isAccessibleForFree ?? true;
  ld['distribution'] = input.distribution.map((d) => ({
    '@type': 'DataDownload',
    ...(d.name === undefined ? {} : { name: d.name }),
    contentUrl: d.contentUrl,
    encodingFormat: d.encodingFormat,
    ...(d.contentSize === undefined ? {} : { contentSize: `${d.contentSize} bytes` }),
    ...(d.sha256 === undefined ? {} : { sha256: d.sha256 }),
  }));
  return ld;
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * become `\u003c`, `\u003e`, `\u0026`, so a value containing `</script>` or
 * `<!--` cannot end or confuse the element; U+2028/2029 are escaped for old
 * JavaScript parsers. The result is still the same JSON value.
 *
 * @example
 * serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
