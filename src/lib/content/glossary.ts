import { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';

const text = z.string().trim().min(1);

export const GlossaryTermSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (it becomes the #term-<id> anchor)'),
  zh: text,
  en: text,
  kk: text,
  en_source: text,
  kk_status: z.enum(['attested', 'unreviewed']),
  kk_source: z.string().url().nullable(),
  definition: z.strictObject({ zh: text, en: text, kk: text }),
  source_ids: z.array(text),
  related: z.array(z.string()),
});

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/**
 * Validates the glossary (content/glossary/terms.json): each term's shape,
 * unique ids, `related` ids that exist, a source URL for every Kazakh term
 * marked attested, and — when `knownSourceIds` is given — source ids that
 * exist in the dataset. Throws one error listing every problem.
 *
 * @example
 * const terms = parseGlossary(JSON.parse(readFileSync('content/glossary/terms.json', 'utf8')));
 */
export function parseGlossary(input: unknown, knownSourceIds?: ReadonlySet<string>): GlossaryTerm[] {
  const file = 'content/glossary/terms.json';
  const list = z.array(z.unknown()).safeParse(input);
  if (!list.success) throw new Error(`${file}: expected a JSON array of terms.`);
  const problems: string[] = [];
  const terms: GlossaryTerm[] = [];
  list.data.forEach((raw, index) => {
    const parsed = GlossaryTermSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file} term ${index + 1} (${describe(raw)}), field "${issue.path.join('.')}": ${issue.message}.`);
      }
      return;
    }
    terms.push(parsed.data);
  });
  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.has(term.id)) problems.push(`${file}: the id "${term.id}" is used twice. Hint: ids are anchors and must be unique.`);
    ids.add(term.id);
  }
  for (const term of terms) {
    for (const rel of term.related) {
      if (!ids.has(rel)) problems.push(`${file} term "${term.id}": related term "${rel}" does not exist.`);
    }
    if (term.kk_status === 'attested' && !term.kk_source) {
      problems.push(`${file} term "${term.id}": kk_status is "attested" but kk_source is empty. Hint: name the source, or mark it "unreviewed".`);
    }
    if (knownSourceIds) {
      for (const sid of term.source_ids) {
        if (!knownSourceIds.has(sid)) problems.push(`${file} term "${term.id}": source id "${sid}" is not in data sources.csv.`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`The glossary has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return terms;
}

function describe(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'id' in raw ? `id "${String((raw as { id: unknown }).id)}"` : 'no id';
}

/** The term's name in a locale; the sort key for the glossary page. */
export function termName(term: GlossaryTerm, locale: Locale): string {
  return term[locale];
}

/**
 * Terms sorted for a locale's glossary page: by pinyin-like collation for
 * Chinese (Intl.Collator 'zh-CN' orders by pinyin in ICU), alphabetically otherwise.
 */
export function sortTerms(terms: readonly GlossaryTerm[], locale: Locale): GlossaryTerm[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : locale);
  return [...terms].sort((a, b) => collator.compare(termName(a, locale), termName(b, locale)));
}
