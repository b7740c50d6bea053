import type { Locale } from '../i18n/locales.ts';
import {
  citedTitle,
  creatorName,
  dateParts,
  preferredUrl,
  publisherName,
  validateCitationRecord,
  type CitationRecord,
} from './citation.ts';

/**
 * The words APA 7 puts around a reference, per locale.
 *
 * Provenance: en follows the APA Publication Manual, 7th edition (data sets:
 * "(Version 1.2.0) [Data set]"; retrieval dates: "Retrieved Month D, YYYY,
 * from URL", only for content that changes). zh "数据集" is the Chinese name
 * of the document type that GB/T 7714-2015 (appendix B) codes DS, and "版本" is
 * CSL's zh-CN term for "version"; the zh date forms and the retrieval wording
 * ("检索, 取自") are the site's own. All kk wording ("Деректер жинағы",
 * "Нұсқа", "алынды") is the site's own, as APA has no Kazakh edition and CSL
 * no Kazakh locale; it is unreviewed.
 */
const WORDS: Record<Locale, { dataSet: string; version: string; months?: readonly string[] }> = {
  en: {
    dataSet: 'Data set',
    version: 'Version',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  zh: { dataSet: '数据集', version: '版本' },
  kk: {
    dataSet: 'Деректер жинағы',
    version: 'Нұсқа',
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  },
};

/** "(2026, November 20)" and its zh/kk equivalents, without Intl, so the output is the same in every runtime. */
function apaDate(locale: Locale, iso: string): string {
  const [y, m, d] = dateParts(iso);
  if (locale === 'zh') return `${y}年${m}月${d}日`;
  const month = WORDS[locale].months?.[m - 1] ?? String(m);
  return locale === 'kk' ? `${y}, ${d} ${month}` : `${y}, ${month} ${d}`;
}

function retrieved(locale: Locale, iso: string, url: string): string {
  const [y, m, d] = dateParts(iso);
  if (locale === 'zh') return `${y}年${m}月${d}日检索, 取自 ${url}`;
  const month = WORDS[locale].months?.[m - 1] ?? String(m);
  if (locale === 'kk') return `${y} ж. ${d} ${month} алынды: ${url}`;
  return `Retrieved ${month} ${d}, ${y}, from ${url}`;
}

function ensurePeriod(text: string): string {
  return /[.?!。？！]$/.test(text) ? text : `${text}.`;
}

interface ApaParts {
  author: string;
  date: string;
  title: string;
  description: string;
  source: string;
  location: string;
}

function apaParts(record: CitationRecord, locale: Locale): ApaParts {
  validateCitationRecord(record);
  const words = WORDS[locale];
  const author = creatorName(record, locale);
  const publisher = publisherName(record, locale);
  const url = preferredUrl(record);
  // APA omits the publisher (or site name) when it is the author.
  const source = publisher === author ? '' : ensurePeriod(publisher);
  if (record.kind === 'dataset') {
    return {
      author: ensurePeriod(author),
      date: `(${dateParts(record.published)[0]}).`,
      title: citedTitle(record, locale),
      description: ` (${words.version} ${record.version ?? ''}) [${words.dataSet}].`,
      source,
      location: url,
    };
  }
  return {
    author: ensurePeriod(author),
    date: `(${apaDate(locale, record.published)}).`,
    title: citedTitle(record, locale),
    description: '.',
    source,
    location: record.accessed === null ? url : retrieved(locale, record.accessed, url),
  };
}

function join(p: ApaParts, title: string): string {
  return [p.author, p.date, `${title}${p.description}`, p.source, p.location].filter((s) => s !== '').join(' ');
}

/**
 * An APA 7 reference as plain text. Datasets: "Author. (Year). Title
 * (Version x.y.z) [Data set]. URL". Webpages: "Author. (Year, Month D).
 * Title. URL", with "Retrieved …, from URL" only when the date of access is
 * known (APA asks for it only then). The title is not italicised in plain
 * text; use `toApaHtml` for that.
 *
 * @example
 * toApa(dataset, 'en')
 * // 'East–West Cooperation Pairings project. (2026). East–West cooperation pairings (Version 1.2.0) [Data set]. https://…'
 */
export function toApa(record: CitationRecord, locale: Locale): string {
  const parts = apaParts(record, locale);
  return join(parts, parts.title);
}

/**
 * The same reference as an HTML fragment, with the title in `<i>` as APA
 * asks and every piece of text escaped.
 *
 * @example
 * toApaHtml(dataset, 'en') // '… (2026). <i>East–West cooperation pairings</i> (Version 1.2.0) [Data set]. https://…'
 */
export function toApaHtml(record: CitationRecord, locale: Locale): string {
  const p = apaParts(record, locale);
  const e = escapeHtml;
  return [e(p.author), e(p.date), `<i>${e(p.title)}</i>${e(p.description)}`, e(p.source), e(p.location)]
    .filter((s) => s !== '')
    .join(' ');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
