/**
 * CITATION.cff at the repository root is what GitHub's "Cite this
 * repository" and Zenodo read; it must name the dataset's newest release,
 * with that release's date, and the data licence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { latestRelease } from '../../../src/lib/data/load-release.ts';
import { SITE } from '../../../src/lib/site.ts';

const cff = readFileSync('CITATION.cff', 'utf8');
/** The value of a top-level scalar key (quoted or not). */
const field = (key: string) => new RegExp(`^${key}:\\s*"?([^"\\n]*)"?\\s*$`, 'm').exec(cff)?.[1];

describe('CITATION.cff', () => {
  test('describes a dataset under the data licence, in CFF 1.2.0', () => {
    expect(field('cff-version')).toBe('1.2.0');
    expect(field('type')).toBe('dataset');
    expect(field('license')).toBe(SITE.dataLicence.id);
  });

  test('names the newest release and its date', () => {
    const release = latestRelease();
    expect(field('version')).toBe(release.version);
    expect(field('date-released')).toBe(release.date);
  });

  test('credits the project by the name the site cites it with', () => {
    expect(cff).toContain(`  - name: "${SITE.creator.en}"`);
  });
});
