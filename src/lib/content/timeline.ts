import type { Locale } from '../i18n/locales.ts';

type Row = Readonly<Record<string, string>>;

/** One phase as the `<Timeline />` list shows it. */
export interface TimelineItem {
  id: string;
  startYear: number;
  /** null while the phase continues. */
  endYear: number | null;
  title: string;
  /** True when the title is Kazakh wording no source attests. */
  titleUnreviewed: boolean;
  summary: string;
  /** The locale the summary is written in, when it is not the page's own (e.g. 'en' on a kk page). */
  summaryLang: Locale | undefined;
  /** The phase's document number and title in the page's language (or Chinese), if it has one. */
  document: { number: string; title: string; lang: Locale } | undefined;
}

/**
 * The phases of a release as timeline items, oldest first, in a locale:
 * titles from `title_<locale>`, summaries from `summary_<locale>` or, when the
 * table has none in that language, the English one marked with its language
 * (the page sets `lang` on it). The phase's document comes from the
 * documents table; an unknown document id fails the build.
 *
 * @example
 * timelineItems(rows('phases'), rows('documents'), 'en')[0] // { id: '1996', startYear: 1996, endYear: 2002, … }
 */
export function timelineItems(phases: readonly Row[], documents: readonly Row[], locale: Locale): TimelineItem[] {
  const docs = new Map(documents.map((d) => [d['id'] ?? '', d]));
  return [...phases]
    .sort((a, b) => Number(a['start_year']) - Number(b['start_year']))
    .map((p) => {
      const id = p['id'] ?? '';
      const own = p[`summary_${locale}`] ?? '';
      const docId = p['document_id'] ?? '';
      const doc = docId ? docs.get(docId) : undefined;
      if (docId && !doc) throw new Error(`phases.csv row "${id}": document_id "${docId}" is not in documents.csv.`);
      const title = p[`title_${locale}`] || p['title_zh'] || id;
      return {
        id,
        startYear: Number(p['start_year']),
        endYear: p['end_year'] ? Number(p['end_year']) : null,
        title,
        titleUnreviewed: locale === 'kk' && p['title_kk_status'] === 'unreviewed',
        summary: own || (p['summary_en'] ?? ''),
        summaryLang: own ? undefined : 'en',
        document: doc
          ? locale !== 'zh' && doc['title_en']
            ? { number: doc['number'] ?? '', title: doc['title_en'], lang: 'en' as Locale }
            : { number: doc['number'] ?? '', title: doc['title_zh'] ?? '', lang: 'zh' as Locale }
          : undefined,
      };
    });
}

/**
 * The phase row for `<PairingMap phase="…" />`; an id the release does not
 * have fails the build, naming the file and the known ids.
 *
 * @example
 * requirePhase(rows('phases'), '2016', 'content/explainers/zh/history.mdx')['start_year'] // '2016'
 */
export function requirePhase(phases: readonly Row[], id: string, file: string): Row {
  const row = phases.find((p) => p['id'] === id);
  if (!row) {
    throw new Error(
      `${file}: <PairingMap phase="${id}" /> names a phase that is not in phases.csv. Known phases: ${phases.map((p) => p['id']).join(', ')}.`,
    );
  }
  return row;
}
