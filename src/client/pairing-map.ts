/**
 * <pairing-map>: enhances the server-rendered pairing map in place. The page
 * is complete without it (every view is its own static page, the table is
 * in the HTML); this adds a year slider, phase switching without reload
 * (with pushState to the view's static URL), play/pause, tooltips on hover,
 * focus and tap, PNG export and copy buttons. Every string it shows was
 * rendered at build time and comes in the element's JSON.
 */

// The JSON's shape is defined once, next to the code that writes it; a
// type-only import adds nothing to the browser bundle.
import type { MapClientData as MapData, MapClientPair as PairData, MapClientView as ViewData } from '../lib/geo/map-pages.ts';

const TOUCH_GRACE_MS = 800;

class PairingMap extends HTMLElement {
  private data!: MapData;
  private view!: ViewData;
  private tip!: HTMLElement;
  private tipFor: Element | null = null;
  private slider: HTMLInputElement | null = null;
  private playButton: HTMLButtonElement | null = null;
  private timer: number | undefined;
  private lastPointer = '';
  private lastPointerAt = 0;
  /** The element whose tooltip was open when the last pointer went down (a tap focuses its target before the click). */
  private tipAtPointerDown: Element | null = null;
  private lastSliderPush = 0;

  connectedCallback(): void {
    const json = this.querySelector<HTMLScriptElement>('script.pm-data');
    if (!json?.textContent) return;
    this.data = JSON.parse(json.textContent) as MapData;
    const current = this.data.views.find((v) => v.id === this.dataset.view) ?? this.data.views[0];
    if (!current) return;
    this.view = current;
    this.tip = this.querySelector<HTMLElement>('.pm-tip')!;
    this.setupControls();
    this.setupTooltips();
    this.setupExports();
    this.classList.add('is-enhanced');
    history.replaceState({ pairingMap: this.view.id }, '', location.href);
    window.addEventListener('popstate', (e: PopStateEvent) => {
      const id = (e.state as { pairingMap?: string } | null)?.pairingMap;
      const v = this.data.views.find((x) => x.id === id) ?? this.data.views.find((x) => x.url === location.pathname);
      if (v) this.show(v, 'none');
    });
  }

