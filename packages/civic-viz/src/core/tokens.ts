import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens of each theme: the single source for the CSS defaults, the ECharts theme
 * and the contrast tests. Public `--civic-<name>` properties override them from page CSS.
 */
export interface Palette {
  /** Surface (background) of the widget. */
  surface: string;
  /** Main text. */
  text: string;
  /** Secondary text: labels, footers, axes. */
  muted: string;
  /** Primary mark colour: bars, lines, the ring's arc. */
  accent: string;
  /** Colour for a change in the good direction (text and arrow). */
  positive: string;
  /** Colour for a change in the bad direction. */
  negative: string;
  /** Faint structure: borders, grid lines, the ring's track. Decorative, not a mark. */
  border: string;
  /** Focus ring. */
  focus: string;
  /** Map colour ramp low end (a fill behind text-free regions, outlined by `text`). */
  mapLow: string;
  /** Map colour ramp high end. */
  mapHigh: string;
  /** Series colours 1–6 for multi-series charts, each a mark colour. */
  series: [string, string, string, string, string, string];
}

export type ThemeName = 'light' | 'dark' | 'care' | 'care-dark';

export const palettes: Record<ThemeName, Palette> = {
  light: {
    surface: '#ffffff',
    text: '#1f2328',
    muted: '#57606a',
    accent: '#1f63c6',
    positive: '#1a7f37',
    negative: '#c62828',
    border: '#d0d7de',
    focus: '#0b57d0',
    mapLow: '#dbe9f8',
    mapHigh: '#0d4a9e',
    series: ['#1f63c6', '#c2410c', '#15803d', '#7e3fbf', '#b3186b', '#0e7490'],
  },
  dark: {
    surface: '#16191d',
    text: '#e6edf3',
    muted: '#a5afbb',
    accent: '#6cb6ff',
    positive: '#56d364',
    negative: '#ff8379',
    border: '#3b434d',
    focus: '#8ec5ff',
    mapLow: '#22364d',
    mapHigh: '#8fcaff',
    series: ['#6cb6ff', '#ffa657', '#56d364', '#d2a8ff', '#ff7eb6', '#39c5cf'],
  },
  care: {
    surface: '#ffffff',
    text: '#000000',
    muted: '#2b2b2b',
    accent: '#003f9e',
    positive: '#00661f',
    negative: '#a8001c',
    border: '#5c5c5c',
    focus: '#c40000',
    mapLow: '#cfe0f5',
    mapHigh: '#002a6e',
    series: ['#003f9e', '#9a3100', '#00661f', '#5b1f9e', '#8f0050', '#005566'],
  },
  'care-dark': {
    surface: '#000000',
    text: '#ffffff',
    muted: '#e0e0e0',
    accent: '#8fc4ff',
    positive: '#7ee787',
    negative: '#ffa198',
    border: '#9a9a9a',
    focus: '#ffd33d',
    mapLow: '#1d3250',
    mapHigh: '#b6dcff',
    series: ['#8fc4ff', '#ffb77a', '#7ee787', '#dcbdfb', '#ff9bce', '#76e3ea'],
  },
};

/** `mapLow` → `map-low`: the CSS name of a palette key. */
export const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Private `--_x: var(--civic-x, default)` declarations for one palette (also used by the pre-renderer). */
export function tokenDeclarations(p: Palette): string {
  const entries: [string, string][] = Object.entries(p).flatMap(([k, v]) =>
    Array.isArray(v) ? v.map((c, i): [string, string] => [`series-${i + 1}`, c]) : [[kebab(k), v as string]],
  );
  // The public name of `muted` is the documented `--civic-text-muted`.
  const publicName = (name: string) => (name === 'muted' ? 'text-muted' : name);
  return entries.map(([name, value]) => `--_${name}:var(--civic-${publicName(name)},${value});`).join('');
}

/**
 * Token styles for the shadow root: the frame's class picks the palette.
 * Care mode also enlarges text and strokes and removes motion (docs/guide/accessibility.html).
 */
export const tokenStyles: CSSResult = css`
  .frame { ${unsafeCSS(tokenDeclarations(palettes.light))}
    --_font: var(--civic-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--civic-font-size, 14px);
    --_value-size: var(--civic-value-size, 32px);
    --_stroke: var(--civic-stroke-width, 2px);
    --_radius: var(--civic-radius, 8px);
    --_target-size: 24px;
  }
  .frame.dark { ${unsafeCSS(tokenDeclarations(palettes.dark))} }
  .frame.care { ${unsafeCSS(tokenDeclarations(palettes.care))}
    --_font-size: var(--civic-care-font-size, 18px);
    --_value-size: var(--civic-care-value-size, 44px);
    --_stroke: 4px;
    --_target-size: 44px;
  }
  .frame.care.dark { ${unsafeCSS(tokenDeclarations(palettes['care-dark']))} }
`;
