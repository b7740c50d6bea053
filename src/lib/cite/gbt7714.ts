import type { Locale } from '../i18n/locales.ts';
import { accessedPlaceholder } from './accessed.ts';
import {
  citedTitle,
  creatorName,
  dateParts,
  localize,
  publisherName,
  validateCitationRecord,
  type CitationRecord,
} from './citation.ts';

/** Appends the element separator ". " unless the text already ends with a full stop. */
function period(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * A reference in GB/T 7714-2015 form (顺序编码制 list entry, without the
 * `[n]` number, which the citing document assigns).
 *
 * The standard's electronic-resource format (§4.8) is
 * `主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. 出版地: 出版者,
 * 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径. 数字对象唯一标识符.`
 * with half-width separators ". ", ": ", ", " (§7), dates as YYYY-MM-DD
 * (§8.4.4), the update date in "()" and the citation date in "[]". Type codes
 * come from appendix B: DS 数据集 and EB 电子公告, carrier OL 联机网络.
 *
 * Choices where the 2015 standard is silent, following its 2025 revision and
 * GB/T 35294-2017 for datasets: the version goes after the type code as
 * `V1.2.0`; a map or table view is the 其他题名信息 ("题名: view"). A webpage
 * whose publisher is its creator drops the publisher block, as the
 * standard's own [EB/OL] examples do; the place is left out when unknown,
 * which §8.4.1.3 allows for online resources. Without a known date of
 * access, the slot holds the localized placeholder (`[引用日期]` in zh) for
 * the browser to fill.
 *
 * @example
 * toGbt7714(dataset, 'zh')
 * // '东西部协作结对数据项目. 东西部协作结对数据[DS/OL]. V1.2.0. 东西部协作结对数据项目, 2026(2026-11-20)[引用日期]. https://example.org/….'
 */
export function toGbt7714(record: CitationRecord, locale: Locale): string {
  validateCitationRecord(record);
  const creator = creatorName(record, locale);
  const publisher = publisherName(record, locale);
  const code = record.kind === 'dataset' ? 'DS/OL' : 'EB/OL';
  const year = dateParts(record.published)[0];
  const accessed = record.accessed ?? accessedPlaceholder(locale);
  const place = record.publisherPlace === undefined ? '' : `${localize(record.publisherPlace, locale, record.locale)}: `;

  const parts = [`${period(creator)} ${citedTitle(record, locale)}[${code}].`];
  if (record.kind === 'dataset') parts.push(`V${record.version ?? ''}.`);
  const showPublisher = record.kind === 'dataset' || publisher !== creator;
  const publication = showPublisher ? `${place}${publisher}, ${year}` : '';
  parts.push(`${publication}(${record.published})[${accessed}].`);
  parts.push(`${record.url}.`);
  if (record.identifier) parts.push(`DOI:${record.identifier.value}.`);
  return parts.join(' ');
}
