import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { civicReference } from '../scripts/docs-reference.mjs';
import { civicPrerender } from '../scripts/prerender-plugin.mjs';
import { geoOnDemand } from '../scripts/lib/geo-on-demand.mjs';

/** The docs and demo site: `npm start` serves it; every .html file under docs/ is a page. */
const root = import.meta.dirname;
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() && !['node_modules', 'public'].includes(d.name) ? pages(resolve(dir, d.name)) : d.name.endsWith('.html') ? [resolve(dir, d.name)] : [],
  );

export default defineConfig({
  root,
  define: { 'process.env.NODE_ENV': '"production"' },
  // The element reference pages are generated from custom-elements.json (see the plugin).
  plugins: [
    civicReference(),
    // A first `npm start` builds Anshan and the catalog only; other cities when a page asks.
    geoOnDemand(),
    // The showcase pages are served and built pre-rendered (static-first).
    civicPrerender({ pages: ['demo/article.html', 'demo/dashboard.html'] }),
    {
      // civic-viz's package.json marks only dist/ files as side-effectful, so the bundler would
      // drop site.ts's bare `import '…/src/autoloader.js'`; the site imports src/ directly.
      name: 'civic-src-side-effects',
      transform: (code, id) => (/[\\/]packages[\\/]civic-viz[\\/]src[\\/]/.test(id) ? { code, map: null, moduleSideEffects: true } : null),
    },
  ],
  server: { port: 5173, fs: { allow: [resolve(root, '..')] } },
  preview: { port: 5173 },
  build: {
    outDir: resolve(root, '../dist/docs'),
    emptyOutDir: true,
    rollupOptions: { input: pages(root) },
  },
});
