/**
 * The server half: `renderToString` from `vue/server-renderer` in Node. The template is compiled
 * here with `isCustomElement` from the app config; civic-viz/vue is safe to import in Node.
 *
 *   node --import tsx docs/examples/vue-ssr/server.ts   → prints the HTML
 */
import { pathToFileURL } from 'node:url';
import { renderToString } from 'vue/server-renderer';
import { createDashboardApp } from './app.js';

/** The page's HTML. */
export function renderDashboard(): Promise<string> {
  return renderToString(createDashboardApp());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(await renderDashboard());
}
