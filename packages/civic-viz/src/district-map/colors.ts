import { CivicError } from '../core/parse.js';
import type { Palette } from '../core/tokens.js';
import { resolveColor } from './legend.js';
import type { MapView } from './model.js';
import { linearScale, parseBreaks, parseColors, thresholdScale, type ColorScale, type Rgba } from './scale.js';

/** The map's colour options (`data-colors`, `data-scale`, `data-breaks`), read and turned into a scale. */
export class MapColors {
  private stops: Rgba[] = [];
  private breaks: number[] = [];

  /** Reads the attributes; throws CivicError for bad colours or a threshold scale without breaks. */
  read(colors: unknown, scale: string, breaks: unknown): void {
    this.stops = parseColors(colors, resolveColor);
    this.breaks = [];
    if (scale === 'threshold') {
      this.breaks = parseBreaks(breaks);
      if (!this.breaks.length) throw new CivicError('invalid-number', 'data-scale="threshold" needs one or more breaks', 'data-breaks');
    }
  }

  /** The scale for a view: the author's colours, else the palette's ramp; null when no region has a value. */
  scaleFor(view: MapView, palette: Palette): ColorScale | null {
    const values = view.regions.filter((r) => r.value != null).map((r) => r.value!);
    if (!values.length) return null;
    const stops = this.stops.length
      ? this.stops
      : [resolveColor(palette.mapLow) ?? [219, 233, 248, 1], resolveColor(palette.mapHigh) ?? [13, 74, 158, 1]];
    return this.breaks.length ? thresholdScale(this.breaks, stops) : linearScale(values, stops);
  }
}
