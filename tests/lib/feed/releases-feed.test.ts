import { describe, expect, test } from 'vitest';
import { pickText } from '../../../src/lib/data/data-pages.ts';
import { loadReleases } from '../../../src/lib/data/site-downloads.ts';
import { releasesFeedPath, siteReleasesFeed } from '../../../src/lib/feed/releases-feed.ts';

// The site's own published releases (data/releases/), read like the pages read them.
const releases = loadReleases();

describe('siteReleasesFeed', () => {
  test('lives under each language’s data section', () => {
    expect(releasesFeedPath('kk')).toBe('/kk/data/releases.atom');
  });

  test('gives each release its notes in the feed’s language and links to that language’s release page', () => {
    const xml = siteReleasesFeed('zh', 'https://example.org/', releasesFeedPath('zh'));
    expect(xml.match(/<entry>/g)).toHaveLength(releases.length);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/zh/data/releases.atom"/>');
    for (const r of releases) {
      expect(xml).toContain(`https://example.org/zh/data/releases/${r.version}/`);
      const zh = pickText(r.notes, 'zh');
      expect(xml).toContain(zh.slice(0, 20));
    }
  });

  test('keeps the entry ids of every language the same', () => {
    const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1]);
    const en = ids(siteReleasesFeed('en', 'https://example.org/', '/data/releases.atom'));
    expect(en).toHaveLength(releases.length);
    expect(ids(siteReleasesFeed('kk', 'https://example.org/', releasesFeedPath('kk')))).toEqual(en);
  });
});
