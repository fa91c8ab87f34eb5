/**
 * The layout of an exported image (PNG or SVG) and its SVG text: title, the figure (value, ring
 * or chart), change and target, legend, source and date, and a map's review number (审图号).
 * Pure: text widths come from a measure function (a canvas in the browser, a guess in tests),
 * and every text and attribute written into the SVG is XML-escaped.
 */
export interface ImageContent {
  kind: 'indicator-card' | 'progress-ring' | 'trend-chart' | 'district-map';
  label: string;
  /** The formatted figure (cards and rings): "2.19亿元", "92%". */
  value?: string;
  change?: string;
  target?: string;
  /** Ring: filled share, 0…1. */
  fraction?: number;
  /** Charts and maps: size of the drawing in CSS px (drawn by ECharts). */
  chart?: { width: number; height: number };
  legend?: string;
  footer?: string;
  reviewNo?: string;
  /** Care mode (关怀模式): every text at least 18 px, the figure larger still. */
  care?: boolean;
}

export interface ImagePalette {
  surface: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
}

export type Shape =
  | { type: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 700; color: string }
  | { type: 'ring'; cx: number; cy: number; r: number; stroke: number; fraction: number; color: string; track: string }
  | { type: 'chart'; x: number; y: number; width: number; height: number };

export interface ImageLayout {
  width: number;
  height: number;
  background: string;
  border: string;
  shapes: Shape[];
}

/** Width of `text` in px at a font size and weight. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

export const IMAGE_WIDTH = 640;
const PAD = 24;

/** Breaks text into lines no wider than `max` (at spaces for Latin text, anywhere in CJK text). */
export function wrap(text: string, max: number, size: number, weight: 400 | 700, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\p{Script=Han}\p{P}]|[^\s\p{Script=Han}\p{P}]+|\s+/gu) ?? []) {
    const next = line + token;
    if (line && measure(next.trimEnd(), size, weight) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Positions every part of the image. */
export function layoutImage(c: ImageContent, palette: ImagePalette, measure: Measure, width = IMAGE_WIDTH): ImageLayout {
  const shapes: Shape[] = [];
  const inner = width - 2 * PAD;
  let y = PAD;
  // Care mode scales every size by 1.25 (14 px → 18 px, the smallest text it allows).
  const scale = c.care ? 1.25 : 1;
  const text = (t: string | undefined, base: number, weight: 400 | 700, color: string, x = PAD, max = inner) => {
    if (!t) return;
    const size = Math.round(base * scale);
    for (const line of wrap(t, max, size, weight, measure)) {
      y += size * 1.3;
      shapes.push({ type: 'text', x, y: Math.round(y - size * 0.3), text: line, size, weight, color });
    }
    y += size * 0.35;
  };
  text(c.label, 20, 700, palette.text);
  if (c.kind === 'progress-ring') {
    const r = 56;
    const top = y + 8;
    shapes.push({
      type: 'ring',
      cx: PAD + r + 8,
      cy: top + r + 8,
      r,
      stroke: 12,
      fraction: Math.max(0, Math.min(1, c.fraction ?? 0)),
      color: palette.accent,
      track: palette.border,
    });
    const x = PAD + 2 * r + 40;
    y = top;
    text(c.value, 36, 700, palette.text, x, width - PAD - x);
    text(c.change, 16, 400, palette.text, x, width - PAD - x);
    text(c.target, 16, 400, palette.muted, x, width - PAD - x);
    y = Math.max(y, top + 2 * r + 16) + 12;
  } else if (c.kind === 'indicator-card') {
    text(c.value, 40, 700, palette.text);
    text(c.change, 16, 400, palette.text);
    text(c.target, 16, 400, palette.muted);
  } else if (c.chart) {
    y += 4;
    shapes.push({ type: 'chart', x: PAD, y: Math.round(y), width: c.chart.width, height: c.chart.height });
    y += c.chart.height + 8;
    text(c.legend, 14, 400, palette.muted);
  }
  y += 4;
  text(c.footer, 14, 400, palette.muted);
  text(c.reviewNo, 14, 400, palette.muted);
  return { width, height: Math.ceil(y + PAD - 8), background: palette.surface, border: palette.border, shapes };
}

const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** XML escaping for text and attribute values (characters XML forbids are dropped). */
export const escapeXml = (s: string): string =>
  s
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

/**
 * The standalone SVG. `chartSvg` is ECharts' own SVG of the chart (from its SVG renderer), placed
 * where the layout's chart box is; it is ECharts output, never editor text.
 */
export function layoutToSvg(l: ImageLayout, chartSvg = '', title = ''): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" font-family="${escapeXml(FONT_FAMILY)}">`,
  ];
  if (title) out.push(`<title>${escapeXml(title)}</title>`);
  out.push(
    `<rect x="0.5" y="0.5" width="${l.width - 1}" height="${l.height - 1}" rx="8" fill="${escapeXml(l.background)}" stroke="${escapeXml(l.border)}"/>`,
  );
  for (const s of l.shapes) {
    if (s.type === 'text') {
      out.push(
        `<text x="${s.x}" y="${s.y}" font-size="${s.size}" font-weight="${s.weight}" fill="${escapeXml(s.color)}">${escapeXml(s.text)}</text>`,
      );
    } else if (s.type === 'ring') {
      const len = 2 * Math.PI * s.r;
      out.push(
        `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="none" stroke="${escapeXml(s.track)}" stroke-width="${s.stroke}"/>`,
        `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="none" stroke="${escapeXml(s.color)}" stroke-width="${s.stroke}" stroke-linecap="round" stroke-dasharray="${(len * s.fraction).toFixed(2)} ${len.toFixed(2)}" transform="rotate(-90 ${s.cx} ${s.cy})"/>`,
      );
    } else if (chartSvg) {
      out.push(chartSvg.replace(/^\s*<svg\b/, `<svg x="${s.x}" y="${s.y}"`));
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
