import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onResize, whenNear } from '../core/observers.js';
import { isPrinting, PAPER_WIDTH, printable, stillOption, type Printable } from '../core/print.js';

/** The slice of ECharts an element uses; both registries export an `init` returning this. */
export interface ChartInstance {
  setOption(option: object, opts?: { notMerge?: boolean; lazyUpdate?: boolean; silent?: boolean }): void;
  resize(opts?: { width?: number; height?: number; animation?: { duration: number } }): void;
  dispose(): void;
  isDisposed(): boolean;
  on(event: string, handler: (params: any) => void): void;
  off(event: string, handler?: (params: any) => void): void;
  dispatchAction(action: object): void;
  convertToPixel(finder: object, value: unknown): number[] | number;
  convertFromPixel(finder: object, value: number[] | number): number[] | number;
  containPixel(finder: object | string, value: number[]): boolean;
  /** zrender: pointer events anywhere on the canvas, not only on marks. */
  getZr(): { on(event: string, handler: (e: { offsetX: number; offsetY: number }) => void): void; refreshImmediately?(): void };
  getDom(): HTMLElement;
  /** The option as ECharts holds it (tests read what was drawn). */
  getOption(): unknown;
}

export interface ChartRegistry {
  init(dom: HTMLElement, theme?: string | object | null, opts?: object): ChartInstance;
}

/** Imports a family's registry; once loaded, `current` holds it so later charts start at once. */
export interface RegistryLoader<R = ChartRegistry> {
  (): Promise<R>;
  current?: R;
}

/**
 * A loader that remembers its registry: a dynamic `import()` of a loaded module still resolves
 * in a later task, and with 100 charts those waits let frames (and repaints) in between starts.
 */
export function registryLoader<R>(importer: () => Promise<R>): RegistryLoader<R> {
  let pending: Promise<R> | undefined;
  const load: RegistryLoader<R> = () =>
    (pending ??= importer().then(
      (r) => (load.current = r),
      (e: unknown) => {
        // Offline or blocked: the next chart tries again.
        pending = undefined;
        throw e;
      },
    ));
  return load;
}

const queued: (() => void)[] = [];
/**
 * Runs `fn` after the element updates already queued have rendered. A chart reads its palette
 * from computed style: read between one element's DOM writes and the next one's, every read
 * recalculates the page's styles (100 charts appended at once: 100 recalculations). Queued
 * here, the reads follow one another with no write in between: one recalculation. It still
 * runs before anyone awaiting the element's `updateComplete` resumes.
 */
export function afterRenders(fn: () => void): void {
  if (!queued.length) queueMicrotask(() => queued.splice(0).forEach((f) => f()));
  queued.push(fn);
}

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  lazy: boolean;
}

export interface ChartControllerOptions<R = ChartRegistry> {
  /** Loads the family's registry (see `registryLoader`); its cache lets later charts start at once. */
  load: RegistryLoader<R>;
  /** The element ECharts draws into (inside the shadow root). */
  container: () => HTMLElement | null | undefined;
  /**
   * Builds the option to draw, or null for nothing to draw. Runs after the renders queued with it
   * (see `afterRenders`), so it may read computed style (palette, font) without forcing a
   * recalculation per chart. `key` adds what JSON cannot see (formatters are functions).
   */
  build: () => { option: object; key?: unknown } | null;
  /** Called with the registry right before every draw (the map registers its boundaries here). */
  prepare?(registry: R): void;
  /** Called after ECharts finished drawing; `fresh` the first time after a new option (which clears emphasis). */
  onDrawn?: (chart: ChartInstance, fresh: boolean) => void;
  /** Called once per new ECharts instance, to attach event handlers. */
  onInit?: (chart: ChartInstance) => void;
  /** Called after the instance was disposed (removal), to drop state tied to it. */
  onDispose?: () => void;
  /** True while a pre-rendered drawing stands in for the chart: nothing is imported, drawn or printed (the drawing prints). */
  paused?: () => boolean;
}

