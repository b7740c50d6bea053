import type { Locale } from '../i18n/locales.ts';
import type { AccessedStyle } from './accessed.ts';
import { toApa } from './apa.ts';
import { toBibtex } from './bibtex.ts';
import type { CitationRecord } from './citation.ts';
import { toCslJsonText } from './csl-json.ts';
import { toGbt7714 } from './gbt7714.ts';
import { toRis } from './ris.ts';

export type CitationFormatId = 'gbt7714' | 'apa' | 'bibtex' | 'ris' | 'csl-json';

export interface FormattedCitation {
  readonly id: CitationFormatId;
  /** The format's own name, the same in every locale. */
  readonly label: string;
  readonly text: string;
  /** How the browser writes the date of access into this format's placeholder. */
  readonly accessedStyle: AccessedStyle;
  /** For a "download" link: media type and file extension. */
  readonly mediaType: string;
  readonly extension: string;
}

/**
 * Every citation format for one record, in the order a "Cite this" panel
 * shows them: GB/T 7714 first in Chinese, APA first otherwise.
 *
 * @example
 * citationFormats(record, 'zh').map((f) => f.id) // ['gbt7714', 'apa', 'bibtex', 'ris', 'csl-json']
 */
export function citationFormats(record: CitationRecord, locale: Locale): FormattedCitation[] {
  const gbt: FormattedCitation = {
    id: 'gbt7714', label: 'GB/T 7714-2015', text: toGbt7714(record, locale),
    accessedStyle: 'iso', mediaType: 'text/plain', extension: 'txt',
  };
  const apa: FormattedCitation = {
    id: 'apa', label: 'APA 7', text: toApa(record, locale),
    accessedStyle: 'iso', mediaType: 'text/plain', extension: 'txt',
  };
  return [
    ...(locale === 'zh' ? [gbt, apa] : [apa, gbt]),
    { id: 'bibtex', label: 'BibTeX', text: toBibtex(record, locale), accessedStyle: 'iso', mediaType: 'application/x-bibtex', extension: 'bib' },
    { id: 'ris', label: 'RIS', text: toRis(record, locale), accessedStyle: 'ris', mediaType: 'application/x-research-info-systems', extension: 'ris' },
    { id: 'csl-json', label: 'CSL-JSON', text: toCslJsonText(record, locale), accessedStyle: 'iso', mediaType: 'application/vnd.citationstyles.csl+json', extension: 'json' },
  ];
}
