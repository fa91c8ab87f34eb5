/**
 * Image export: one standalone SVG (and from it a PNG) per civic-* element, for channels that
 * take pictures only — WeChat articles, print layouts, slides.
 *
 * Every word and number in the image is taken from the element's own server render (the same
 * Lit templates, models, number formats and localized strings the browser uses), found by its
 * `part` names; charts and maps keep the ECharts drawing the pre-renderer made. Only the
 * layout is drawn here, because a rasterizer reads SVG, not HTML and CSS: text becomes SVG
 * `<text>` with a CJK font stack, colours come from the theme's palette, and no external
 * stylesheet, font or image is referenced. Every text and attribute is XML-escaped.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { loadCivic } from './civic.js';
import { isElement, textOf } from './data.js';
import { createMeasure, type Measure } from './measure.js';
import { renderElements, type RenderOptions, type RenderedElement } from './render.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Palette = import('civic-viz/internal/render.js').Palette;

export type ImageTheme = 'light' | 'dark' | 'care';

export interface ImageOptions extends Pick<RenderOptions, 'baseDir' | 'pagePath' | 'lang' | 'fontFiles' | 'maxAttributeLength'> {
  /** Width of each image in CSS px (default 640; a PNG has twice as many device pixels). */
  width?: number;
  /** Palette of every image; default: the element's own `data-theme` / `data-care`. */
  theme?: ImageTheme;
}

export interface ElementImage {
  /** File name without extension: the element's `id`, else a slug of its label, made unique. */
  name: string;
  tag: string;
  /** The element's state (ready, empty, error, loading). */
  state: string;
  svg: string;
  /** Size in CSS px. */
  width: number;
  height: number;
  /** Every text drawn, for glyph checks. */
  texts: string[];
}

const FONT_STACK: Record<string, string> = {
  'zh-Hans': "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  'zh-Hant': "'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif",
  en: "'Noto Sans', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
};

/**
 * The element's default font stack names Simplified Chinese faces first; in a zh-Hant image the
 * chart's own text asks for the Traditional faces, so 鐵 and 區 take Taiwan/Hong Kong glyph forms.
 */
const HANT_FACES: [RegExp, string][] = [
  [/PingFang SC/g, 'PingFang TC'],
  [/Noto Sans CJK SC/g, 'Noto Sans CJK TC'],
  [/Source Han Sans SC/g, 'Source Han Sans TC'],
  [/Microsoft YaHei/g, 'Microsoft JhengHei'],
];

const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** XML text and attribute escaping (also drops characters XML 1.0 forbids, lone surrogates included). */
export const escapeXml = (s: string): string =>
  String(s)
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** A file-name-safe slug: letters (any script) and digits joined by '-', at most 60 characters. */
export function slug(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || ''
  );
}

// ---------- reading the server render ----------

function all(n: Node, out: Element[] = []): Element[] {
  const kids =
    n.nodeName === 'template' ? (n as DefaultTreeAdapterMap['template']).content.childNodes : 'childNodes' in n ? n.childNodes : [];
  for (const c of kids) {
    if (!isElement(c)) continue;
    out.push(c);
    all(c, out);
  }
  return out;
}
const attrOf = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const byPart = (els: Element[], part: string) => els.find((e) => attrOf(e, 'part')?.split(/\s+/).includes(part));
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOfPart = (els: Element[], part: string) => {
  const e = byPart(els, part);
  return e ? clean(textOf(e)) : '';
};

// ---------- drawing ----------

class Canvas {
  parts: string[] = [];
  texts: string[] = [];
  y: number;
  constructor(
    readonly width: number,
    readonly pad: number,
    readonly measure: Measure,
    readonly scale: number,
  ) {
    this.y = pad;
  }

