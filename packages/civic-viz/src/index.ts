// Side-effect-free main entry: classes and utilities, no custom element is registered here.
export { CivicElement, type State } from './core/base-element.js';
export { define, VERSION } from './core/define.js';
export type * from './core/events.js';
export {
  formatNumber,
  formatValue,
  formatDate,
  percentChange,
  unitHasMagnitude,
  type FormatOptions,
  type Notation,
} from './core/format.js';
export { CivicError, safeUrl } from './core/parse.js';
export { parseJson } from './core/json.js';
export { parseCsv, toCsv } from './core/csv.js';
export { toLocale, type Locale, type ErrorCode } from './core/strings.js';
export { palettes, type Palette, type ThemeName } from './core/tokens.js';
export { loading } from './core/data-controller.js';
