import { isLocale, negotiateLocale } from '../lib/i18n/locales.ts';
import { STORAGE_KEY } from './remember-locale.ts';

/**
 * On the root language chooser: go to the remembered language, or else to
 * the best match for navigator.languages. Without JavaScript the page is a
 * plain list of three links.
 */
function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const remembered = stored();
const target = isLocale(remembered) ? remembered : negotiateLocale(navigator.languages ?? [navigator.language]);
const params = new URLSearchParams(location.search);
if (!params.has('choose')) {
  location.replace(`/${target}/`);
}
