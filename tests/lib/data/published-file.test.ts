import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { bodyBytes, describeFile } from '../../../src/lib/data/published-file.ts';

describe('describeFile', () => {
  test('gives the size and SHA-256 of the UTF-8 bytes, counting the BOM and multi-byte characters', () => {
    const body = '\uFEFFcode,name\n520200,六盘水市\n';
    const f = describeFile('/data/1.0.0/regions.excel.csv', 'text/csv', body);
    const bytes = Buffer.from(body, 'utf8');
    expect(f).toEqual({
      name: 'regions.excel.csv', path: '/data/1.0.0/regions.excel.csv', mediaType: 'text/csv',
      bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(bodyBytes(body)[0]).toBe(0xef);
  });

  test('rejects a path that is not a site path to a file', () => {
    expect(() => describeFile('data/x.csv', 'text/csv', '')).toThrow('describeFile: "data/x.csv" must be a site path to a file, like /data/1.0.0/x.csv.');
    expect(() => describeFile('/data/1.0.0/', 'text/csv', '')).toThrow('must be a site path');
  });
});
