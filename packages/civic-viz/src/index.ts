// Side-effect-free main entry: classes and utilities, no custom element is registered here.
export { CivicElement, type State } from './core/base-element.js';
export { define, VERSION } from './core/define.js';
export type * from './core/events.js';
export { formatNumber, formatValue, formatDate, percentChange, unitHasMagnitude, type FormatOptions, type Notation } from './core/format.js';
export { CivicError, parseCsv, parseJson, safeUrl, toCsv } from './core/parse.js';
export { strings, toLocale, type Locale, type Strings, type ErrorCode } from './core/strings.js';
export { palettes, type Palette, type ThemeName } from './core/tokens.js';
export { loading } from './core/data-controller.js';
