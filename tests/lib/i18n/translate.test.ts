import { describe, expect, test } from 'vitest';
import { LOCALE_SEGMENTS } from '../../../src/lib/i18n/locales.ts';
import { DICTIONARIES, translate } from '../../../src/lib/i18n/translate.ts';

const sourceKeys = Object.keys(DICTIONARIES.zh).sort();

describe('UI dictionaries', () => {
  for (const locale of LOCALE_SEGMENTS) {
    test(`${locale} has exactly the keys of the Chinese source dictionary`, () => {
      const keys = Object.keys(DICTIONARIES[locale]).sort();
      expect(keys.filter((k) => !sourceKeys.includes(k)), 'extra keys').toEqual([]);
      expect(sourceKeys.filter((k) => !keys.includes(k)), 'missing keys').toEqual([]);
    });

    test(`${locale} has no empty or whitespace-only value`, () => {
      const empty = Object.entries(DICTIONARIES[locale]).filter(([, v]) => v.trim() === '');
      expect(empty).toEqual([]);
    });

    test(`${locale} uses the same {placeholders} as the source for every key`, () => {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const mismatched = sourceKeys.filter(
        (k) => names((DICTIONARIES[locale] as Record<string, string>)[k] ?? '').join() !== names((DICTIONARIES.zh as Record<string, string>)[k] ?? '').join(),
      );
      expect(mismatched).toEqual([]);
    });
  }

  test('every key is named area.camelCase', () => {
    expect(sourceKeys.filter((k) => !/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/.test(k))).toEqual([]);
  });

  // Format names (JSON, CSV, SVG) are the same in every language; a Latin
  // transliteration of Kazakh shows up as lower-case words.
  test('Kazakh strings are written in Cyrillic, not Latin transliteration', () => {
    const latinOnly = Object.entries(DICTIONARIES.kk).filter(([, v]) => /[a-z]{4,}/.test(v) && !/[а-яәғқңөұүһі]/i.test(v));
    expect(latinOnly).toEqual([]);
  });
});

describe('translate', () => {
  test('returns the string of the requested locale', () => {
    expect(translate('kk', 'nav.map')).toBe('Карта');
    expect(translate('zh', 'nav.data')).toBe('数据');
  });

  test('fills {placeholders} from params', () => {
    expect(translate('en', 'translation.fallbackNotice', { language: 'Kazakh', source: '中文' })).toBe(
      'This page is not yet available in Kazakh. The original (中文) is shown below.',
    );
  });

  test('throws when a placeholder has no value, naming the key', () => {
    expect(() => translate('en', 'translation.fallbackNotice', { language: 'Kazakh' })).toThrow(
      'UI string "translation.fallbackNotice" needs a value for {source}.',
    );
  });

  test('throws on a key that exists in no locale', () => {
    // @ts-expect-error: deliberately unknown key
    expect(() => translate('en', 'nav.nope')).toThrow('UI string "nav.nope" is missing in every locale.');
  });
});
