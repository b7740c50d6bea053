/**
 * Remembers an explicit language choice: when the reader follows a link that
 * switches language, the choice is stored so that `/` opens that language
 * next time. Storage can be unavailable (private mode, blocked); the site
 * works the same without it.
 */
export const STORAGE_KEY = 'preferred-locale';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-set-locale]');
  if (!link) return;
  try {
    localStorage.setItem(STORAGE_KEY, link.getAttribute('data-set-locale') ?? '');
  } catch {
    /* storage blocked: nothing to remember */
  }
});
