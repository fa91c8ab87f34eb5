import type { PrerenderedView } from '../core/hydrate.js';
import { isEager } from '../core/prerendered.js';
import type { RegistryLoader } from './chart-controller.js';
import { InteractionLog } from './interaction-log.js';

/**
 * A pre-rendered chart or map keeps its static SVG drawing (with its summary and table) on
 * screen, and ECharts is not even downloaded, until a reader uses it: pointer over it, a press,
 * focus or a key — or until `data-interactive="eager"` (on the element or an ancestor such as
 * `<html>`) asks for the live chart at once. A change of data, attributes or locale also needs
 * the live chart, and loads it the same way.
 *
 * When ECharts is there, the live frame replaces the static one in one task; the static drawing
 * is laid over the live chart box until ECharts has drawn (the first draw has no animation), so
 * the canvas takes its place in the same box. Then what the reader did meanwhile is honoured:
 * focus moves to the live box, the pointer's position shows its tooltip, the keys pressed
 * move the highlight, and a click on the drawing selects the point or region under it.
 */
export class StaticDrawing {
  private log?: InteractionLog;
  private overlay?: HTMLElement;
  /** The part that had focus in the static frame (`chart`, `map`, `table-toggle`): focus returns to its live twin. */
  private focused: string | null = null;

  constructor(
    private readonly host: HTMLElement & { requestUpdate(): void; readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly view: PrerenderedView,
    load: RegistryLoader,
  ) {
    view.waitFor = () => {
      if (load.current) return false;
      // Offline or blocked: the static drawing stays; the next interaction tries again.
      load().then(
        () => host.requestUpdate(),
        () => undefined,
      );
      return true;
    };
    view.onRelease = (removed) => {
      this.started = true;
      // Read before the static nodes go: removing the focused one moves focus to the page.
      this.focused = host.shadowRoot?.activeElement?.getAttribute('part') ?? null;
      this.takeDrawing(removed);
    };
  }

  /** True from the upgrade until the live chart has drawn: the static drawing is what is shown. */
  get showing(): boolean {
    return this.view.held || !!this.overlay;
  }

  /** True once the live chart replaced the static drawing: it shows the finished chart already, nothing animates in. */
  started = false;

  /** At connection: wait for the reader, or start at once with `data-interactive="eager"`. */
  connect(): void {
    if (!this.view.held) return;
    if (isEager(this.host)) return this.view.wake();
    this.log ??= new InteractionLog(this.host, () => this.view.wake());
  }

  /** The static drawing, out of the removed static frame, kept to lay over the live box. */
  private takeDrawing(removed: Node[]): void {
    let figure: Element | null = null;
    for (const n of removed)
      if (!figure && n instanceof Element) figure = n.matches('.static-chart') ? n : n.querySelector('.static-chart');
    if (!figure) return;
    const overlay = document.createElement('div');
    overlay.className = `static-chart static-overlay${figure.classList.contains('map') ? ' map' : ''}`;
    overlay.setAttribute('aria-hidden', 'true');
    overlay.append(...figure.childNodes);
    this.overlay = overlay;
  }

  /** After the live frame rendered: lays the drawing over the live box and keeps focus where it was. */
  placed(): void {
    const overlay = this.overlay;
    const box = this.host.renderRoot.querySelector<HTMLElement>('.chart-box');
    if (!overlay || !box || overlay.isConnected) return;
    box.append(overlay);
    // From here on the live box takes keys itself.
    this.log?.close();
    this.refocus();
    // Keys wait for focus: it puts the keyboard on the first point, as a Tab onto a live chart does.
    if (!this.focused) this.replayKeys();
  }

  private replayKeys(): void {
    const box = this.host.renderRoot.querySelector('.chart-box');
    for (const key of this.log?.keys.splice(0) ?? [])
      box?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }

  /**
   * Focus back on the live twin of the part that had it. Right after an upgrade the browser may
   * not have laid out the new nodes yet (the host is `content-visibility: auto`), so focus can
   * fail here; it is tried again once the chart has drawn.
   */
  private refocus(): void {
    const part = this.focused;
    const target = part && this.host.renderRoot.querySelector<HTMLElement>(`[part="${part}"]`);
    if (!target) return;
    target.focus();
    if (this.host.shadowRoot?.activeElement === target) this.focused = null;
  }

  /** After the first live draw: removes the static drawing and replays the reader's hover, keys and click. */
  drawn(): void {
    if (!this.overlay) return;
    this.overlay.remove();
    this.overlay = undefined;
    this.refocus();
    this.focused = null;
    this.replayKeys();
    const log = this.log;
    this.log = undefined;
    if (!log) return;
    const root = this.host.renderRoot;
    const p = log.pointer;
    const canvas = root.querySelector('.chart-canvas canvas') ?? root.querySelector('.chart-canvas > div');
    // zrender listens for mouse events (pointer events only in old Edge) on the chart's own box.
    if (p && canvas) canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: p.x, clientY: p.y, bubbles: true }));
    // A click on the drawing selects what is under it now: zrender counts a click only after a
    // press and a release on the same spot.
    const c = log.click;
    if (c && canvas)
      for (const type of ['mousedown', 'mouseup', 'click'])
        canvas.dispatchEvent(new MouseEvent(type, { clientX: c.x, clientY: c.y, bubbles: true, button: 0 }));
  }
}
