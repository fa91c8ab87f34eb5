import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onResize, whenNear } from './observers.js';

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
  getDom(): HTMLElement;
}

export interface ChartRegistry {
  init(dom: HTMLElement, theme?: string | object | null, opts?: object): ChartInstance;
}

export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  lazy: boolean;
}

export interface ChartControllerOptions {
  /** Loads the family's registry (a dynamic import, cached by the module system). */
  load: () => Promise<ChartRegistry>;
  /** The element ECharts draws into (inside the shadow root). */
  container: () => HTMLElement | null | undefined;
  /** Called after ECharts finished drawing an option. */
  onDrawn?: (chart: ChartInstance) => void;
  /** Called once per new ECharts instance, to attach event handlers. */
  onInit?: (chart: ChartInstance) => void;
}

/**
 * ECharts lifecycle for one element (style guide §5): start when near the viewport (unless
 * `data-lazy="false"`) and sized; one shared ResizeObserver; re-init after reconnect; dispose on
 * disconnect only if still disconnected after a microtask (a DOM move is not a removal); a
 * generation counter so a slow import never writes into a disposed element.
 */
export class ChartController implements ReactiveController {
  chart?: ChartInstance;
  /** Instances created over this controller's life (tests: an update must not re-init). */
  inits = 0;
  private option?: object;
  private near = false;
  private generation = 0;
  private stopNear?: () => void;
  private stopResize?: () => void;
  private drawnHandler = () => this.chart && this.opts.onDrawn?.(this.chart);

  constructor(
    private readonly host: ChartHost,
    private readonly opts: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.generation++;
    if (!this.near && this.host.lazy) this.stopNear ??= whenNear(this.host, () => ((this.near = true), this.flush()));
    else this.near = true;
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.generation++;
      this.stopNear?.();
      this.stopNear = undefined;
      this.dispose();
    });
  }

  /** Sets the option to draw; drawn now if the chart is live, else when it starts. */
  draw(option: object): void {
    this.option = option;
    void this.flush();
  }

  /** Disposes the chart (the option is kept, so a reconnect redraws it). */
  dispose(): void {
    this.stopResize?.();
    this.stopResize = undefined;
    if (this.chart && !this.chart.isDisposed()) this.chart.dispose();
    this.chart = undefined;
  }

  private async flush(): Promise<void> {
    const option = this.option;
    if (!option || !this.near || !this.host.isConnected) return;
    const gen = this.generation;
    if (!this.chart) {
      const registry = await this.opts.load();
      await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const dom = this.opts.container();
      // Stale: disconnected or re-rendered without a container. If another flush won the race,
      // it created the chart and drew the then-current option; fall through and draw ours.
      if (gen !== this.generation || !dom || !this.host.isConnected) return;
      if (!this.chart) {
        const chart = registry.init(dom, null, { renderer: 'canvas' });
        this.chart = chart;
        this.inits++;
        chart.on('finished', this.drawnHandler);
        this.opts.onInit?.(chart);
        this.stopResize = onResize(dom, () => this.chart?.resize());
      }
    }
    this.chart?.setOption(this.option!, { notMerge: true });
  }
}
