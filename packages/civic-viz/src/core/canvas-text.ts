/**
 * Text handed to ECharts for the canvas. zrender caches text widths in plain objects keyed by
 * the text, so a label that names an `Object.prototype` member ("constructor", "toString",
 * "__proto__") reads a built-in from the cache and writes list pointers onto it: prototype
 * pollution of the whole page from one category label. A trailing word joiner (U+2060:
 * invisible, no line break) makes such a label a key of its own; any other text passes as is.
 */
export const canvasText = (text: string): string => (text in Object.prototype ? text + '\u2060' : text);
