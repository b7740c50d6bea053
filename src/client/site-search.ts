/**
 * The search page's enhancement. Without JavaScript the page is a plain GET
 * form (`?q=…`) with a note pointing to the catalogue; with it, this script
 * loads Pagefind's own module from /pagefind/ (same origin; it picks the
 * index of the page's <html lang>, so zh pages search the zh index), runs
 * the query from the URL, and searches again as the reader types. Results
 * are a plain list of links; the count goes to a polite live region.
 *
 * Markup contract (src/pages/[lang]/search.astro):
 *   <form data-site-search> with <input name="q">
 *   [data-search-status]  live region, with data-i18n-* message templates
 *   [data-search-results] an <ol> for the results
 *   [data-search-nojs]    hidden once this script runs
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

let pagefindPromise: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  // A runtime URL, so the bundler leaves the import alone: the module only
  // exists after scripts/pagefind.mjs has run over the built site.
  const url = new URL('/pagefind/pagefind.js', window.location.origin).href;
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefindPromise;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is the page's own text, HTML-escaped by Pagefind, with
  // <mark> around the matches; nothing else can appear in it.
  excerpt.innerHTML = data.excerpt;
  li.append(heading, excerpt);
  return li;
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
  const msg = (name: string) => status.dataset[name] ?? '';

  let generation = 0;
  const run = async (query: string): Promise<void> => {
    const mine = ++generation;
    const q = query.trim();
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = msg('loading');
    try {
      const pf = await loadPagefind();
      const search = await pf.search(q);
      if (mine !== generation) return; // a newer query has started
      const all = search?.results ?? [];
      const data = await Promise.all(all.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== generation) return;
      list.replaceChildren(...data.map(renderResult));
      status.textContent = all.length === 0
        ? fill(msg('none'), { query: q })
        : fill(msg('count'), { count: String(all.length), query: q });
    } catch {
      if (mine === generation) status.textContent = msg('error');
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run(input.value);
  });

  const initial = new URL(window.location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-site-search]')) enhance(form);

// A module, not a global script: its functions stay private to it.
export {};
