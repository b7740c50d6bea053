import { createHash } from 'node:crypto';

/** One file as served, described by what a reader needs to fetch and verify it. */
export interface PublishedFile {
  /** File name within its release folder: `pairings.csv`, `east-west-pairings-1.0.0.zip`. */
  readonly name: string;
  /** Site-absolute path: `/data/1.0.0/pairings.csv`. */
  readonly path: string;
  readonly mediaType: string;
  /** Size in bytes of exactly what the server sends. */
  readonly bytes: number;
  /** Lower-case hex SHA-256 of those bytes. */
  readonly sha256: string;
}

/** The bytes a body is served as: strings as UTF-8 (a BOM, if any, is part of the string). */
export function bodyBytes(body: Uint8Array | string): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/**
 * Size and SHA-256 of a file's body, computed from the very bytes the
 * endpoint serves, so the checksum on the page always matches the download.
 *
 * @example
 * describeFile('/data/1.0.0/regions.csv', 'text/csv', 'code\n110000\n')
 * // { name: 'regions.csv', path: '/data/1.0.0/regions.csv', mediaType: 'text/csv', bytes: 12, sha256: '…' }
 */
export function describeFile(path: string, mediaType: string, body: Uint8Array | string): PublishedFile {
  const bytes = bodyBytes(body);
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!path.startsWith('/') || name === '') throw new Error(`describeFile: "${path}" must be a site path to a file, like /data/1.0.0/x.csv.`);
  return { name, path, mediaType, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
