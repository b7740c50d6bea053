/**
 * Turns each `<a data-cite-download="ID" download="x.bib" hidden>` in a
 * "Cite this" panel into a working download of the citation text in the
 * element with that id, as it is now (with the date of access filled in by
 * cite-accessed.ts). The file is made in the browser from the page's own
 * text, so it needs no extra request and no file per page on the server.
 * Without JavaScript the links stay hidden; the text itself is in a <pre>.
 */
export function wireCitationDownloads(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-cite-download]')) {
    const source = document.getElementById(link.dataset['citeDownload'] ?? '');
    if (!source) continue;
    link.hidden = false;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const type = `${link.dataset['mediaType'] ?? 'text/plain'};charset=utf-8`;
      const url = URL.createObjectURL(new Blob([source.textContent ?? ''], { type }));
      const temp = document.createElement('a');
      temp.href = url;
      temp.download = link.download;
      document.body.append(temp);
      temp.click();
      temp.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }
}

wireCitationDownloads(document);