  private setupControls(): void {
    this.addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-view-link]');
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const v = this.data.views.find((x) => x.id === link.dataset.viewLink);
      if (!v) return;
      e.preventDefault();
      this.stop();
      this.show(v, 'push');
    });

    const years = this.data.views.filter((v) => v.kind === 'year');
    this.slider = this.querySelector<HTMLInputElement>('.pm-slider');
    this.playButton = this.querySelector<HTMLButtonElement>('.pm-play');
    if (this.slider && years.length) {
      this.slider.addEventListener('input', () => {
        const v = years.find((x) => x.year === Number(this.slider!.value));
        if (!v) return;
        // One history entry per gesture, not one per step of a drag.
        const now = Date.now();
        this.show(v, now - this.lastSliderPush < 1000 ? 'replace' : 'push');
        this.lastSliderPush = now;
      });
    }
    this.playButton?.addEventListener('click', () => (this.timer === undefined ? this.play(years) : this.stop()));
  }

  private play(years: ViewData[]): void {
    if (!years.length || !this.playButton) return;
    let i = years.findIndex((v) => v.year >= this.view.year);
    if (i < 0 || (this.view.kind === 'year' && i === years.length - 1)) i = 0;
    else if (this.view.kind === 'year') i += 1;
    this.playButton.textContent = this.data.text.pause;
    this.playButton.setAttribute('aria-pressed', 'true');
    const step = () => {
      const v = years[i];
      if (!v) return this.stop();
      this.show(v, 'replace');
      i += 1;
      if (i >= years.length) this.stop();
    };
    step();
    this.timer = window.setInterval(step, 1400);
  }

  private stop(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    if (this.playButton) {
      this.playButton.textContent = this.data.text.play;
      this.playButton.setAttribute('aria-pressed', 'false');
    }
  }

  /** Switches the map, table, headings and links to view `v`. */
  private show(v: ViewData, history_: 'push' | 'replace' | 'none'): void {
    this.view = v;
    this.dataset.view = v.id;
    this.hideTip();
    const inView = new Set(v.pairs);
    const roles = new Map<string, 'helper' | 'helped'>();
    const arcs = new Set<string>();
    for (const id of v.pairs) {
      const p = this.data.pairs[id];
      if (!p) continue;
      roles.set(p.h, 'helper');
      if (roles.get(p.d) !== 'helper') roles.set(p.d, 'helped');
      arcs.add(p.a);
    }
    for (const el of this.querySelectorAll<SVGAElement>('.pm-region')) {
      const role = roles.get(el.dataset.code ?? '');
      el.classList.toggle('is-helper', role === 'helper');
      el.classList.toggle('is-helped', role === 'helped');
      // An active region's link and name live in href/aria-label, an inactive one's in data-href/data-label.
      if (role && !el.hasAttribute('href')) {
        el.setAttribute('href', el.dataset.href ?? '');
        el.setAttribute('aria-label', el.dataset.label ?? '');
        delete el.dataset.href;
        delete el.dataset.label;
      } else if (!role && el.hasAttribute('href')) {
        el.dataset.href = el.getAttribute('href') ?? '';
        el.dataset.label = el.getAttribute('aria-label') ?? '';
        el.removeAttribute('href');
        el.removeAttribute('aria-label');
      }
    }
    for (const el of this.querySelectorAll<SVGAElement>('.pm-arc')) el.classList.toggle('is-off', !arcs.has(el.dataset.arc ?? ''));
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-pair]')) row.hidden = !inView.has(row.dataset.pair ?? '');
    const empty = this.querySelector<HTMLElement>('.pm-empty');
    if (empty) empty.hidden = v.pairs.length > 0;
    for (const el of this.querySelectorAll<HTMLElement>('.pm-view-heading')) el.textContent = v.heading;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')) {
      if (link.dataset.viewLink === v.id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (this.slider && v.kind === 'year') this.slider.value = String(v.year);
    this.querySelector('.pm-slider-wrap')?.classList.toggle('is-phase', v.kind !== 'year');
    const output = this.querySelector('.pm-year-output');
    if (output) output.textContent = v.kind === 'year' ? String(v.year) : '';
    const svgLink = this.querySelector<HTMLAnchorElement>('.pm-svg-link');
    if (svgLink) {
      svgLink.href = v.svg;
      svgLink.setAttribute('download', v.svg.split('/').filter(Boolean).slice(-3).join('-'));
    }
    const live = this.querySelector<HTMLTextAreaElement>('.pm-embed-live');
    if (live) live.value = v.live;
    const pinned = this.querySelector<HTMLTextAreaElement>('.pm-embed-pinned');
    if (pinned) pinned.value = v.pinned;
    document.title = v.title;
    if (history_ === 'push') history.pushState({ pairingMap: v.id }, '', v.url);
    else if (history_ === 'replace') history.replaceState({ pairingMap: v.id }, '', v.url);
  }

  private setupTooltips(): void {
    const canvas = this.querySelector<HTMLElement>('.pm-canvas');
    if (!canvas) return;
    const target = (e: Event) => (e.target as Element).closest?.('.pm-region[href], .pm-arc:not(.is-off)') ?? null;
    canvas.addEventListener('pointerdown', (e) => {
      this.lastPointer = e.pointerType;
      this.lastPointerAt = Date.now();
      this.tipAtPointerDown = this.tipFor;
    });
    canvas.addEventListener('pointerover', (e) => {
      const t = target(e);
      if (t && e.pointerType === 'mouse') this.showTip(t, e.clientX, e.clientY);
    });
    canvas.addEventListener('pointerout', (e) => {
      if (e.pointerType !== 'mouse') return;
      const t = target(e);
      if (t && t === this.tipFor && !t.contains(e.relatedTarget as Node | null) && document.activeElement !== t) this.hideTip();
    });
    canvas.addEventListener('focusin', (e) => {
      const t = target(e);
      if (t) this.showTip(t);
    });
    canvas.addEventListener('focusout', (e) => {
      if (!canvas.contains(e.relatedTarget as Node | null)) this.hideTip();
    });
    // On touch, the first tap shows the tooltip and the second follows the link.
    // The tap's focus has already opened the tooltip by the time of the click,
    // so "first tap" means: its tooltip was not open when the finger went down.
    canvas.addEventListener('click', (e) => {
      const t = target(e);
      const touch = this.lastPointer !== 'mouse' && this.lastPointer !== '' && Date.now() - this.lastPointerAt < TOUCH_GRACE_MS;
      if (t && touch && this.tipAtPointerDown !== t) {
        e.preventDefault();
        this.showTip(t, e.clientX, e.clientY);
      }
    });
    document.addEventListener('click', (e) => {
      if (this.tipFor && !canvas.contains(e.target as Node)) this.hideTip();
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.tipFor) {
        e.preventDefault();
        this.hideTip();
      }
    });
  }

  /** Tooltip lines for a region or an arc in the current view. */
  private tipContent(el: Element): { title: string; lines: string[] } {
    const code = (el as HTMLElement).dataset.code;
    const pairs = this.view.pairs.map((id) => this.data.pairs[id]).filter((p): p is PairData => p !== undefined);
    if (code !== undefined) {
      const lines: string[] = [];
      for (const p of pairs) {
        if (p.h === code) lines.push(p.sh);
        else if (p.d === code) lines.push(p.sd);
      }
      return { title: el.getAttribute('aria-label') ?? (el as HTMLElement).dataset.label ?? code, lines };
    }
    const arcId = (el as HTMLElement).dataset.arc;
    const onArc = pairs.filter((p) => p.a === arcId);
    if (onArc.length === 1) return { title: onArc[0]!.t, lines: onArc[0]!.l };
    return { title: onArc[0]?.t ?? '', lines: onArc.flatMap((p) => [p.t, ...p.l]).slice(1) };
  }

  private showTip(el: Element, x?: number, y?: number): void {
    const { title, lines } = this.tipContent(el);
    const strong = document.createElement('strong');
    strong.textContent = title;
    const list = document.createElement('ul');
    for (const line of lines) {
      const li = document.createElement('li');
      li.textContent = line;
      list.append(li);
    }
    this.tip.replaceChildren(strong, list);
    this.tip.hidden = false;
    if (this.tipFor && this.tipFor !== el) this.tipFor.removeAttribute('aria-describedby');
    this.tipFor = el;
    el.setAttribute('aria-describedby', this.tip.id);
    const box = this.tip.parentElement!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const px = (x ?? r.left + r.width / 2) - box.left;
    const py = (y ?? r.top + r.height / 2) - box.top;
    const w = this.tip.offsetWidth;
    const h = this.tip.offsetHeight;
    const left = Math.max(4, Math.min(px - w / 2, box.width - w - 4));
    const top = py - h - 14 >= 0 ? py - h - 14 : Math.min(py + 18, Math.max(0, box.height - h));
    this.tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private hideTip(): void {
    if (this.tipFor) this.tipFor.removeAttribute('aria-describedby');
    this.tipFor = null;
    if (this.tip) this.tip.hidden = true;
  }

  private setupExports(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('.pm-copy')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const field = this.querySelector<HTMLTextAreaElement>(`#${button.dataset.copy ?? ''}`);
        if (!field) return;
        field.select();
        try {
          await navigator.clipboard.writeText(field.value);
        } catch {
          document.execCommand?.('copy');
        }
        const status = button.nextElementSibling;
        if (status) status.textContent = this.data.text.copied;
      });
    }
    const png = this.querySelector<HTMLButtonElement>('.pm-png');
    if (!png) return;
    png.hidden = false;
    png.addEventListener('click', () => void this.downloadPng(png));
  }

  /** Renders the view's same-origin SVG export to a canvas at twice its size and saves it as PNG. */
  private async downloadPng(button: HTMLButtonElement): Promise<void> {
    const status = button.nextElementSibling;
    try {
      const response = await fetch(this.view.svg);
      if (!response.ok) throw new Error(String(response.status));
      const svgUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'image/svg+xml' }));
      const img = new Image();
      await new Promise<void>((done, fail) => {
        img.onload = () => done();
        img.onerror = () => fail(new Error('image'));
        img.src = svgUrl;
      });
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * scale;
      canvas.height = img.naturalHeight * scale;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(svgUrl);
      const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
      if (!blob) throw new Error('png');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = this.view.png;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      if (status) status.textContent = '';
    } catch {
      if (status) status.textContent = this.data.text.pngFailed;
    }
  }
}

if (!customElements.get('pairing-map')) customElements.define('pairing-map', PairingMap);