/**
 * ECharts lifecycle for one element: start when near the viewport (unless `data-lazy="false"`)
 * and sized; one shared ResizeObserver; re-init after reconnect; dispose on disconnect only if
 * still disconnected after a microtask (a DOM move is not a removal); a generation counter so a
 * slow import never writes into a disposed element.
 *
 * Drawing has one entry, `update()`, with one batching rule (the option is built after the
 * renders queued with it) and one skip rule (an option equal to the one drawn into the live
 * instance is not drawn again: redrawing would reset hover and emphasis).
 */
export class ChartController<R extends ChartRegistry = ChartRegistry> implements ReactiveController, Printable {
  /** The live ECharts instance, if any. */
  chart?: ChartInstance;
  /** Instances created over this controller's life (tests: an update must not re-init). */
  inits = 0;
  private option?: object;
  private key?: string;
  private queued = false;
  private near = false;
  /**
   * While a lazy element waits for its first geometry check (a microtask after connection):
   * its first render waits too, so it renders once, as a chart or as a placeholder.
   */
  checking?: Promise<void>;
  private generation = 0;
  private stopNear?: () => void;
  private stopResize?: () => void;
  /** The container whose size is followed, and its size as last reported (what ECharts draws at). */
  private watched?: HTMLElement;
  private size?: { width: number; height: number };
  private fresh = false;
  private drawnHandler = () => {
    const fresh = this.fresh;
    this.fresh = false;
    if (this.chart) this.opts.onDrawn?.(this.chart, fresh);
  };
  private unprintable?: () => void;

