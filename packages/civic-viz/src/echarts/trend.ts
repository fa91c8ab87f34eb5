/**
 * The ECharts registry for trend charts and sparklines: the only module of this family that
 * imports ECharts, loaded with a dynamic import the first time an element needs it. Tooltips,
 * legends and accessibility text are ours (DOM, text only), so those components stay out.
 *
 * `use()` runs inside `init`, not at module top level: the package declares its sources free of
 * side effects, and a bundler honouring that may drop a top-level `use([...])` (the built chunk
 * then has no renderer).
 */
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer, init as echartsInit, use } from './core.js';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, MarkLineComponent, type GridComponentOption, type MarkLineComponentOption } from 'echarts/components';

export type TrendOption = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | MarkLineComponentOption>;

let installed = false;
function install(): void {
  if (installed) return;
  use([LineChart, BarChart, GridComponent, MarkLineComponent, CanvasRenderer]);
  installed = true;
}

/** `echarts.init` with the trend family installed. */
export const init: typeof echartsInit = (...args) => (install(), echartsInit(...args));
