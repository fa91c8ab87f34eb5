/**
 * The chart or map of an exported image, drawn again by ECharts from the previewed chart's own
 * option: to an SVG string by its SVG renderer, to a 2× canvas by its canvas renderer. Imported
 * only when an exported element drew with ECharts. It shares the page's one copy of
 * `echarts/core` with the elements, so the preview's instance and its registered maps are found.
 */
import { getInstanceByDom, init, use, type EChartsType } from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { guardContainer } from '../../packages/civic-viz/src/charts/chart-controller.js';

use([BarChart, LineChart, MapChart, GridComponent, MarkLineComponent, LabelLayout, CanvasRenderer, SVGRenderer]);

interface Size {
  width: number;
  height: number;
}

/** The ECharts instance drawn in an element's container, if any. */
export const liveChart = (container: HTMLElement): EChartsType | undefined => getInstanceByDom(container);

/**
 * ECharts' SVG renderer writes a font family into a double-quoted style attribute without
 * escaping it, so `"Segoe UI"` would end the attribute and break the file: the font names are
 * quoted with single quotes instead (the same fonts, for both renderers).
 */
function quoteFonts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(quoteFonts) as T;
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'fontFamily' && typeof v === 'string' ? v.replace(/"/g, "'") : quoteFonts(v)]),
  ) as T;
}

/** The live chart's option on a new instance, without animation, at the export size. */
function redraw(source: EChartsType, dom: HTMLElement | null, opts: Parameters<typeof init>[2]): EChartsType {
  const chart = init(dom, null, opts);
  // A still image: no entry animation, on the chart or on any series (a series' own setting wins).
  const option = quoteFonts(source.getOption()) as { series?: object[] };
  chart.setOption({ ...option, animation: false, series: option.series?.map((x) => ({ ...x, animation: false })) });
  return chart;
}

/** The chart as an SVG document string (ECharts output, no editor text unescaped). */
export function chartSvg(source: EChartsType, size: Size): string {
  const chart = redraw(source, null, { renderer: 'svg', ssr: true, ...size });
  try {
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart drawn on a canvas at `scale` device pixels per CSS pixel; dispose when drawn. */
export function chartCanvas(source: EChartsType, size: Size, scale: number): { canvas?: HTMLCanvasElement; dispose(): void } {
  const dom = document.createElement('div');
  // zrender empties its root with innerHTML = '': the library's guard keeps that Trusted Types-clean.
  guardContainer(dom);
  const chart = redraw(source, dom, { renderer: 'canvas', devicePixelRatio: scale, ...size });
  return { canvas: dom.querySelector('canvas') ?? undefined, dispose: () => chart.dispose() };
}
