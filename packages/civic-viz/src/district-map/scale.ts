/**
 * Colour scales for the district map: parsing `data-colors` and `data-breaks`, linear
 * interpolation between two or more colours (low → high), threshold classes, and the legend as
 * text. Pure: no DOM, no ECharts. Colours are read as hex, rgb()/rgba() or hsl()/hsla(); the
 * element passes a browser-backed resolver for any other CSS colour (named colours, oklch() …).
 */
import { CivicError, toNumber } from '../core/parse.js';
import { parseList } from '../core/json.js';

/** A colour as red, green, blue (0–255) and alpha (0–1). */
export type Rgba = [number, number, number, number];

/** Turns a CSS colour into Rgba, or null when it is not one. */
export type ColorResolver = (text: string) => Rgba | null;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function channel(part: string, max: number): number {
  const p = part.trim();
  const n = p.endsWith('%') ? (parseFloat(p) / 100) * max : parseFloat(p);
  return Number.isFinite(n) ? clamp(n, 0, max) : NaN;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** Parses hex (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba() and hsl()/hsla(); null otherwise. */
export function parseColor(text: string): Rgba | null {
  const s = String(text).trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    let h = hex[1];
    if (h.length <= 4) h = Array.from(h, (c) => c + c).join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  const fn = /^(rgba?|hsla?)\(\s*([^)]*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[2].split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const alpha = parts[3] === undefined ? 1 : channel(parts[3], 1);
  let rgb: number[];
  if (fn[1].startsWith('rgb')) rgb = parts.slice(0, 3).map((p) => channel(p, 255));
  else {
    const hue = parseFloat(parts[0]);
    const sat = channel(parts[1], 1);
    const light = channel(parts[2], 1);
    if (!Number.isFinite(hue) || !parts[1].endsWith('%') || !parts[2].endsWith('%')) return null;
    rgb = hslToRgb(((hue % 360) + 360) % 360, sat, light);
  }
  const out = [...rgb, alpha];
  return out.every(Number.isFinite) ? (out as Rgba) : null;
}

const hex2 = (n: number) =>
  Math.round(clamp(n, 0, 255))
    .toString(16)
    .padStart(2, '0');

/** Writes a colour as #rrggbb, or rgba() when it is translucent. */
export function formatColor([r, g, b, a]: Rgba): string {
  if (a >= 1) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
  return `rgba(${Math.round(r)},${Math.round(g)},${Math.round(b)},${+a.toFixed(3)})`;
}

/** The colour at `t` (0–1) along a ramp of two or more colours, interpolated linearly in sRGB. */
export function rampColor(colors: readonly Rgba[], t: number): Rgba {
  if (colors.length === 1) return colors[0];
  const x = clamp(Number.isFinite(t) ? t : 0, 0, 1) * (colors.length - 1);
  const i = Math.min(colors.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [colors[i], colors[i + 1]];
  return a.map((v, k) => v + (b[k] - v) * f) as Rgba;
}

/**
 * Parses `data-colors`: a JSON array or comma list of two or more colours, low → high. An empty
 * value means "use the theme's --civic-map-low/--civic-map-high" (returns []).
 */
export function parseColors(raw: unknown, resolve: ColorResolver = parseColor, attribute = 'data-colors'): Rgba[] {
  if (raw == null || raw === '') return [];
  let list: string[];
  if (typeof raw === 'string' && !raw.trim().startsWith('[')) {
    // rgb(1, 2, 3) holds commas: split only on commas outside parentheses.
    list = raw.split(/[,，](?![^(]*\))/).map((s) => s.trim());
  } else list = parseList(raw, attribute);
  list = list.filter((s) => s !== '');
  if (list.length < 2) throw new CivicError('invalid-json', 'needs two or more colours, low to high', attribute);
  return list.map((c) => {
    const rgba = resolve(c);
    if (!rgba) throw new CivicError('invalid-json', `${JSON.stringify(c.slice(0, 40))} is not a colour`, attribute);
    return rgba;
  });
}

/** Parses `data-breaks`: ascending finite numbers, comma list or JSON array. */
export function parseBreaks(raw: unknown, attribute = 'data-breaks'): number[] {
  const items = Array.isArray(raw) ? raw : parseList(raw, attribute);
  const breaks = items.map((x, i) => toNumber(x, attribute, `break ${i + 1}`));
  for (let i = 1; i < breaks.length; i++) {
    if (!(breaks[i] > breaks[i - 1])) {
      throw new CivicError('invalid-number', `breaks must be strictly ascending (${breaks[i - 1]} then ${breaks[i]})`, attribute);
    }
  }
  return breaks;
}

/** One class of a threshold scale: values in [from, to) get `color`; null = unbounded. */
export interface ThresholdClass {
  color: string;
  from: number | null;
  to: number | null;
}

/** A colour scale: a colour for each value, and what the legend shows. */
export type ColorScale =
  | { kind: 'linear'; min: number; max: number; stops: string[]; color: (v: number) => string }
  | { kind: 'threshold'; classes: ThresholdClass[]; color: (v: number) => string };

/** Linear scale from the smallest to the largest value (one value alone takes the high end). */
export function linearScale(values: readonly number[], colors: readonly Rgba[]): ColorScale {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  return {
    kind: 'linear',
    min,
    max,
    stops: colors.map(formatColor),
    color: (v) => formatColor(rampColor(colors, span > 0 ? (v - min) / span : 1)),
  };
}

/**
 * Threshold scale: k ascending breaks make k + 1 classes (below the first break, between
 * breaks, at or above the last). With exactly k + 1 colours each class takes one; otherwise
 * the class colours are sampled evenly along the ramp.
 */
export function thresholdScale(breaks: readonly number[], colors: readonly Rgba[]): ColorScale {
  const n = breaks.length + 1;
  const pick = (i: number) => formatColor(colors.length === n ? colors[i] : rampColor(colors, n > 1 ? i / (n - 1) : 1));
  const classes: ThresholdClass[] = Array.from({ length: n }, (_, i) => ({
    color: pick(i),
    from: i === 0 ? null : breaks[i - 1],
    to: i === n - 1 ? null : breaks[i],
  }));
  return {
    kind: 'threshold',
    classes,
    color: (v) => classes[breaks.filter((b) => v >= b).length].color,
  };
}

/** Localized range words for legend text. */
export interface RangeWords {
  below: (v: string) => string;
  atLeast: (v: string) => string;
  range: (from: string, to: string) => string;
}

/** A legend entry: a swatch colour and its text. */
export interface LegendEntry {
  color: string;
  text: string;
}

/**
 * The legend as text: for a threshold scale one entry per class ("低于40处", "40–60处",
 * "80处及以上"); for a linear scale the low and high ends with their values. `format` writes a
 * value with its unit, `bare` without (the first number of a range).
 */
export function legendEntries(
  scale: ColorScale,
  format: (v: number) => string,
  words: RangeWords & { lowest: string; highest: string },
  bare: (v: number) => string = format,
): LegendEntry[] {
  if (scale.kind === 'linear') {
    return [
      { color: scale.stops[0], text: `${words.lowest} ${format(scale.min)}` },
      { color: scale.stops[scale.stops.length - 1], text: `${words.highest} ${format(scale.max)}` },
    ];
  }
  return scale.classes.map((c) => ({
    color: c.color,
    text:
      c.from == null ? words.below(format(c.to!)) : c.to == null ? words.atLeast(format(c.from)) : words.range(bare(c.from), format(c.to)),
  }));
}
