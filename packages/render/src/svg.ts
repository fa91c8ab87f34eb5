/**
 * ECharts' server-side SVG renderer, and a sanitizer that makes its output safe and CSP-clean.
 *
 * `renderToSVGString()` writes a `<style>` element (hover rules) and `style=""` attributes
 * (fonts of text), which a page without `'unsafe-inline'` blocks. We re-parse the SVG, keep
 * only drawing elements and harmless attributes, turn the font declarations into SVG
 * presentation attributes and drop the hover styles (a static image is not hovered). Re-parsing
 * and serializing also re-escapes every text and attribute, so even a renderer bug cannot let
 * data text become markup.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { createMeasure } from './measure.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

let installed: string | undefined;
/** Installs the chart types and the SVG renderer once, and the text measurer. Returns the measurer's source. */
export function installEcharts(fontFiles?: readonly string[]): string {
  if (installed) return installed;
  echarts.use([BarChart, LineChart, MapChart, GridComponent, MarkLineComponent, SVGRenderer]);
  const { measure, source } = createMeasure(fontFiles);
  echarts.setPlatformAPI({ measureText: measure as (text: string, font?: string) => { width: number } } as Parameters<
    typeof echarts.setPlatformAPI
  >[0]);
  installed = source;
  return source;
}

const registered = new Map<string, unknown>();
/** Registers boundaries under a name once per collection object. */
export function registerMap(name: string, collection: unknown): void {
  if (registered.get(name) === collection) return;
  echarts.registerMap(name, collection as Parameters<typeof echarts.registerMap>[1]);
  registered.set(name, collection);
}

/** Draws an option into an SVG string of the given size (no animation). */
export function renderSvg(option: object, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return sanitizeSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'clippath',
  'pattern',
  'lineargradient',
  'radialgradient',
  'stop',
  'title',
]);
const ATTRIBUTES = new Set([
  'd',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'points',
  'transform',
  'viewbox',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'paint-order',
  'dominant-baseline',
  'text-anchor',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'id',
  'clip-path',
  'patternunits',
  'patterntransform',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientunits',
  'gradienttransform',
  'xmlns',
  'version',
  'dx',
  'dy',
]);
// Declarations of ECharts' style attribute that have a presentation-attribute twin.
const STYLE_TO_ATTRIBUTE = new Set(['font-size', 'font-family', 'font-weight', 'font-style', 'opacity', 'fill-opacity', 'stroke-opacity']);
// References ECharts writes: url(#id) to its own defs. Anything else in a url() is dropped.
const safeValue = (name: string, value: string) => !/url\(/i.test(value) || /^url\(#[\w-]+\)$/.test(value.trim()) || name === 'id';

function clean(el: Element): void {
  const kept: Element['attrs'] = [];
  const extra: Element['attrs'] = [];
  for (const a of el.attrs) {
    const name = a.name.toLowerCase();
    if (name === 'style') {
      for (const decl of a.value.split(';')) {
        const i = decl.indexOf(':');
        const prop = decl.slice(0, i).trim().toLowerCase();
        const value = decl.slice(i + 1).trim();
        if (i > 0 && STYLE_TO_ATTRIBUTE.has(prop) && value && safeValue(prop, value)) extra.push({ name: prop, value });
      }
    } else if (ATTRIBUTES.has(name) && !a.prefix && safeValue(name, a.value)) kept.push(a);
  }
  el.attrs = [...kept, ...extra.filter((e) => !kept.some((k) => k.name === e.name))];
  el.childNodes = el.childNodes.filter((c: Node) => {
    if (c.nodeName === '#text') return el.tagName === 'text' || el.tagName === 'tspan' || el.tagName === 'title';
    if (!('tagName' in c) || !ELEMENTS.has(c.tagName.toLowerCase())) return false;
    clean(c as Element);
    return true;
  });
}

/** Keeps drawing elements and safe attributes only; fonts as presentation attributes; no `<style>`. */
export function sanitizeSvg(svg: string): string {
  const frag = parseFragment(svg);
  const root = frag.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'svg');
  if (!root) return '';
  clean(root);
  // Sized by its box (CSS), drawn at the size it was laid out for (viewBox).
  root.attrs = root.attrs.filter((a) => a.name !== 'width' && a.name !== 'height');
  root.attrs.push(
    { name: 'aria-hidden', value: 'true' },
    { name: 'focusable', value: 'false' },
    { name: 'preserveAspectRatio', value: 'xMidYMid meet' },
  );
  return serialize({ ...frag, childNodes: [root] } as typeof frag);
}