  /** Wrapped text at the cursor; returns the lines drawn. */
  text(s: string, size: number, fill: string, opts: { bold?: boolean; x?: number; maxWidth?: number; gap?: number } = {}): void {
    if (!s) return;
    size *= this.scale;
    const x = opts.x ?? this.pad;
    const max = opts.maxWidth ?? this.width - x - this.pad;
    const font = `${opts.bold ? 'bold ' : ''}${size}px sans-serif`;
    for (const line of wrap(s, max, (t) => this.measure(t, font).width)) {
      this.y += size * 1.1;
      this.parts.push(
        `<text x="${r(x)}" y="${r(this.y)}" font-size="${r(size)}"${opts.bold ? ' font-weight="bold"' : ''} fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      );
      this.texts.push(line);
      this.y += size * 0.35;
    }
    this.y += (opts.gap ?? 6) * this.scale;
  }
}

const r = (n: number) => String(Math.round(n * 100) / 100);

/** Greedy line breaking by measured width: CJK text breaks anywhere, Latin at spaces when it can. */
export function wrap(s: string, max: number, width: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of s.match(/[A-Za-z0-9.,%+\-–()'’:/]+\s*|\s+|./gsu) ?? []) {
    if (line && width(line + token.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
      // A single token wider than the line is cut by characters.
      while (width(line) > max && line.length > 1) {
        let i = line.length - 1;
        while (i > 1 && width(line.slice(0, i)) > max) i--;
        lines.push(line.slice(0, i));
        line = line.slice(i);
      }
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The drawing SVG the pre-renderer embedded, placed at the cursor as a nested `<svg>`. */
function nestedSvg(svgEl: Element, c: Canvas, lang: string): boolean {
  const vb = attrOf(svgEl, 'viewbox') ?? attrOf(svgEl, 'viewBox');
  const m = vb?.split(/[\s,]+/).map(Number);
  if (!m || m.length !== 4 || !(m[2] > 0) || !(m[3] > 0)) return false;
  const w = c.width - 2 * c.pad;
  const h = (w * m[3]) / m[2];
  const copy: Element = {
    ...svgEl,
    attrs: [
      ...svgEl.attrs.filter((a) => !['aria-hidden', 'focusable', 'x', 'y', 'width', 'height', 'xmlns', 'style', 'class'].includes(a.name)),
      { name: 'x', value: r(c.pad) },
      { name: 'y', value: r(c.y + 4) },
      { name: 'width', value: r(w) },
      { name: 'height', value: r(h) },
    ],
  };
  // parse5 writes HTML; these named entities are the only ones it uses that XML lacks.
  // Characters XML forbids (a label may carry them) are dropped, as in every other text.
  let markup = serialize({ nodeName: '#document-fragment', childNodes: [copy] } as unknown as DefaultTreeAdapterMap['documentFragment'])
    .replace(/&nbsp;/g, '&#160;')
    .replace(XML_FORBIDDEN, '');
  if (lang === 'zh-Hant')
    markup = markup.replace(/font-family="[^"]*"/g, (attr) => HANT_FACES.reduce((a, [re, tc]) => a.replace(re, tc), attr));
  // ECharts numbers its pattern and clip ids with a process-wide counter: renumbered per image,
  // so the same input gives the same bytes however many images were drawn before.
  const ids = new Map<string, number>();
  c.parts.push(markup.replace(/\bzr(\d+)-/g, (_, n: string) => `zr${ids.get(n) ?? (ids.set(n, ids.size), ids.size - 1)}-`));
  for (const t of all(copy)) if (t.tagName === 'text' || t.tagName === 'tspan') c.texts.push(clean(textOf(t)));
  c.y += h + 8;
  return true;
}

/** Ring SVG of a progress ring, with its CSS classes turned into palette colours. */
function ringSvg(ring: Element, p: Palette, size: number, x: number, y: number): string {
  const stroke = (cls: string) => {
    const c = cls.split(/\s+/);
    if (c.includes('track')) return { stroke: p.border };
    if (c.includes('prev')) return { stroke: p.muted, opacity: '0.4' };
    if (c.includes('tick')) return { stroke: p.text };
    const series = c.find((k) => /^c[1-6]$/.test(k));
    return { stroke: series ? p.series[Number(series.slice(1)) - 1] : p.accent };
  };
  const paint = (el: Element): string => {
    const a = (n: string) => attrOf(el, n);
    const s = stroke(a('class') ?? '');
    const common = `fill="none" stroke="${escapeXml(s.stroke)}"${s.opacity ? ` stroke-opacity="${s.opacity}"` : ''}`;
    if (el.tagName === 'g')
      return `<g transform="${escapeXml(a('transform') ?? '')}" stroke-width="${escapeXml(a('stroke-width') ?? '10')}">${el.childNodes.filter(isElement).map(paint).join('')}</g>`;
    if (el.tagName === 'circle') {
      // The element dashes in percent of pathLength="100", which resvg ignores: the same dashes
      // in user units of this circle's circumference.
      const sw = a('stroke-width');
      const radius = Number(a('r')) || 0;
      const per = (2 * Math.PI * radius) / 100;
      const dash = (a('stroke-dasharray') ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((d) => r((Number(d) || 0) * per))
        .join(' ');
      return `<circle cx="${escapeXml(a('cx') ?? '50')}" cy="${escapeXml(a('cy') ?? '50')}" r="${r(radius)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${sw ? ` stroke-width="${escapeXml(sw)}"` : ''} ${common}/>`;
    }
    if (el.tagName === 'path') return `<path d="${escapeXml(a('d') ?? '')}" stroke-width="3" ${common}/>`;
    return '';
  };
  return `<svg x="${r(x)}" y="${r(y)}" width="${r(size)}" height="${r(size)}" viewBox="0 0 100 100">${ring.childNodes.filter(isElement).map(paint).join('')}</svg>`;
}

function footer(els: Element[], c: Canvas, p: Palette, sep: string): void {
  const f = byPart(els, 'footer');
  if (!f) return;
  const spans = f.childNodes
    .filter(isElement)
    .filter((e) => e.tagName === 'span')
    .map((e) => clean(textOf(e)))
    .filter(Boolean);
  if (spans.length) c.text(spans.join(sep), 12, p.muted, { gap: 0 });
}

/** Composes the image of one rendered element. */
function compose(
  item: RenderedElement,
  civic: Awaited<ReturnType<typeof loadCivic>>,
  width: number,
  measure: Measure,
): Omit<ElementImage, 'name'> {
  const { env } = item.job;
  const p: Palette = env.care
    ? env.dark
      ? civic.palettes['care-dark']
      : civic.palettes.care
    : env.dark
      ? civic.palettes.dark
      : civic.palettes.light;
  const scale = env.care ? 1.25 : 1;
  const c = new Canvas(width, 20 * scale, measure, scale);
  const els = all(parseFragment(item.shadow));
  const sep = env.locale === 'en' ? ' · ' : '　';
  const label = textOfPart(els, 'label');
  c.text(label, 16, p.text, { bold: true });
  const message = textOfPart(els, 'message');
  if (message) c.text(message, 14, p.muted);
  else if (item.tag === 'civic-indicator-card') {
    c.text(textOfPart(els, 'value'), 36, p.text, { bold: true, gap: 8 });
    const spark = byPart(els, 'sparkline');
    const sparkSvg = spark && all(spark).find((e) => e.tagName === 'svg' && (attrOf(e, 'viewbox') || attrOf(e, 'viewBox')));
    if (sparkSvg) nestedSvg(sparkSvg, c, env.locale);
    const ch = byPart(els, 'change');
    if (ch) {
      const cls = attrOf(ch, 'class') ?? '';
      c.text(clean(textOf(ch)), 14, /\bgood\b/.test(cls) ? p.positive : /\bbad\b/.test(cls) ? p.negative : p.muted);
    }
    c.text(textOfPart(els, 'target'), 14, p.muted);
    const fill = els.find((e) => e.tagName === 'rect' && attrOf(e, 'class') === 'fill');
    if (fill) {
      const pct = Math.min(100, Math.max(0, parseFloat(attrOf(fill, 'width') ?? '0') || 0));
      const w = c.width - 2 * c.pad;
      c.parts.push(
        `<rect x="${r(c.pad)}" y="${r(c.y)}" width="${r(w)}" height="${r(4 * scale)}" fill="${escapeXml(p.border)}"/><rect x="${r(c.pad)}" y="${r(c.y)}" width="${r((w * pct) / 100)}" height="${r(4 * scale)}" fill="${escapeXml(p.accent)}"/>`,
      );
      c.y += 12 * scale;
    }
  } else if (item.tag === 'civic-progress-ring') {
    const ring = byPart(els, 'ring');
    const size = 140 * scale;
    const top = c.y + 4;
    if (ring) c.parts.push(ringSvg(ring, p, size, c.pad, top));
    const value = textOfPart(els, 'value');
    if (value) {
      const fs = Math.min(26 * scale, (size * 0.5) / Math.max(1, measure(value, 'bold 1px sans-serif').width));
      c.parts.push(
        `<text x="${r(c.pad + size / 2)}" y="${r(top + size / 2 + fs * 0.35)}" font-size="${r(fs)}" font-weight="bold" text-anchor="middle" fill="${escapeXml(p.text)}">${escapeXml(value)}</text>`,
      );
      c.texts.push(value);
    }
    const x = c.pad + size + 16 * scale;
    c.y = top;
    const legendItems = els.filter((e) => e.tagName === 'li' && byPart(els, 'legend'));
    if (legendItems.length) {
      c.text(textOf(els.find((e) => attrOf(e, 'id') === 'legend')!).trim(), 13, p.muted, { x });
      legendItems.forEach((li, i) => {
        const sw = 10 * scale;
        c.parts.push(
          `<rect x="${r(x)}" y="${r(c.y + 4 * scale)}" width="${r(sw)}" height="${r(sw)}" fill="${escapeXml(p.series[i % 6])}"/>`,
        );
        c.text(`${i + 1}. ${clean(textOf(li))}`, 13, p.text, { x: x + sw + 6 * scale, gap: 2 });
      });
    } else {
      c.y += size / 2 - 30 * scale;
      c.text(textOfPart(els, 'change'), 14, p.muted, { x, gap: 2 });
      c.text(textOfPart(els, 'target'), 14, p.muted, { x, gap: 2 });
    }
    c.y = Math.max(c.y, top + size + 8 * scale);
  } else {
    const svgEl = els.find((e) => e.tagName === 'svg' && !attrOf(e, 'class') && (attrOf(e, 'viewbox') || attrOf(e, 'viewBox')));
    if (svgEl) nestedSvg(svgEl, c, env.locale);
    const legend = byPart(els, 'legend');
    if (legend) {
      const items = legend.childNodes.filter(isElement).filter((li) => clean(textOf(li)));
      const swatches = mapSwatches(item, p);
      let x = c.pad;
      const size = 13;
      c.y += 2;
      items.forEach((li, i) => {
        const t = clean(textOf(li));
        const swatch = li.childNodes.find((k): k is Element => isElement(k) && (k.tagName === 'span' || k.tagName === 'svg'));
        const cls = swatch ? (attrOf(swatch, 'class') ?? '') : '';
        // A trend legend's sample repeats the line's dash and marker or the bar's pattern: the
        // element's own key drawing, coloured, so colour is not the only encoding in the image.
        const key = swatch?.tagName === 'svg';
        const sw = (key ? 22 : 10) * scale;
        const w = sw + 6 + measure(t, `${size * scale}px sans-serif`).width + 16;
        if (x > c.pad && x + w > c.width - c.pad) {
          x = c.pad;
          c.y += size * scale * 1.6;
        }
        const color = /\bnodata\b/.test(cls)
          ? p.border
          : item.tag === 'civic-trend-chart'
            ? p.series[Number(/\bs(\d)\b/.exec(cls)?.[1] ?? i) % 6]
            : (swatches[Number(attrOf(swatch ?? li, 'data-swatch') ?? i)] ?? p.muted);
        c.parts.push(
          key
            ? keySvg(swatch!, color, p.surface, x, c.y + 3 * scale, sw, 10 * scale)
            : `<rect x="${r(x)}" y="${r(c.y + 3 * scale)}" width="${r(sw)}" height="${r(sw)}" fill="${escapeXml(color)}"/>`,
        );
        c.parts.push(
          `<text x="${r(x + sw + 6)}" y="${r(c.y + size * scale)}" font-size="${r(size * scale)}" fill="${escapeXml(p.text)}">${escapeXml(t)}</text>`,
        );
        c.texts.push(t);
        x += w;
      });
      c.y += size * scale * 1.6 + 4;
    }
    c.text(textOfPart(els, 'unmatched'), 12, p.muted);
    if (item.tag === 'civic-district-map') {
      const n = (item.attributes['data-review-no'] ?? '').trim();
      if (n) c.text(civic.districtMapStrings[env.locale].map.reviewNo(n), 12, p.text);
      const credit = els.find((e) => attrOf(e, 'class') === 'credit');
      if (credit) c.text(clean(textOf(credit)), 11, p.muted);
    }
  }
  footer(els, c, p, sep);
  const height = Math.ceil(c.y + c.pad);
  const lang = env.locale === 'zh-Hant' ? 'zh-Hant' : env.locale === 'en' ? 'en' : 'zh-Hans';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK[lang])}" xml:lang="${lang}">` +
    (label ? `<title>${escapeXml(label)}</title>` : '') +
    `<rect width="100%" height="100%" fill="${escapeXml(p.surface)}"/>` +
    c.parts.join('') +
    '</svg>\n';
  return { tag: item.tag, state: item.state, svg, width, height, texts: c.texts };
}

