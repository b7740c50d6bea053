import { describe, expect, test } from 'vitest';
import { datasetJsonLd, serializeJsonLd, type DatasetJsonLdInput } from '../../../src/lib/cite/jsonld.ts';

const INPUT: DatasetJsonLdInput = {
  name: 'East–West cooperation pairings',
  description: 'Which provinces and cities were paired, since 1996.',
  url: 'https://example.org/en/data/pairings/1.2.0/',
  version: '1.2.0',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  creator: { name: 'East–West Cooperation Pairings project', url: 'https://example.org/' },
  datePublished: '2026-11-20',
  temporalCoverage: '1996/..',
  spatialCoverage: 'China',
  inLanguage: 'en',
  distribution: [
    { name: 'pairings.csv', contentUrl: 'https://example.org/data/pairings/1.2.0/pairings.csv', encodingFormat: 'text/csv', contentSize: 2048 },
  ],
};

describe('datasetJsonLd', () => {
  test('builds a schema.org Dataset whose serialized form parses back with its distribution', () => {
    const ld = JSON.parse(serializeJsonLd(datasetJsonLd(INPUT)));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe('1.2.0');
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.temporalCoverage).toBe('1996/..');
    expect(ld.spatialCoverage).toEqual({ '@type': 'Place', name: 'China' });
    expect(ld.creator).toEqual({ '@type': 'Organization', name: 'East–West Cooperation Pairings project', url: 'https://example.org/' });
    expect(ld.publisher).toEqual(ld.creator);
    expect(ld.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'pairings.csv',
        contentUrl: 'https://example.org/data/pairings/1.2.0/pairings.csv',
        encodingFormat: 'text/csv',
        contentSize: '2048 bytes',
      },
    ]);
  });

  test('refuses a release without files and a relative download URL', () => {
    expect(() => datasetJsonLd({ ...INPUT, distribution: [] })).toThrow(
      'datasetJsonLd: "East–West cooperation pairings" 1.2.0 lists no files; a release needs at least one download.',
    );
    expect(() => datasetJsonLd({ ...INPUT, distribution: [{ contentUrl: '/pairings.csv', encodingFormat: 'text/csv' }] })).toThrow(
      'datasetJsonLd: "/pairings.csv" must be an absolute http(s) URL.',
    );
  });
});

describe('serializeJsonLd', () => {
  test('escapes < > & so a value cannot close the script element, and still parses to the same value', () => {
    const value = { description: '</script><!-- a & b -->\u2028' };
    const text = serializeJsonLd(value);
    expect(text).toBe('{"description":"\\u003c/script\\u003e\\u003c!-- a \\u0026 b --\\u003e\\u2028"}');
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
