/** A dataset source as the source list at the end of an explainer shows it. */
export interface CitedSource {
  /** Footnote number, from 1, in order of first citation. */
  n: number;
  id: string;
  title: string;
  publisher: string;
  /** `YYYY[-MM[-DD]]`, or '' when the source is undated. */
  date: string;
  url: string;
  /** The outlet a mirror reprints ('' when the page is the outlet's own). */
  mirrorOf: string;
  /** `YYYY-MM-DD` the page was read. */
  accessed: string;
}

type Row = Readonly<Record<string, string>>;

/**
 * The numbered source list of one explainer: each cited id looked up in the
 * release's sources table, numbered by first appearance. An id the release
 * does not have fails the build with the file and every unknown id named,
 * so a typo never ships as a dead footnote.
 *
 * @example
 * citedSources(['gmrb-2015-11-28'], release.rows('sources'), 'content/explainers/en/history.mdx', '1.0.0')[0].n // 1
 */
export function citedSources(ids: readonly string[], sources: readonly Row[], file: string, version: string): CitedSource[] {
  const byId = new Map(sources.map((s) => [s['id'] ?? '', s]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `${file}: <Cite source="…"> names ${unknown.length === 1 ? 'a source' : 'sources'} not in sources.csv of ${version === 'working' ? 'data/working' : `dataset release ${version}`}: ${unknown.map((id) => `"${id}"`).join(', ')}. ` +
        'Hint: use an id from the first column of data/working/sources.csv, or add the source to the dataset first.',
    );
  }
  return ids.map((id, index) => {
    const s = byId.get(id)!;
    return {
      n: index + 1,
      id,
      title: s['title'] ?? '',
      publisher: s['publisher'] ?? '',
      date: s['date'] ?? '',
      url: s['url'] ?? '',
      mirrorOf: s['kind'] === 'reprint-mirror' ? (s['mirror_of'] ?? '') : '',
      accessed: s['accessed'] ?? '',
    };
  });
}

/** What a page hands to its `<Cite>` components through `Astro.locals`. */
export interface CitationContext {
  file: string;
  ids: readonly string[];
}

/**
 * The footnote number of a cited id on the current page. Throws, naming the
 * file, for an id the page's numbering does not hold (an id the page did not
 * see in its body, e.g. one written in a way citedSourceIds cannot read).
 *
 * @example
 * citationNumber({ file: 'content/explainers/zh/history.mdx', ids: ['a', 'b'] }, 'b') // 2
 */
export function citationNumber(context: CitationContext | undefined, id: string): number {
  if (!context) throw new Error(`<Cite source="${id}" /> is used outside an explainer page; only explainer pages number citations.`);
  const index = context.ids.indexOf(id);
  if (index < 0) {
    throw new Error(`${context.file}: <Cite source="${id}" /> was not found when the page numbered its citations. Hint: write it exactly as <Cite source="${id}" />.`);
  }
  return index + 1;
}

/** Anchor of a source in the page's source list. */
export const sourceAnchor = (n: number): string => `source-${n}`;
