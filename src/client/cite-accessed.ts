/**
 * Browser half of the "Cite this" panels.
 *
 * 1. Every `<span data-accessed="iso|ris">` (rendered by the server around
 *    the localized date-of-access placeholder, see splitAccessed in
 *    src/lib/cite/accessed.ts) gets today's date, in ISO form or RIS form.
 *    No Intl, so Kazakh pages work in browsers without kk locale data.
 * 2. Every `<button data-copy="ID" hidden>` is shown and copies the text of
 *    the element with that id: navigator.clipboard when the page is a secure
 *    context, else by selecting the text and `execCommand('copy')`; if both
 *    fail the text stays selected for Ctrl+C / ⌘C. A `data-copied` attribute
 *    on the button holds the localized "Copied" label; a `[data-copy-status]`
 *    element with aria-live, if present, announces it.
 *
 * Without JavaScript the placeholders stay (the citation is still complete
 * and says where the date goes) and the copy buttons stay hidden.
 */
import { accessedDateText, localIsoDate, type AccessedStyle } from '../lib/cite/accessed.ts';

/**
 * Writes today's date (the reader's local day) into every date-of-access slot.
 *
 * @example
 * fillAccessedDates(document) // <span data-accessed="ris">қаралған күні</span> → <span …>2026/11/23/</span>
 */
export function fillAccessedDates(root: ParentNode, today: Date = new Date()): void {
  const iso = localIsoDate(today);
  for (const el of root.querySelectorAll<HTMLElement>('[data-accessed]')) {
    const style: AccessedStyle = el.dataset['accessed'] === 'ris' ? 'ris' : 'iso';
    el.textContent = accessedDateText(iso, style);
  }
}

function selectText(el: Element): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

async function copyFrom(el: HTMLElement): Promise<boolean> {
  const text = el.textContent ?? '';
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      /* permission refused: fall back to selecting the text */
    }
  }
  return selectText(el);
}

/**
 * Shows the hidden copy buttons and makes each copy the text of its target.
 *
 * @example
 * // <pre id="cite-bibtex">…</pre> <button data-copy="cite-bibtex" data-copied="Copied" hidden>Copy</button>
 * wireCopyButtons(document)
 */
export function wireCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset['copy'] ?? '');
    if (!target) continue;
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', () => {
      void copyFrom(target).then((ok) => {
        if (!ok) return;
        const copied = button.dataset['copied'];
        if (!copied) return;
        button.textContent = copied;
        const status = button.closest('[data-cite]')?.querySelector('[data-copy-status]');
        if (status) status.textContent = copied;
        window.setTimeout(() => {
          button.textContent = label;
          if (status) status.textContent = '';
        }, 2000);
      });
    });
  }
}

fillAccessedDates(document);
wireCopyButtons(document);