  constructor(
    private readonly host: ChartHost,
    private readonly opts: ChartControllerOptions<R>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unprintable ??= printable(this);
    // No generation bump here: a DOM move (disconnect + connect in one task) must not cancel a
    // start that is still importing the registry. Only a real removal (below) does.
    if (!this.near && this.host.lazy) {
      if (!this.stopNear) {
        let checked!: () => void;
        this.checking = new Promise<void>((resolve) => (checked = resolve)).then(() => (this.checking = undefined));
        this.stopNear = whenNear(this.host, () => this.arrive(), checked);
      }
    } else this.near = true;
    // About to draw: the engine downloads while the elements render, not after the first option.
    if (this.near) this.preload();
    // Back after a removal: the chart was disposed; draw the kept option into a new one.
    if (!this.chart && this.option) void this.flush();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.generation++;
      this.stopNear?.();
      this.stopNear = undefined;
      this.unprintable?.();
      this.unprintable = undefined;
      this.dispose();
    });
  }

  // ---- printing (see core/print.ts) ----

  print(maxWidth: number): void {
    if (!this.host.isConnected || this.opts.paused?.()) return;
    if (!this.near) {
      this.stopNear?.();
      this.stopNear = undefined;
      this.arrive();
    } else if (this.chart && this.size) {
      this.chart.resize({ width: Math.min(this.size.width, maxWidth), height: this.size.height, animation: { duration: 0 } });
      this.chart.getZr().refreshImmediately?.();
    } else void this.flush();
  }

  unprint(): void {
    if (this.chart && this.size) this.chart.resize({ ...this.size, animation: { duration: 0 } });
  }

  /**
   * Whether the element is near the viewport (or not lazy). Options are built only then: a
   * 100-chart page spends nothing on the charts below the fold until they come close.
   */
  get isNear(): boolean {
    return this.near;
  }

  /** @internal The option last handed to ECharts (tests). */
  get lastOption(): object | undefined {
    return this.option;
  }

  private arrive(): void {
    this.near = true;
    this.preload();
    // Nothing to draw yet: the element was waiting for this to build its option.
    if (this.option) void this.flush();
    else this.host.requestUpdate();
  }

  /**
   * Starts importing the registry: as soon as the element is near the viewport (before its
   * model and option exist), while it waits for something else (a map's boundaries), or once the
   * page is idle (print: `beforeprint` cannot wait for an import). Never for a pre-rendered chart
   * still showing its drawing (`paused`).
   */
  preload(): void {
    // The loader keeps the registry (`load.current`): a later start, such as a print, needs no await.
    if (this.host.isConnected && !this.opts.load.current && !this.opts.paused?.()) this.opts.load().catch(() => undefined);
  }

  /** Builds and draws the option after this round of renders, unless it is what is drawn. */
  update(): void {
    if (!this.near || this.queued) return;
    this.queued = true;
    afterRenders(() => {
      this.queued = false;
      const built = this.host.isConnected ? this.opts.build() : null;
      if (!built) return;
      const key = JSON.stringify([built.option, built.key]);
      if (key === this.key && this.chart) return;
      this.key = key;
      this.option = built.option;
      void this.flush();
    });
  }

  /** Disposes the chart (the option is kept, so a reconnect redraws it). */
  dispose(): void {
    this.stopResize?.();
    this.stopResize = undefined;
    this.watched = this.size = undefined;
    const had = !!this.chart;
    if (this.chart && !this.chart.isDisposed()) this.chart.dispose();
    this.chart = undefined;
    this.key = undefined;
    if (had) this.opts.onDispose?.();
  }

  /** Follows the container's size: the first report starts the chart, later changes resize it. */
  private watchSize(dom: HTMLElement): void {
    if (this.watched === dom) return;
    this.watched = dom;
    this.size = undefined;
    this.stopResize?.();
    this.stopResize = onResize(
      dom,
      (width, height) => {
        const known = this.size;
        if (known && width === known.width && height === known.height) return;
        this.size = { width, height };
        if (known && this.chart) this.chart.resize({ width, height });
        else void this.flush();
      },
      true,
    );
  }

  private async flush(): Promise<void> {
    if (!this.option || !this.near || !this.host.isConnected) return;
    const gen = this.generation;
    // Re-rendered into a new container: the old instance draws into a detached box.
    if (this.chart && this.chart.getDom() !== this.opts.container()) this.dispose();
    const registry = this.opts.load.current ?? (await this.opts.load());
    if (!this.chart) {
      await this.host.updateComplete;
      const dom = this.opts.container();
      // Stale: disconnected or re-rendered without a container. If another flush won the race,
      // it created the chart and drew the then-current option; fall through and draw ours.
      if (gen !== this.generation || !dom || !this.host.isConnected) return;
      // The size comes from the shared ResizeObserver: reported after the browser's own layout,
      // for every chart in one go. Reading clientWidth here instead forces a layout per chart (a
      // 100-chart page laid out 100 times), and ECharts measuring the box itself would again.
      // A box that is not laid out (display:none, a closed <details>, 0×0) reports no size: the
      // chart starts when it gets one.
      // Printing cannot wait for the observer: the box's own size, no wider than the paper.
      if (!this.chart && !this.size && isPrinting()) {
        this.watchSize(dom);
        this.size = printSize(dom);
      }
      if (!this.chart && (this.watched !== dom || !this.size)) return this.watchSize(dom);
      if (!this.chart && this.size) {
        guardContainer(dom);
        const chart = registry.init(dom, null, { renderer: 'canvas', ...this.size });
        this.chart = chart;
        this.inits++;
        chart.on('finished', this.drawnHandler);
        this.opts.onInit?.(chart);
      }
    }
    if (!this.chart || !this.option) return;
    this.opts.prepare?.(registry);
    this.fresh = true;
    const printing = isPrinting();
    this.chart.setOption(printing ? stillOption(this.option) : this.option, { notMerge: true });
    if (printing) this.chart.getZr().refreshImmediately?.();
  }
}

/** The size to draw at for print: the box, at most the paper's text width. */
function printSize(dom: HTMLElement): { width: number; height: number } {
  return { width: Math.min(dom.clientWidth || PAPER_WIDTH, PAPER_WIDTH), height: dom.clientHeight || 240 };
}

/**
 * zrender empties its root with `root.innerHTML = ''` (on init and on dispose), which a page
 * with `require-trusted-types-for 'script'` reports as a violation. On our own
 * container only, an own `innerHTML` setter turns exactly that into `replaceChildren()`; any
 * other value goes to the real setter, still subject to Trusted Types.
 */
export function guardContainer(dom: HTMLElement): void {
  if (Object.prototype.hasOwnProperty.call(dom, 'innerHTML')) return;
  const real = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  if (!real?.get || !real.set) return;
  Object.defineProperty(dom, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      return real.get!.call(this);
    },
    set(this: Element, value: unknown) {
      if (value === '' || value == null) this.replaceChildren();
      else real.set!.call(this, value);
    },
  });
}
