import { forcedColors } from '../core/environment.js';
import { kebab, palettes, type Palette } from '../core/tokens.js';

// Only charts read colours back from CSS (a canvas cannot use custom properties): this lives
// apart from the token styles every element loads, so a card or ring page never downloads it.

/**
 * The palette under forced colours (Windows High Contrast): the browser recolours the DOM but
 * not a canvas, so charts draw in the user's system colours themselves. Series keep their
 * dashes, symbols and hatches, so one colour for several series still tells them apart.
 */
const SYSTEM: Record<Exclude<keyof Palette, 'series'>, string> = {
  surface: 'Canvas',
  text: 'CanvasText',
  muted: 'CanvasText',
  accent: 'Highlight',
  positive: 'CanvasText',
  negative: 'CanvasText',
  border: 'GrayText',
  focus: 'Highlight',
  mapLow: 'Canvas',
  mapHigh: 'Highlight',
};
const SYSTEM_SERIES = ['Highlight', 'CanvasText', 'LinkText'];

/** System colour keywords resolved to rgb() through a hidden probe (ECharts cannot read `CanvasText`). */
function systemPalette(el: Element): Palette {
  const probe = document.createElement('i');
  probe.hidden = true;
  (el.parentNode ?? el).appendChild(probe);
  const resolve = (c: string) => ((probe.style.color = c), getComputedStyle(probe).color);
  const out = Object.fromEntries(Object.entries(SYSTEM).map(([k, c]) => [k, resolve(c)])) as Record<string, unknown>;
  const series = SYSTEM_SERIES.map(resolve);
  out.series = [0, 1, 2, 3, 4, 5].map((i) => series[i % series.length]);
  probe.remove();
  return out as unknown as Palette;
}

/**
 * Reads the resolved palette from an element inside the shadow root (CSS overrides included;
 * system colours under forced colours). Pass the element's computed style when the caller reads
 * more from it (one style pass).
 */
export function readPalette(el: Element, cs: CSSStyleDeclaration = getComputedStyle(el)): Palette {
  if (forcedColors()) return systemPalette(el);
  const get = (name: string) => cs.getPropertyValue(`--_${name}`).trim();
  const base = palettes.light;
  const out = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(base)) {
    out[k] = Array.isArray(v) ? v.map((c, i) => get(`series-${i + 1}`) || c) : get(kebab(k)) || v;
  }
  return out as unknown as Palette;
}
