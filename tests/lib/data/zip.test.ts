import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { createZip, readZip } from '../../../src/lib/data/zip.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const entries = [
  { name: 'README.md', data: '# 东西部协作结对\n\nOpen data. Ашық деректер.\n'.repeat(20) },
  { name: 'data/pairings.csv', data: 'helper_code,helped_code\n330100,522600\n' },
  { name: 'tiny.txt', data: 'x' },
  { name: 'bytes.bin', data: new Uint8Array([0, 255, 1, 254]) },
];

describe('createZip', () => {
  test('an archive reads back to the same names and bytes, in order', () => {
    const back = readZip(createZip(entries, { date: '2026-11-20' }));
    expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    expect(text(back[0]!.data)).toBe(entries[0]!.data);
    expect(text(back[1]!.data)).toBe(entries[1]!.data);
    expect([...back[3]!.data]).toEqual([0, 255, 1, 254]);
  });

  test('every entry carries the fixed date given, not the build time', () => {
    const back = readZip(createZip(entries, { date: '2026-11-20' }));
    expect(new Set(back.map((e) => e.date))).toEqual(new Set(['2026-11-20']));
    expect(readZip(createZip(entries))[0]!.date).toBe('1980-01-01');
  });

  test('the same entries give byte-identical archives', () => {
    expect(sha256(createZip(entries, { date: '2026-11-20' }))).toBe(sha256(createZip(entries, { date: '2026-11-20' })));
  });

  test('compressible text is deflated and incompressible bytes are stored', () => {
    const zip = createZip(entries);
    const view = new DataView(zip.buffer);
    expect(view.getUint16(8, true)).toBe(8); // README.md: deflate
    expect(zip.length).toBeLessThan(entries.reduce((n, e) => n + (typeof e.data === 'string' ? e.data.length : 4), 0));
    const tiny = createZip([{ name: 'tiny.txt', data: 'x' }]);
    expect(new DataView(tiny.buffer).getUint16(8, true)).toBe(0); // stored
  });

  test('names are flagged as UTF-8 so Chinese file names survive', () => {
    const back = readZip(createZip([{ name: '六盘水.csv', data: 'a' }]));
    expect(back[0]!.name).toBe('六盘水.csv');
  });

  test('an empty archive is the 22-byte end record alone', () => {
    expect(createZip([]).length).toBe(22);
    expect(readZip(createZip([]))).toEqual([]);
  });

  test('rejects unsafe or duplicate names and impossible dates', () => {
    expect(() => createZip([{ name: '../x', data: '' }])).toThrow('"../x" is not a safe relative path');
    expect(() => createZip([{ name: 'a', data: '' }, { name: 'a', data: '' }])).toThrow('"a" appears twice');
    expect(() => createZip([], { date: '1970-01-01' })).toThrow('year 1970 cannot be stored');
  });

  test('readZip notices a corrupted entry', () => {
    const zip = createZip([{ name: 'a.txt', data: 'abcdefgh' }]);
    const first = 30 + 'a.txt'.length; // first stored byte, after the local header and the name
    zip[first] = zip[first]! ^ 0xff;
    expect(() => readZip(zip)).toThrow('fails its CRC-32 check');
  });
});