const KEY_SHAPES = new Set(['line', 'rect', 'path', 'circle']);
const KEY_ATTRS = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'rx',
  'cx',
  'cy',
  'r',
  'd',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
]);

/** A trend legend key (the element's 22×10 sample) as SVG, currentColor and the CSS strokes resolved. */
function keySvg(key: Element, color: string, surface: string, x: number, y: number, w: number, h: number): string {
  const shapes = key.childNodes.filter(isElement).filter((e) => KEY_SHAPES.has(e.tagName));
  const body = shapes
    .map((e) => {
      const cls = attrOf(e, 'class') ?? '';
      const attrs = e.attrs
        .filter((a) => KEY_ATTRS.has(a.name))
        .map((a) => ` ${a.name}="${escapeXml(a.value)}"`)
        .join('');
      const fill = attrOf(e, 'fill') === 'currentColor' ? color : 'none';
      const stroke = /\b(pattern|mark)\b/.test(cls) ? surface : attrOf(e, 'stroke') === 'currentColor' ? color : 'none';
      return `<${e.tagName}${attrs} fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}"/>`;
    })
    .join('');
  return `<svg x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" viewBox="0 0 22 10">${body}</svg>`;
}

/** Swatch colours of a map's legend: the element's own colour scale for this palette. */
function mapSwatches(item: RenderedElement, p: Palette): string[] {
  const el = item.element as unknown as {
    view?: unknown;
    scaleFor?(v: unknown, p: Palette): { kind: string; stops?: string[]; classes?: { color: string }[] } | null;
  };
  if (item.tag !== 'civic-district-map' || !el?.view || !el.scaleFor) return [];
  const s = el.scaleFor(el.view, p);
  if (!s) return [];
  return s.kind === 'linear' ? [s.stops![0], s.stops![s.stops!.length - 1]] : s.classes!.map((k) => k.color);
}

