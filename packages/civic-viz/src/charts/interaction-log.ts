/**
 * What a reader did to a pre-rendered chart before its live code and ECharts arrived: where the
 * pointer is, which part has focus, which chart keys were pressed, where the chart was clicked.
 * Kept so the first hover, keypress or click is honoured once the live chart is drawn, not lost
 * while it loads. Used twice: by the autoloader before the element's code is loaded (it replays
 * onto the upgraded element), and by the element while ECharts loads (it replays onto the live
 * chart). No Lit, no ECharts: the autoloader stays small.
 */

/** Events that mean a reader is using the chart: its code and ECharts are loaded on the first. */
export const WAKE_EVENTS = ['pointerenter', 'pointerdown', 'focusin', 'keydown'] as const;
const ALSO = ['pointermove', 'pointerleave', 'focusout', 'click'] as const;
/** The keys a chart handles (its keyboard model); they must not scroll the page meanwhile. */
const CHART_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'Escape']);

/** The `part` of the innermost element an event came from (chart, map, table-toggle …). */
function partOf(e: Event): string | null {
  for (const n of e.composedPath()) {
    if (n instanceof Element && n.hasAttribute('part')) return n.getAttribute('part');
    if (n instanceof ShadowRoot) break;
  }
  return null;
}

export class InteractionLog {
  /** Where the pointer is over the element (client px), or null once it left. */
  pointer: { x: number; y: number } | null = null;
  /** Chart keys pressed on the chart box, in order. */
  keys: string[] = [];
  /** Where the chart or map itself was last clicked (client px): it selects that point once live. */
  click: { x: number; y: number } | null = null;
  /** The part that has focus (`chart`, `map`, `table-toggle`), or null. */
  focus: string | null = null;
  /** True once a reader interacted (the first wake event). */
  woken = false;

  constructor(
    private readonly el: HTMLElement,
    private readonly onFirst: () => void,
  ) {
    for (const t of [...WAKE_EVENTS, ...ALSO]) el.addEventListener(t, this.handle);
  }

  /** Stops recording. */
  close(): void {
    for (const t of [...WAKE_EVENTS, ...ALSO]) this.el.removeEventListener(t, this.handle);
  }

  private handle = (e: Event): void => {
    if (e.type === 'click') {
      // A click on the drawing, not on the table toggle or a link (those act at once).
      const part = partOf(e);
      if (e instanceof MouseEvent && (part === 'chart' || part === 'map')) this.click = { x: e.clientX, y: e.clientY };
      return;
    }
    if (e instanceof PointerEvent) {
      this.pointer = e.type === 'pointerleave' ? null : { x: e.clientX, y: e.clientY };
      // A touch has no hover to keep.
      if (e.pointerType !== 'mouse') this.pointer = null;
    } else if (e.type === 'focusin') this.focus = partOf(e);
    else if (e.type === 'focusout') this.focus = null;
    else if (e instanceof KeyboardEvent) {
      const part = partOf(e);
      // Keys on the table toggle or a link are theirs (Enter opens the table), not the chart's.
      if (!CHART_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || (part !== 'chart' && part !== 'map')) return;
      e.preventDefault();
      this.keys.push(e.key);
    }
    if (!this.woken && (WAKE_EVENTS as readonly string[]).includes(e.type)) {
      this.woken = true;
      this.onFirst();
    }
  };

  /** Dispatches what was recorded onto `el` again (the upgraded element records it in turn). */
  replayOnto(el: HTMLElement): void {
    const p = this.pointer;
    if (p) el.dispatchEvent(new PointerEvent('pointerenter', { clientX: p.x, clientY: p.y, pointerType: 'mouse' }));
    const part = this.focus && el.shadowRoot?.querySelector(`[part="${this.focus}"]`);
    if (part) part.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    const target = el.shadowRoot?.querySelector('.static-chart') ?? el;
    for (const key of this.keys)
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    const c = this.click;
    if (c) target.dispatchEvent(new MouseEvent('click', { clientX: c.x, clientY: c.y, bubbles: true, composed: true }));
  }
}
