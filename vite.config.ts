import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/lib/minify-css-literals.mjs';
import { noticeBanner, thirdPartyNotices } from './scripts/lib/third-party-notices.mjs';
import { autoloaderPreload } from './scripts/lib/preload-map.mjs';
import { geojsonMapsOnly } from './scripts/lib/geojson-maps-only.mjs';

/**
 * Library build. `vite build` → packages/civic-viz/dist (npm: lit, echarts and the geo data
 * stay external). `CIVIC_BUILD=cdn vite build` → packages/civic-viz/cdn (self-contained ES
 * modules with everything bundled and code-split: the folder a portal copies to its static host,
 * shipped in the npm tarball so public CDNs serve it as `civic-viz@x.y/cdn/autoloader.js`).
 * Both carry THIRD-PARTY-NOTICES.txt and a licence banner on every file with bundled code.
 */
const cdn = process.env.CIVIC_BUILD === 'cdn';
const pkg = resolve(import.meta.dirname, 'packages/civic-viz');
const src = resolve(pkg, 'src');
const ELEMENTS = ['indicator-card', 'progress-ring', 'trend-chart', 'district-map'];
const entries: Record<string, string> = {
  index: 'index.ts',
  ...Object.fromEntries(ELEMENTS.map((name) => [name, `${name}/define.ts`])),
  all: 'all.ts',
  autoloader: 'autoloader.ts',
  // Framework entries exist for bundler users only: the CDN folder would otherwise bundle React/Vue.
  ...(cdn ? {} : { react: 'react.ts', vue: 'vue.ts' }),
  // Internal entry for @civic-viz/render (npm only, no semver promise).
  ...(cdn ? {} : { 'internal/render': 'internal/render.ts' }),
};
const input = Object.fromEntries(
  Object.entries(entries)
    .map(([name, file]) => [name, resolve(src, file)])
    .filter(([, file]) => existsSync(file)),
);

/** Lit's runtime and the core modules the base element imports statically (the CDN's shared chunk). */
const SHARED_CORE = [
  'base-element',
  'closest',
  'data-source',
  'define',
  'environment',
  'format',
  'frame.styles',
  'misuse',
  'number',
  'parse',
  'state',
  'strings',
  'tokens',
];
const LIT_CORE =
  /[\\/]node_modules[\\/](lit[\\/]index\.js|lit-html[\\/]lit-html\.js|lit-element[\\/]lit-element\.js|@lit[\\/]reactive-element[\\/](reactive-element|css-tag)\.js)$/;
const isSharedRuntime = (id: string) => LIT_CORE.test(id) || SHARED_CORE.some((name) => id === resolve(src, 'core', `${name}.ts`));

export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [
    minifyCssLiterals(),
    thirdPartyNotices(),
    geojsonMapsOnly(),
    // CDN folder only: a bundler re-bundles the npm files, so their chunk names mean nothing there.
    // Each element's entry is named after its tag (civic-indicator-card → indicator-card).
    cdn && autoloaderPreload(Object.fromEntries(ELEMENTS.map((name) => [`civic-${name}`, name]))),
  ],
  build: {
    outDir: resolve(pkg, cdn ? 'cdn' : 'dist'),
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    sourcemap: !cdn,
    lib: { entry: input, formats: ['es'] },
    rollupOptions: {
      // An entry chunk may export more than its module does: the element's code then lives in
      // the entry file itself instead of a chunk behind an 85-byte re-export file (one request less).
      preserveEntrySignatures: 'allow-extension',
      external: cdn
        ? []
        : [
            /^lit(\/|$)/,
            /^@lit\//,
            /^echarts(\/|$)/,
            /^zrender(\/|$)/,
            /^@civic-viz\/geo(\/|$)/,
            /^tslib$/,
            /^react(-dom)?(\/|$)/,
            /^vue$/,
          ],
      output: {
        // Vite 8 lib mode keeps whitespace with build.minify alone; this minifies fully.
        minify: true,
        // After minification (which strips the bundled packages' own licence comments).
        postBanner: noticeBanner,
        entryFileNames: '[name].js',
        // What every element needs at once — Lit's core and the shared base — is one file. Left to
        // itself the bundler splits it wherever a lazy module (hydration, the data loaders) shares
        // a piece, and every extra file a card loads costs a request and its own gzip dictionary.
        // Likewise what both chart families use of ECharts is one file, requested together with a
        // family's own (src/echarts/core.ts says why).
        codeSplitting: cdn
          ? {
              groups: [
                { name: 'base-element', test: isSharedRuntime },
                {
                  name: 'echarts-core',
                  test: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]|[\\/]src[\\/]echarts[\\/]core\.ts$/,
                  minShareCount: 2,
                },
              ],
            }
          : undefined,
        // Family registries and map data get recognisable names: the size check finds them by it.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          if (/[\\/]src[\\/]echarts[\\/]/.test(id)) return 'chunks/echarts-[name]-[hash].js';
          if (/[\\/]geo[\\/]dist[\\/]/.test(id)) return 'chunks/geo-[name]-[hash].js';
          return 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
