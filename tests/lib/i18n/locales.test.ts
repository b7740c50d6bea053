import { describe, expect, test } from 'vitest';
import { LOCALES, getLocale, isLocale, localeStaticPaths, negotiateLocale } from '../../../src/lib/i18n/locales.ts';
import { alternatePaths, localizedPath, splitLocalePath, switchLocalePath } from '../../../src/lib/i18n/paths.ts';
import { sitemapLinks } from '../../../src/lib/i18n/sitemap-links.ts';

describe('locales', () => {
  test('the site has zh, en and kk with their BCP 47 tags', () => {
    expect(LOCALES.map((l) => [l.segment, l.tag])).toEqual([
      ['zh', 'zh-CN'],
      ['en', 'en'],
      ['kk', 'kk'],
    ]);
  });

  test('getStaticPaths gets one entry per locale', () => {
    expect(localeStaticPaths()).toEqual([{ params: { lang: 'zh' } }, { params: { lang: 'en' } }, { params: { lang: 'kk' } }]);
  });

  test('isLocale accepts segments only, not tags', () => {
    expect(isLocale('kk')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  test('getLocale names the valid segments when given an unknown one', () => {
    expect(() => getLocale('ru')).toThrow('Unknown locale "ru". Expected one of: zh, en, kk.');
  });

  test('negotiateLocale matches on the primary language subtag, in order of preference', () => {
    expect(negotiateLocale(['kk-KZ', 'ru'])).toBe('kk');
    expect(negotiateLocale(['zh-TW', 'en'])).toBe('zh');
    expect(negotiateLocale(['ru-RU', 'en-GB'])).toBe('en');
  });

  test('negotiateLocale falls back to English when nothing matches', () => {
    expect(negotiateLocale(['ru', 'de'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});

describe('paths', () => {
  test('localizedPath always ends with a slash', () => {
    expect(localizedPath('kk', 'map')).toBe('/kk/map/');
    expect(localizedPath('zh', '/regions/520200/')).toBe('/zh/regions/520200/');
    expect(localizedPath('en')).toBe('/en/');
  });

  test('switchLocalePath keeps the page and changes the language', () => {
    expect(switchLocalePath('/zh/map/1996/', 'kk')).toBe('/kk/map/1996/');
    expect(switchLocalePath('/en/', 'zh')).toBe('/zh/');
  });

  test('splitLocalePath returns undefined outside the locales', () => {
    expect(splitLocalePath('/data/1.0.0/pairings.csv')).toBeUndefined();
    expect(splitLocalePath('/en/regions/520200/')).toEqual({ locale: 'en', page: 'regions/520200' });
  });

  test('alternatePaths lists the page in every locale', () => {
    expect(alternatePaths('about').map((a) => a.path)).toEqual(['/zh/about/', '/en/about/', '/kk/about/']);
  });

  test('sitemapLinks gives every locale version of a localized URL and none for other URLs', () => {
    expect(sitemapLinks('https://x.org/kk/map/')).toEqual([
      { lang: 'zh-CN', url: 'https://x.org/zh/map/' },
      { lang: 'en', url: 'https://x.org/en/map/' },
      { lang: 'kk', url: 'https://x.org/kk/map/' },
    ]);
    expect(sitemapLinks('https://x.org/')).toEqual([]);
  });
});
