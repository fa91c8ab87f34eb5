/**
 * The trend chart's option builder: normalized data + palette + format options → ECharts
 * option. Pure (no DOM, runs in node tests). Tooltips, legend and text alternatives are the
 * element's own DOM, so the option has no tooltip, legend or aria component.
 */
import type { TrendOption } from '../echarts/trend.js';
import { formatValue, type FormatOptions } from '../core/format.js';
import { trendChartStrings } from './strings.js';
import type { Palette } from '../core/tokens.js';
import type { TrendData } from '../charts/trend/model.js';
import { canvasText } from '../core/canvas-text.js';

export type TrendType = 'line' | 'area' | 'bar';

export interface TrendOptionInput {
  data: TrendData;
  type: TrendType;
  /** Swap the axes: categories top → bottom, values left → right (rankings). */
  horizontal?: boolean;
  stacked?: boolean;
  smooth?: boolean;
  /** Value of the labelled target line. */
  target?: number;
  yMin?: number;
  yMax?: number;
  /** Resolved theme colours (readPalette on the frame). */
  palette: Palette;
  /** The shared formatter's options: every number on the canvas goes through formatValue. */
  format: FormatOptions;
  animate?: boolean;
  /** Care mode: larger text, thicker strokes and symbols. */
  care?: boolean;
  /** CSS font-family of the frame. */
  font?: string;
}

/** Line dash per series: colour is never the only difference between series. */
export const DASHES: ('solid' | 'dashed' | 'dotted' | number[])[] = ['solid', 'dashed', 'dotted', [12, 4, 2, 4], [2, 6], [16, 4]];
/** Point symbol per series. */
export const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'];
/** Fill pattern per bar series (the first is plain). */
export const DECALS: ({
  symbol: string;
  dashArrayX: number[] | number[][];
  dashArrayY: number[];
  rotation: number;
  symbolSize?: number;
} | null)[] = [
  null,
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: Math.PI / 4 },
  {
    symbol: 'circle',
    dashArrayX: [
      [6, 6],
      [0, 6, 6, 0],
    ],
    dashArrayY: [6, 0],
    rotation: 0,
    symbolSize: 0.8,
  },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  {
    symbol: 'rect',
    dashArrayX: [
      [2, 4],
      [2, 4],
    ],
    dashArrayY: [2, 4],
    rotation: 0,
  },
];

/** Colour of series `i` of `count`: the accent for a lone series, else the series palette. */
export const seriesColor = (palette: Palette, i: number, count: number): string =>
  count === 1 ? palette.accent : palette.series[i % palette.series.length];

/** `#rrggbb` (or `#rgb`) with an alpha, for decal strokes; other colour syntaxes pass through. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** A round step for about five intervals up to `v`. */
function niceStep(v: number): number {
  const rough = Math.abs(v) / 5;
  if (!rough) return 1;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
}
/** The smallest round number ≥ v (an axis end that still shows a target above the data). */
export const niceCeil = (v: number): number => (v <= 0 ? 0 : Math.ceil(v / niceStep(v) - 1e-9) * niceStep(v));
/** The largest round number ≤ v. */
export const niceFloor = (v: number): number => -niceCeil(-v);

