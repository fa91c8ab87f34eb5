/**
 * PNG and SVG download, made in the browser (no server): the texts come from the previewed
 * element's own rendering (its parts: label, value, change, target, legend, footer, review
 * number); charts and maps are drawn again by ECharts from the previewed chart's option
 * (chart-image.ts, loaded only for them). Works under the strict
 * CSP with Trusted Types: no HTML is parsed, no image is loaded from a URL.
 */
import { palettes } from '../../packages/civic-viz/src/core/tokens.js';
import { FONT_FAMILY, IMAGE_WIDTH, layoutImage, layoutToSvg, type ImageContent, type ImageLayout } from './image-layout.js';
import type { Widget } from './widget.js';

const SCALE = 2;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || undefined;

function partText(root: ShadowRoot, part: string): string | undefined {
  const el = root.querySelector(`[part~="${part}"]`);
  if (!el) return undefined;
  // A card counting up keeps its final figure in the first span; the moving one is decorative.
  const final = part === 'value' ? el.querySelector('span:not([aria-hidden])') : null;
  return norm((final ?? el).textContent);
}

function attr(w: Widget, name: string): string | undefined {
  return w.attributes.find(([n]) => n === name)?.[1];
}

function content(el: HTMLElement, w: Widget, chart?: { width: number; height: number }): ImageContent {
  const root = el.shadowRoot!;
  const c: ImageContent = {
    kind: w.kind,
    label: partText(root, 'label') ?? attr(w, 'data-label') ?? '',
    // A built-in map's boundary credit travels with every image of it, as its licence asks.
    footer: [partText(root, 'credit'), partText(root, 'footer')].filter(Boolean).join(' · ') || undefined,
    reviewNo: partText(root, 'review-no'),
    care: w.attributes.some(([n]) => n === 'data-care'),
  };
  if (w.kind === 'indicator-card' || w.kind === 'progress-ring') {
    Object.assign(c, { value: partText(root, 'value'), change: partText(root, 'change'), target: partText(root, 'target') });
    const meter = root.querySelector('[role="meter"]');
    if (meter)
      c.fraction =
        (Number(meter.getAttribute('aria-valuenow')) - Number(meter.getAttribute('aria-valuemin') ?? 0)) /
        (Number(meter.getAttribute('aria-valuemax') ?? 100) - Number(meter.getAttribute('aria-valuemin') ?? 0));
  } else {
    c.chart = chart;
    c.legend = partText(root, 'legend');
  }
  return c;
}

function paletteOf(w: Widget) {
  const dark = attr(w, 'data-theme') === 'dark';
  const care = w.attributes.some(([n]) => n === 'data-care');
  return palettes[care ? (dark ? 'care-dark' : 'care') : dark ? 'dark' : 'light'];
}

function measureWith(ctx: CanvasRenderingContext2D) {
  return (text: string, size: number, weight: 400 | 700) => {
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

function paint(ctx: CanvasRenderingContext2D, l: ImageLayout, chartCanvas?: HTMLCanvasElement): void {
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = l.background;
  ctx.strokeStyle = l.border;
  ctx.beginPath();
  ctx.roundRect(0.5, 0.5, l.width - 1, l.height - 1, 8);
  ctx.fill();
  ctx.stroke();
  for (const s of l.shapes) {
    if (s.type === 'text') {
      ctx.font = `${s.weight} ${s.size}px ${FONT_FAMILY}`;
      ctx.fillStyle = s.color;
      ctx.fillText(s.text, s.x, s.y);
    } else if (s.type === 'ring') {
      ctx.lineWidth = s.stroke;
      ctx.strokeStyle = s.track;
      ctx.beginPath();
      ctx.arc(s.cx, s.cy, s.r, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.strokeStyle = s.color;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.arc(s.cx, s.cy, s.r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * s.fraction);
      if (s.fraction > 0) ctx.stroke();
    } else if (chartCanvas) {
      ctx.drawImage(chartCanvas, s.x, s.y, s.width, s.height);
    }
  }
}

/** A file name from the label: letters and digits of any script, dashes between. */
export const fileName = (w: Widget): string =>
  (attr(w, 'data-label') ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || `civic-${w.kind}`;

export interface ExportedImage {
  blob: Blob;
  name: string;
  /** Pixel size of the file (PNG: 2× the CSS size). */
  width: number;
  height: number;
}

/** Makes the PNG or SVG of the previewed element. */
export async function exportImage(el: HTMLElement, w: Widget, format: 'png' | 'svg'): Promise<ExportedImage> {
  await document.fonts?.ready;
  const palette = paletteOf(w);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  // ECharts is loaded only for an element that drew with it: a card or ring image needs none.
  const container = el.shadowRoot?.querySelector<HTMLElement>('[_echarts_instance_]');
  const charts = container ? await import('./chart-image.js') : undefined;
  const live = container && charts?.liveChart(container);
  const chartSize = live ? { width: IMAGE_WIDTH - 48, height: w.kind === 'district-map' ? 400 : 320 } : undefined;
  const l = layoutImage(content(el, w, chartSize), palette, measureWith(ctx));
  const name = fileName(w);
  if (format === 'svg') {
    const chartSvg = live && chartSize ? charts!.chartSvg(live, chartSize) : '';
    const svg = layoutToSvg(l, chartSvg, attr(w, 'data-label'));
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), name, width: l.width, height: l.height };
  }
  const drawn = live && chartSize ? charts!.chartCanvas(live, chartSize, SCALE) : undefined;
  canvas.width = l.width * SCALE;
  canvas.height = l.height * SCALE;
  paint(ctx, l, drawn?.canvas);
  drawn?.dispose();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
  );
  return { blob, name, width: canvas.width, height: canvas.height };
}
