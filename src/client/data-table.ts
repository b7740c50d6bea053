/**
 * Enhances a data preview table (src/components/DataPreview.astro), which is
 * complete as plain HTML without JavaScript:
 *
 * - each column header becomes a <button> that sorts by that column
 *   (ascending, then descending), with `aria-sort` on the header cell;
 * - a text box filters the rows (case-insensitive, any cell);
 * - a polite live region announces "Showing N of M rows" after each change;
 * - "Download the rows shown" writes the visible rows, in their current
 *   order, as a CSV built in the browser with PapaParse (loaded on first
 *   use), every cell formula-neutralised (toSafeCsv), named after the
 *   dataset and version.
 *
 * Cell values for sorting and export come from `data-value` when present
 * (the raw value when the cell shows a formatted one), else the text.
 * Numbers are never formatted here: Chromium lacks Kazakh locale data, so
 * counts are inserted into build-time templates as plain digits.
 */

interface Row {
  el: HTMLTableRowElement;
  values: string[];
  text: string;
  index: number;
}

function cellValue(cell: Element): string {
  return (cell as HTMLElement).dataset['value'] ?? cell.textContent?.trim() ?? '';
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: string, b: string): number {
  // Empty cells ("no data") sort after every value when ascending.
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return collator.compare(a, b);
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));
}

function enhance(root: HTMLElement): void {
  const table = root.querySelector<HTMLTableElement>('table');
  const tbody = table?.tBodies[0];
  const headers = table ? [...table.querySelectorAll<HTMLTableCellElement>('thead th')] : [];
  const filter = root.querySelector<HTMLInputElement>('[data-table-filter]');
  const status = root.querySelector<HTMLElement>('[data-table-status]');
  const download = root.querySelector<HTMLButtonElement>('[data-table-download]');
  if (!table || !tbody || !filter || !status) return;

  const columns = headers.map((th) => th.dataset['column'] ?? th.textContent?.trim() ?? '');
  const rows: Row[] = [...tbody.rows].map((el, index) => {
    const values = [...el.cells].map(cellValue);
    return { el, values, text: values.join('\u0000').toLowerCase(), index };
  });
  const total = rows.length;
  let sortColumn = -1;
  let descending = false;
  let visible = rows;

  const announce = () => {
    status.textContent = fill(status.dataset['template'] ?? '{shown} / {total}', { shown: visible.length, total });
  };

  const apply = () => {
    const q = filter.value.trim().toLowerCase();
    const ordered = sortColumn < 0
      ? rows
      : [...rows].sort((a, b) => {
          const c = compare(a.values[sortColumn] ?? '', b.values[sortColumn] ?? '');
          return (descending ? -c : c) || a.index - b.index;
        });
    visible = q === '' ? ordered : ordered.filter((r) => r.text.includes(q));
    const shown = new Set(visible);
    const fragment = document.createDocumentFragment();
    for (const r of ordered) {
      r.el.hidden = !shown.has(r);
      fragment.append(r.el);
    }
    tbody.append(fragment);
    announce();
  };

  headers.forEach((th, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const mark = document.createElement('span');
    mark.className = 'sort-button__mark';
    mark.setAttribute('aria-hidden', 'true');
    button.append(mark);
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      descending = sortColumn === i ? !descending : false;
      sortColumn = i;
      for (const [j, other] of headers.entries()) {
        if (j === i) other.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        else other.removeAttribute('aria-sort');
      }
      apply();
    });
  });

  let timer: number | undefined;
  filter.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(apply, 150);
  });
  // Enter in the filter box must not submit anything.
  filter.form?.addEventListener('submit', (event) => event.preventDefault());

  download?.addEventListener('click', async () => {
    const { toSafeCsv } = await import('../lib/data/csv-safety.ts');
    const records = visible.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.values[i] ?? ''])));
    const csv = toSafeCsv(records, columns);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = download.dataset['fileName'] ?? 'data.csv';
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  for (const el of root.querySelectorAll<HTMLElement>('[data-table-tools]')) el.hidden = false;
  announce();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-table]')) enhance(root);

// A module, not a global script: its functions stay private to it.
export {};
