/**
 * Data joined to a map + colour scale + palette → the ECharts option. Pure: the element only
 * wires it to the lifecycle, and node tests check it directly.
 *
 * Every region is drawn: with a value, in the scale's colour; without, in the surface colour
 * with a hatch (ECharts decal) so "no data" never looks like a low value. Every border is in
 * the text colour, so the palest fills still stand apart from the background (mark contrast).
 * Hover and keyboard focus use ECharts' emphasis state (a thick border in the focus colour),
 * the selection its select state (a thick border in the text colour); both lift the region
 * above its neighbours, so the thick border is never half hidden under the next region.
 */
import type { Palette } from '../core/tokens.js';
import type { MapOption } from '../echarts/map.js';
import type { MapView } from './model.js';
import type { ColorScale } from './scale.js';
import { canvasText } from '../core/canvas-text.js';

export interface MapOptionInput {
  /** Name under which the boundaries were registered with `registerMap`. */
  mapName: string;
  view: MapView;
  /** The colour scale; null when no region has a value. */
  scale: ColorScale | null;
  palette: Palette;
  /** `data-show-labels`: print region names on the map. */
  showLabels: boolean;
  /** Care mode: larger labels, thicker strokes. */
  care: boolean;
  animate: boolean;
  /** The selected region (`data-selected`), drawn in ECharts' select state. */
  selected?: string | null;
  /** Font family for labels. */
  font?: string;
  /** Series name (the value column's name), carried into ECharts events. */
  seriesName?: string;
  /** The map's extent `[west, south, east, north]` in degrees; sets the latitude correction. */
  bounds?: readonly [number, number, number, number];
}

/**
 * How much narrower a degree of longitude is than a degree of latitude in the middle of the
 * map: cos(mid-latitude). ECharts stretches longitude by this (its `aspectScale`); its own
 * default, 0.75, is right only around 41°N. Without bounds, the regions' centres stand in.
 */
export function aspectScaleOf(view: MapView, bounds?: readonly [number, number, number, number]): number {
  const lats = bounds ? [bounds[1], bounds[3]] : view.regions.map((r) => r.center[1]);
  if (!lats.length) return 0.75;
  const mid = (Math.min(...lats) + Math.max(...lats)) / 2;
  return Math.max(0.05, Math.cos((mid * Math.PI) / 180));
}

/** The hatch that marks a region without data (a decal, so it survives any fill colour). */
export function noDataDecal(palette: Palette) {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: palette.muted,
    backgroundColor: palette.surface,
    dashArrayX: [1, 0],
    dashArrayY: [2, 5],
    rotation: -Math.PI / 4,
  };
}

/** Builds the map series option. */
export function buildMapOption(input: MapOptionInput): MapOption {
  const { view, scale, palette: p, care } = input;
  const border = care ? 1.5 : 1;
  const thick = care ? 4 : 3;
  const fontSize = care ? 18 : 12;
  const label = {
    show: input.showLabels,
    color: p.text,
    textBorderColor: p.surface,
    textBorderWidth: care ? 3 : 2,
    fontSize,
    fontFamily: input.font,
    fontWeight: care ? 600 : 400,
    // Names are matched to the boundaries as given; only the printed text is made safe.
    formatter: (p: { name: string }) => canvasText(p.name),
  } as const;
  const data = view.regions.map((r) => {
    const fill = r.value == null || !scale ? p.surface : scale.color(r.value);
    return {
      name: r.name,
      value: r.value ?? ('-' as const),
      selected: r.name === input.selected,
      itemStyle: {
        areaColor: fill,
        borderColor: p.text,
        borderWidth: border,
        ...(r.value == null ? { decal: noDataDecal(p) } : {}),
      },
      emphasis: { itemStyle: { areaColor: fill, borderColor: p.focus, borderWidth: thick }, label: { ...label, show: true } },
      select: { itemStyle: { areaColor: fill, borderColor: p.text, borderWidth: thick }, label: { ...label, show: true, fontWeight: 700 } },
    };
  });
  return {
    animation: input.animate,
    animationDurationUpdate: input.animate ? 300 : 0,
    textStyle: { fontFamily: input.font, fontSize },
    series: [
      {
        type: 'map',
        id: 'regions',
        name: canvasText(input.seriesName ?? ''),
        map: input.mapName,
        roam: false,
        selectedMode: 'single',
        // The geographic shape is kept in any box: fitted inside the margins and centred
        // ('contain'), never stretched to the box; the spare room stays empty.
        top: 12,
        bottom: 12,
        left: 12,
        right: 12,
        preserveAspect: 'contain',
        aspectScale: +aspectScaleOf(view, input.bounds).toFixed(4),
        // Labels that would overlap a neighbour's are hidden (ECharts' collision pass); the
        // focused or selected region's label is always shown through its emphasis state.
        labelLayout: { hideOverlap: true },
        cursor: 'pointer',
        label,
        itemStyle: { areaColor: p.surface, borderColor: p.text, borderWidth: border },
        emphasis: { label: { ...label, show: true }, itemStyle: { borderColor: p.focus, borderWidth: thick } },
        select: { label: { ...label, show: true }, itemStyle: { borderColor: p.text, borderWidth: thick } },
        data,
      },
    ],
  };
}
