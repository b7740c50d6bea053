import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCALE_SEGMENTS, SOURCE_LOCALE } from '../../src/lib/i18n/locales.ts';

// Parity of the translated content (UI strings: tests/lib/i18n/translate.test.ts).
// Every explainer of the source language exists in every locale, or is
// listed in content/explainers/fallbacks.json, where a locale may show the
// original with a notice for a stated reason:
//   [{ "locale": "kk", "slug": "history", "reason": "translation in review" }]
const EXPLAINERS = 'content/explainers';
const FALLBACKS = `${EXPLAINERS}/fallbacks.json`;
const GLOSSARY = 'content/glossary/terms.json';

interface Fallback {
  locale: string;
  slug: string;
  reason: string;
}

const slugsOf = (locale: string): string[] =>
  existsSync(`${EXPLAINERS}/${locale}`)
    ? readdirSync(`${EXPLAINERS}/${locale}`)
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ''))
        .sort()
    : [];
const fallbacks: Fallback[] = existsSync(FALLBACKS) ? (JSON.parse(readFileSync(FALLBACKS, 'utf8')) as Fallback[]) : [];

describe('explainers', () => {
  const source = slugsOf(SOURCE_LOCALE);

  for (const locale of LOCALE_SEGMENTS.filter((l) => l !== SOURCE_LOCALE)) {
    test(`every ${SOURCE_LOCALE} explainer exists in ${locale}, or is a listed fallback`, () => {
      const own = new Set(slugsOf(locale));
      const listed = new Set(fallbacks.filter((f) => f.locale === locale).map((f) => f.slug));
      const missing = source.filter((slug) => !own.has(slug) && !listed.has(slug));
      expect(missing, `add ${EXPLAINERS}/${locale}/<slug>.mdx or list the slug in ${FALLBACKS}`).toEqual([]);
    });

    test(`every ${locale} explainer translates a ${SOURCE_LOCALE} original`, () => {
      const orphans = slugsOf(locale).filter((slug) => !source.includes(slug));
      expect(orphans, `add ${EXPLAINERS}/${SOURCE_LOCALE}/<slug>.mdx or rename the file`).toEqual([]);
    });
  }

  test('every listed fallback gives a reason and is still needed', () => {
    const bad = fallbacks.filter(
      (f) => !f.reason?.trim() || !source.includes(f.slug) || slugsOf(f.locale).includes(f.slug),
    );
    expect(bad, `${FALLBACKS}: entries without a reason, for an unknown slug, or already translated`).toEqual([]);
  });
});

describe('glossary', () => {
  test.skipIf(!existsSync(GLOSSARY))(`${GLOSSARY}: every term has its name and definition in every locale`, () => {
    const terms = JSON.parse(readFileSync(GLOSSARY, 'utf8')) as Record<string, unknown>[];
    expect(Array.isArray(terms) && terms.length > 0, `${GLOSSARY} should be a non-empty array`).toBe(true);
    const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
    const gaps: string[] = [];
    for (const [index, term] of terms.entries()) {
      const id = typeof term['id'] === 'string' ? term['id'] : `#${index + 1}`;
      const definition = (term['definition'] ?? {}) as Record<string, unknown>;
      for (const locale of LOCALE_SEGMENTS) {
        if (!nonEmpty(term[locale])) gaps.push(`${id}: no ${locale} name`);
        if (!nonEmpty(definition[locale])) gaps.push(`${id}: no ${locale} definition`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