/** Axis ends: the author's y-min/y-max, else widened so a target outside the data stays visible. */
function extent(input: TrendOptionInput): { min?: number; max?: number } {
  const { data, target, yMin, yMax, stacked } = input;
  const out: { min?: number; max?: number } = {};
  if (yMin != null) out.min = yMin;
  if (yMax != null) out.max = yMax;
  if (target == null) return out;
  let hi = 0;
  let lo = 0;
  if (stacked) {
    data.labels.forEach((_, i) => {
      const pos = data.series.reduce((a, s) => a + Math.max(0, s.values[i] ?? 0), 0);
      const neg = data.series.reduce((a, s) => a + Math.min(0, s.values[i] ?? 0), 0);
      hi = Math.max(hi, pos);
      lo = Math.min(lo, neg);
    });
  } else {
    for (const s of data.series) {
      for (const v of s.values) {
        if (v == null) continue;
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
    }
  }
  if (yMax == null && target > hi) out.max = niceCeil(target);
  if (yMin == null && target < lo) out.min = niceFloor(target);
  return out;
}

/** Builds the ECharts option for a trend chart. */
export function buildTrendOption(input: TrendOptionInput): TrendOption {
  const { data, type, horizontal = false, stacked = false, smooth = false, target, palette, care = false, animate = true } = input;
  const fmt = (v: number) => formatValue(v, input.format);
  const count = data.series.length;
  const fontSize = care ? 18 : 12;
  const stroke = care ? 4 : 2;
  const text = { color: palette.muted, fontSize, fontFamily: input.font };
  const few = data.labels.length <= 12;

  const category = {
    type: 'category' as const,
    data: data.labels.map(canvasText),
    inverse: horizontal,
    boundaryGap: type === 'bar',
    axisLabel: { ...text, hideOverlap: true },
    axisLine: { show: true, lineStyle: { color: palette.muted, width: care ? 2 : 1 } },
    axisTick: { show: type === 'bar', alignWithLabel: true, lineStyle: { color: palette.muted } },
  };
  const value = {
    type: 'value' as const,
    ...extent(input),
    axisLabel: { ...text, formatter: (v: number) => fmt(v) },
    axisLine: { show: false },
    splitLine: { lineStyle: { color: palette.border, width: 1 } },
  };

  const series = data.series.map((s, i) => {
    const color = seriesColor(palette, i, count);
    const values = s.values.map((v) => (v == null ? '-' : v));
    const common = {
      name: canvasText(s.name),
      data: values,
      stack: stacked ? 'total' : undefined,
      animation: animate,
    };
    if (type === 'bar') {
      const decal = count > 1 ? DECALS[i % DECALS.length] : null;
      return {
        ...common,
        type: 'bar' as const,
        barMaxWidth: care ? 64 : 48,
        itemStyle: {
          color,
          ...(decal ? { decal: { ...decal, color: withAlpha(palette.surface, 0.7), backgroundColor: color } } : {}),
          borderColor: color,
          borderWidth: 0,
        },
        // The values of a short, single, unstacked series are printed on the bars.
        label: {
          show: count === 1 && few && !stacked,
          position: horizontal ? ('right' as const) : ('top' as const),
          ...text,
          color: palette.text,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? fmt(p.value) : ''),
        },
        emphasis: { focus: 'none' as const, itemStyle: { borderColor: palette.focus, borderWidth: care ? 4 : 3 } },
      };
    }
    return {
      ...common,
      type: 'line' as const,
      smooth,
      connectNulls: false,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: care ? 12 : 8,
      showSymbol: data.labels.length <= 60,
      lineStyle: { color, width: stroke, type: DASHES[i % DASHES.length] },
      itemStyle: { color, borderColor: palette.surface, borderWidth: care ? 2 : 1 },
      areaStyle: type === 'area' ? { color, opacity: count > 1 && !stacked ? 0.12 : 0.25 } : undefined,
      emphasis: { focus: 'none' as const, scale: 1.6, itemStyle: { borderColor: palette.focus, borderWidth: care ? 4 : 3 } },
    };
  });

  if (target != null && Number.isFinite(target) && series.length) {
    const label = trendChartStrings[input.format.locale].trend.targetLine(fmt(target));
    (series[0] as Record<string, unknown>).markLine = {
      silent: true,
      animation: false,
      symbol: ['none', 'none'],
      lineStyle: { color: palette.text, type: 'dashed', width: care ? 3 : 2 },
      label: { show: true, position: 'insideEndTop', formatter: () => label, ...text, color: palette.text },
      emphasis: { disabled: true },
      data: [horizontal ? { xAxis: target, name: label } : { yAxis: target, name: label }],
    };
  }

  return {
    animation: animate,
    animationDuration: 500,
    animationDurationUpdate: 300,
    color: data.series.map((_, i) => seriesColor(palette, i, count)),
    textStyle: { fontFamily: input.font, fontSize },
    grid: {
      left: 8,
      right: horizontal ? 40 : 16,
      top: target != null ? 28 : 20,
      bottom: 8,
      // ECharts 6's form of containLabel: axis labels stay inside the box.
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series,
  } as TrendOption;
}
