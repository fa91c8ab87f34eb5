/**
 * What `data-src` does with a CSV after the network: decode the bytes, parse and tidy the CSV,
 * read every number into the trend chart's model. Built by scripts/bench.mjs (Vite, minified)
 * from the library's own modules, so the page times exactly the shipped code.
 */
export { decodeText } from '../packages/civic-viz/src/core/decode.ts';
export { parseCsv } from '../packages/civic-viz/src/core/csv.ts';
export { fromPayload } from '../packages/civic-viz/src/charts/trend/model.ts';