/** Images of every civic-* element of a page, in document order, with unique names. */
export async function renderImages(html: string, options: ImageOptions = {}): Promise<{ images: ElementImage[]; warnings: string[] }> {
  const width = Math.round(Math.max(240, Math.min(2000, Number(options.width) || 640)));
  const care = options.theme === 'care';
  const pad = 20 * (care ? 1.25 : 1);
  const { elements, warnings } = await renderElements(html, { ...options, chartWidth: width - 2 * pad }, (job) => {
    job.autoTheme = false;
    if (options.theme) {
      job.env.dark = options.theme === 'dark';
      job.env.care = care;
    }
  });
  const civic = await loadCivic();
  const { measure } = createMeasure(options.fontFiles);
  const used = new Map<string, number>();
  const images = elements.map((item, i) => {
    const base =
      slug(item.attributes.id ?? '') ||
      slug(item.attributes['data-label'] ?? '') ||
      slug(textOfPart(all(parseFragment(item.shadow)), 'label')) ||
      `${item.tag.replace(/^civic-/, '')}-${i + 1}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base}-${n}`;
    return { name, ...compose(item, civic, width, measure) };
  });
  // A later base name may equal an earlier deduplicated one ("a-2"): suffix again until unique.
  const seen = new Set<string>();
  for (const img of images) {
    let name = img.name;
    for (let k = 2; seen.has(name); k++) name = `${img.name}-${k}`;
    seen.add(name);
    img.name = name;
  }
  return { images, warnings };
}
