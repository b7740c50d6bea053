import { getLocale, type Locale } from '../i18n/locales.ts';
import { SITE } from '../site.ts';
import { compareVersions } from '../data/data-pages.ts';

export interface FeedRelease {
  /** Semantic version, e.g. `1.2.0`. */
  readonly version: string;
  /** Release date, `YYYY-MM-DD`. */
  readonly date: string;
  /** One-paragraph summary of what changed, plain text. */
  readonly summary: string;
  /** Absolute URL of the release page. */
  readonly url: string;
}

export interface ReleasesFeedInput {
  /** Origin of the site, e.g. `https://example.org` (a trailing slash is ignored). */
  readonly siteUrl: string;
  /** Absolute URL where this feed itself is served (Atom's rel="self"). */
  readonly feedUrl: string;
  /** Absolute URL of the human page listing the releases (rel="alternate"). */
  readonly pageUrl: string;
  readonly title: string;
  /** Feed author; defaults to the project's name in the locale (src/lib/site.ts). */
  readonly author?: string;
  /** Dataset id, part of every entry id: `pairings`. */
  readonly datasetId: string;
  /** Entry title per release; defaults to "Version 1.2.0" / "版本 1.2.0" / "1.2.0 нұсқасы" (kk unreviewed). */
  readonly entryTitle?: (version: string) => string;
  readonly releases: readonly FeedRelease[];
  readonly locale: Locale;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const DEFAULT_ENTRY_TITLE: Record<Locale, (version: string) => string> = {
  zh: (v) => `版本 ${v}`,
  en: (v) => `Version ${v}`,
  kk: (v) => `${v} нұсқасы`,
};

/**
 * Escapes text for XML element content and attribute values, and drops the
 * control characters XML 1.0 forbids (one stray byte would make the whole
 * feed unreadable).
 *
 * @example
 * escapeXml('Funds & "projects" <2016>') // 'Funds &amp; &quot;projects&quot; &lt;2016&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

function timestamp(date: string): string {
  if (!DATE.test(date)) throw new Error(`releasesAtomFeed: release date "${date}" is not YYYY-MM-DD.`);
  return `${date}T00:00:00Z`;
}

/**
 * Entry ids are tag URIs (RFC 4151): `tag:host,release-date:dataset/version`.
 * They never change when the site moves or a page is renamed, which Atom
 * asks of ids, and they are the same in every language's feed, so a reader
 * subscribed to two languages sees one release once.
 */
function entryId(host: string, datasetId: string, release: FeedRelease): string {
  return `tag:${host},${release.date}:${datasetId}/${release.version}`;
}

/**
 * An Atom 1.0 feed (RFC 4287) of dataset releases, newest first, so readers
 * can subscribe to new versions without the site sending anything. The
 * feed's `updated` is the newest release date; text is escaped; `xml:lang`
 * is the locale's BCP 47 tag.
 *
 * @example
 * releasesAtomFeed({ siteUrl: 'https://example.org', feedUrl: 'https://example.org/en/data/releases.xml',
 *   pageUrl: 'https://example.org/en/data/', title: 'Dataset releases', datasetId: 'pairings', locale: 'en',
 *   releases: [{ version: '1.0.0', date: '2026-11-20', summary: 'First release.', url: 'https://example.org/en/data/1.0.0/' }] })
 * // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">…'
 */
export function releasesAtomFeed(input: ReleasesFeedInput): string {
  if (input.releases.length === 0) {
    throw new Error('releasesAtomFeed: no releases; an Atom feed needs an `updated` date, so publish the feed with the first release.');
  }
  let host: string;
  try {
    host = new URL(input.siteUrl).hostname;
  } catch {
    throw new Error(`releasesAtomFeed: siteUrl "${input.siteUrl}" is not an absolute URL.`);
  }
  const releases = [...input.releases].sort((a, b) =>
    a.date === b.date ? compareVersions(b.version, a.version) : a.date < b.date ? 1 : -1,
  );
  const newest = releases[0];
  const e = escapeXml;
  const author = input.author ?? SITE.creator[input.locale];
  const entryTitle = input.entryTitle ?? DEFAULT_ENTRY_TITLE[input.locale];
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(getLocale(input.locale).tag)}">`,
    `  <id>${e(input.feedUrl)}</id>`,
    `  <title>${e(input.title)}</title>`,
    `  <updated>${timestamp(newest?.date ?? '')}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(input.pageUrl)}"/>`,
    `  <author><name>${e(author)}</name></author>`,
  ];
  for (const r of releases) {
    lines.push(
      '  <entry>',
      `    <id>${e(entryId(host, input.datasetId, r))}</id>`,
      `    <title>${e(entryTitle(r.version))}</title>`,
      `    <updated>${timestamp(r.date)}</updated>`,
      `    <published>${timestamp(r.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${e(r.url)}"/>`,
      `    <summary>${e(r.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

