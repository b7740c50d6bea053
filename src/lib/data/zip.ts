import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One file to put in an archive. Text is written as UTF-8. */
export interface ZipEntry {
  /** Path inside the archive, with forward slashes: `README.md`, `data/pairings.csv`. */
  readonly name: string;
  readonly data: Uint8Array | string;
}

export interface ZipOptions {
  /**
   * The modification date written for every entry, `YYYY-MM-DD` (midnight).
   * A fixed date, not the build time, so the same inputs always give the same
   * bytes and the archive's SHA-256 stays true across builds. Defaults to the
   * DOS epoch, 1980-01-01.
   */
  readonly date?: string;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** General purpose flag bit 11: names are UTF-8 (APPNOTE 4.4.4), so 六盘水.csv survives unzip on every OS. */
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** 2.0: the version that introduced deflate; what every unzip expects. */
const VERSION = 20;

/** MS-DOS date and time fields (APPNOTE 4.4.6), local time as written, no zone. */
function dosDateTime(date: string): { time: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`createZip: date "${date}" must be YYYY-MM-DD.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1980 || y > 2107) throw new Error(`createZip: year ${y} cannot be stored in a ZIP (1980–2107).`);
  return { time: 0, day: ((y - 1980) << 9) | (mo << 5) | d };
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

/**
 * Writes a ZIP archive in memory: each entry deflated (or stored, when
 * deflating would not make it smaller), UTF-8 names, one fixed timestamp, no
 * extra fields and no platform attributes. Nothing depends on the clock, the
 * file system or the machine, so the same entries in the same order always
 * give byte-identical archives, and the SHA-256 printed on the download page
 * stays valid after a rebuild. No ZIP64: entries and archive must stay under
 * 4 GiB, far beyond these tables.
 *
 * @example
 * const zip = createZip([{ name: 'README.md', data: '# Pairings\n' }], { date: '2026-11-20' });
 * readZip(zip)[0].name // 'README.md'
 */
export function createZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Uint8Array {
  const { time, day } = dosDateTime(options.date ?? '1980-01-01');
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;

  for (const entry of entries) {
    if (entry.name === '' || entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..')) {
      throw new Error(`createZip: "${entry.name}" is not a safe relative path with forward slashes.`);
    }
    if (seen.has(entry.name)) throw new Error(`createZip: "${entry.name}" appears twice.`);
    seen.add(entry.name);

    const name = encoder.encode(entry.name);
    const raw = toBytes(entry.data);
    const deflated = deflateRawSync(raw, { level: 9 });
    const useDeflate = deflated.length < raw.length;
    const body = useDeflate ? deflated : raw;
    const crc = crc32(raw);

    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, VERSION, true);
    lv.setUint16(6, FLAG_UTF8, true);
    lv.setUint16(8, useDeflate ? METHOD_DEFLATE : METHOD_STORED, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, day, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, CENTRAL_HEADER, true);
    cv.setUint16(4, VERSION, true); // made by: MS-DOS 2.0, so no Unix mode bits are implied
    cv.setUint16(6, VERSION, true);
    cv.setUint16(8, FLAG_UTF8, true);
    cv.setUint16(10, useDeflate ? METHOD_DEFLATE : METHOD_STORED, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, day, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    // extra length, comment length, disk number, internal and external attributes: all 0
    cv.setUint32(42, offset, true);
    central.set(name, 46);

    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  if (entries.length > 0xffff || offset > 0xffffffff) {
    throw new Error('createZip: the archive needs ZIP64 (more than 65,535 entries or 4 GiB), which this writer does not support.');
  }

  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An entry read back from an archive. */
export interface ZipReadEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** `YYYY-MM-DD` from the DOS date field. */
  readonly date: string;
}

/**
 * Reads a ZIP archive through its central directory, inflating and checking
 * each entry's CRC-32. It understands what `createZip` writes (stored and
 * deflated entries, no ZIP64, no encryption) and throws on anything else, so
 * tests can read archives back and build checks can verify a bundle.
 *
 * @example
 * readZip(createZip([{ name: 'a.txt', data: 'hi' }])).map((e) => e.name) // ['a.txt']
 */
export function readZip(zip: Uint8Array): ZipReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  if (eocd < 0 || view.getUint32(eocd, true) !== END_OF_CENTRAL_DIRECTORY) {
    throw new Error('readZip: no end-of-central-directory record at the end (not a ZIP, or it has a comment).');
  }
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`readZip: bad central directory header at byte ${at}.`);
    const method = view.getUint16(at + 10, true);
    const day = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new Error(`readZip: "${name}" has no local header.`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const body = zip.subarray(start, start + compressed);
    let data: Uint8Array;
    if (method === METHOD_STORED) data = body;
    else if (method === METHOD_DEFLATE) data = new Uint8Array(inflateRawSync(body));
    else throw new Error(`readZip: "${name}" uses compression method ${method}; only stored and deflate are read.`);
    if (data.length !== size) throw new Error(`readZip: "${name}" is ${data.length} bytes, the directory says ${size}.`);
    if (crc32(data) !== crc) throw new Error(`readZip: "${name}" fails its CRC-32 check.`);
    const y = 1980 + (day >> 9);
    const date = `${y}-${String((day >> 5) & 0xf).padStart(2, '0')}-${String(day & 0x1f).padStart(2, '0')}`;
    entries.push({ name, data, date });
  }
  return entries;
}
