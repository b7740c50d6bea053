import { describe, expect, test } from 'vitest';
import type { SiteRelease } from '../../../src/lib/data/data-pages.ts';
import { explainerData, explainerDataFrom } from '../../../src/lib/content/explainer-data.ts';
import { releaseVersions } from '../../../src/lib/data/load-release.ts';

const release: SiteRelease = {
  version: '9.9.9',
  date: '2026-11-23',
  notes: '',
  tables: [{ id: 'sources', title: 'Sources', description: '', fields: [], primaryKey: ['id'], foreignKeys: [], rows: [{ id: 'src-a', publisher: 'Daily A' }] }],
};

describe('explainerDataFrom', () => {
  test('reads a table’s rows as the release has them', () => {
    const data = explainerDataFrom(release);
    expect(data.version).toBe('9.9.9');
    expect(data.rows('sources')).toEqual([{ id: 'src-a', publisher: 'Daily A' }]);
  });

  test('names the release and the missing table', () => {
    expect(() => explainerDataFrom(release).rows('phases')).toThrow('release 9.9.9 has no table "phases"');
  });
});

describe('explainerData', () => {
  test('reads the newest release in data/', () => {
    expect(explainerData().version).toBe(releaseVersions().at(-1));
  });
});
