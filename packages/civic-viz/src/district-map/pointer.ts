import type { ChartInstance } from '../charts/chart-controller.js';

/** What the map element does with the pointer over its regions. */
export interface MapPointer {
  /** A region was clicked: focus and select it (the event may be cancelled). */
  click(name: string): void;
  /** The selected region after a click, or '' for none. */
  selected(): string;
  /** How many regions the map series has. */
  regionCount(): number;
  /** The pointer is over a region, at this offset in the chart box: show its tooltip. */
  hover(name: string, at: [number, number]): void;
  /** The pointer left the regions. */
  out(): void;
}

type RegionEvent = { componentType?: string; name?: string; event?: { offsetX: number; offsetY: number } };
const regionOf = (p: RegionEvent) => (p.componentType === 'series' && p.name ? p.name : null);

/** Wires ECharts' pointer events on the map series to the element. */
export function attachPointer(chart: ChartInstance, on: MapPointer): void {
  chart.on('click', (p) => {
    const name = regionOf(p);
    if (!name) return;
    on.click(name);
    // ECharts toggled its own selection on this click; put ours back (a changed selection
    // also redraws from the option).
    chart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: Array.from({ length: on.regionCount() }, (_, i) => i) });
    const selected = on.selected();
    if (selected) chart.dispatchAction({ type: 'select', seriesIndex: 0, name: selected });
  });
  const hover = (p: RegionEvent) => {
    const name = regionOf(p);
    if (name && p.event) on.hover(name, [p.event.offsetX, p.event.offsetY]);
  };
  chart.on('mouseover', hover);
  chart.on('mousemove', hover);
  chart.on('mouseout', () => on.out());
  chart.on('globalout', () => on.out());
}
