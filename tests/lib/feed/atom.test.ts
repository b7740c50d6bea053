import { describe, expect, test } from 'vitest';
import { escapeXml, releasesAtomFeed, type ReleasesFeedInput } from '../../../src/lib/feed/atom.ts';

const FEED: ReleasesFeedInput = {
  siteUrl: 'https://example.org/',
  feedUrl: 'https://example.org/en/data/releases.xml',
  pageUrl: 'https://example.org/en/data/',
  title: 'Dataset releases',
  author: 'Example Project',
  datasetId: 'pairings',
  locale: 'en',
  releases: [
    { version: '1.0.0', date: '2026-10-01', summary: 'First release.', url: 'https://example.org/en/data/1.0.0/' },
    { version: '1.1.0', date: '2026-11-20', summary: 'Adds 2 pairings & fixes <1> note.', url: 'https://example.org/en/data/1.1.0/' },
  ],
};

describe('releasesAtomFeed', () => {
  test('writes an Atom 1.0 feed, newest release first, with tag: ids and escaped text', () => {
    expect(releasesAtomFeed(FEED)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        '  <id>https://example.org/en/data/releases.xml</id>',
        '  <title>Dataset releases</title>',
        '  <updated>2026-11-20T00:00:00Z</updated>',
        '  <link rel="self" type="application/atom+xml" href="https://example.org/en/data/releases.xml"/>',
        '  <link rel="alternate" type="text/html" href="https://example.org/en/data/"/>',
        '  <author><name>Example Project</name></author>',
        '  <entry>',
        '    <id>tag:example.org,2026-11-20:pairings/1.1.0</id>',
        '    <title>Version 1.1.0</title>',
        '    <updated>2026-11-20T00:00:00Z</updated>',
        '    <published>2026-11-20T00:00:00Z</published>',
        '    <link rel="alternate" type="text/html" href="https://example.org/en/data/1.1.0/"/>',
        '    <summary>Adds 2 pairings &amp; fixes &lt;1&gt; note.</summary>',
        '  </entry>',
        '  <entry>',
        '    <id>tag:example.org,2026-10-01:pairings/1.0.0</id>',
        '    <title>Version 1.0.0</title>',
        '    <updated>2026-10-01T00:00:00Z</updated>',
        '    <published>2026-10-01T00:00:00Z</published>',
        '    <link rel="alternate" type="text/html" href="https://example.org/en/data/1.0.0/"/>',
        '    <summary>First release.</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  test('gives an entry the same id in every language, and localized titles and xml:lang', () => {
    const zh = releasesAtomFeed({ ...FEED, locale: 'zh', feedUrl: 'https://example.org/zh/data/releases.xml' });
    expect(zh).toContain('xml:lang="zh-CN"');
    expect(zh).toContain('<id>tag:example.org,2026-11-20:pairings/1.1.0</id>');
    expect(zh).toContain('<title>版本 1.1.0</title>');
  });

  test('names the project as author when none is given', () => {
    const { author: _omit, ...rest } = FEED;
    expect(releasesAtomFeed({ ...rest, locale: 'kk' })).toContain('<author><name>Шығыс–Батыс ынтымақтастығының жұптары жобасы</name></author>');
  });

  test('refuses an empty list and a malformed release date', () => {
    expect(() => releasesAtomFeed({ ...FEED, releases: [] })).toThrow(/no releases/);
    expect(() => releasesAtomFeed({ ...FEED, releases: [{ ...FEED.releases[0]!, date: '2026-11' }] })).toThrow(
      'releasesAtomFeed: release date "2026-11" is not YYYY-MM-DD.',
    );
  });

  test('escapeXml escapes markup and drops control characters XML forbids', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
