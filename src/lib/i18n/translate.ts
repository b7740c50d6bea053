import en from './ui/en.json' with { type: 'json' };
import kk from './ui/kk.json' with { type: 'json' };
import zh from './ui/zh.json' with { type: 'json' };
import { FALLBACK_LOCALE, type Locale } from './locales.ts';

/**
 * The source dictionary (Chinese) defines the set of UI keys; the other
 * dictionaries are checked against it by tests/lib/i18n/translate.test.ts.
 */
export type UiKey = keyof typeof zh;
export type Dictionary = Record<UiKey, string>;

export const DICTIONARIES: Record<Locale, Dictionary> = { zh, en, kk };

export type TranslateParams = Record<string, string | number>;

/**
 * Looks up a UI string and fills `{name}` placeholders. A key missing from a
 * locale falls back to English, then to Chinese; a key missing everywhere
 * throws, so a typo fails the build instead of showing a raw key.
 *
 * @example
 * translate('kk', 'nav.map') // 'Карта'
 * translate('en', 'translation.fallbackNotice', { language: 'Kazakh', source: '中文' })
 */
export function translate(locale: Locale, key: UiKey, params: TranslateParams = {}): string {
  const text = lookup(locale, key) ?? lookup(FALLBACK_LOCALE, key) ?? lookup('zh', key);
  if (text === undefined) {
    throw new Error(`UI string "${key}" is missing in every locale. Add it to src/lib/i18n/ui/zh.json first.`);
  }
  return interpolate(text, params, key);
}

function lookup(locale: Locale, key: string): string | undefined {
  const value = (DICTIONARIES[locale] as Record<string, string | undefined>)[key];
  return value === undefined || value === '' ? undefined : value;
}

function interpolate(text: string, params: TranslateParams, key: string): string {
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`UI string "${key}" needs a value for {${name}}.`);
    }
    return String(value);
  });
}

/**
 * A translator bound to one locale, for use in page frontmatter.
 *
 * @example
 * const t = useTranslations('zh'); t('nav.data') // '数据'
 */
export function useTranslations(locale: Locale): (key: UiKey, params?: TranslateParams) => string {
  return (key, params) => translate(locale, key, params);
}
