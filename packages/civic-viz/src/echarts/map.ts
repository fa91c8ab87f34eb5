/**
 * The ECharts registry for district maps: the only module of this family that imports ECharts,
 * loaded with a dynamic import the first time a map is drawn. The map series brings the geo
 * coordinate system it needs; tooltips, legends and accessibility text are ours (DOM, text
 * only), so those components stay out.
 *
 * `use()` runs inside the exported functions, not at module top level: the package declares
 * its sources free of side effects, and a bundler honouring that drops a top-level `use([...])`
 * (the built chunk then has no renderer: "painter is not a constructor").
 */
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer, init as echartsInit, registerMap as echartsRegisterMap, use } from './core.js';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';

export type MapOption = ComposeOption<MapSeriesOption>;

let installed = false;
function install(): void {
  if (installed) return;
  // LabelLayout: hides region labels that would overlap (`labelLayout.hideOverlap`).
  use([MapChart, CanvasRenderer, LabelLayout]);
  installed = true;
}

/** `echarts.init` with the map family installed. */
export const init: typeof echartsInit = (...args) => (install(), echartsInit(...args));

/** `echarts.registerMap` with the map family installed. */
export const registerMap: typeof echartsRegisterMap = (...args) => (install(), echartsRegisterMap(...args));
