import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/lib/minify-css-literals.mjs';

/**
 * Library build. `vite build` → packages/civic-viz/dist (npm: lit, echarts and the geo data
 * stay external). `CIVIC_BUILD=cdn vite build` → dist/cdn (self-contained ES modules with
 * everything bundled and code-split: the folder a portal copies to its static host).
 */
const cdn = process.env.CIVIC_BUILD === 'cdn';
const src = resolve(import.meta.dirname, 'packages/civic-viz/src');
const entries: Record<string, string> = {
  index: 'index.ts',
  'indicator-card': 'indicator-card/define.ts',
  'progress-ring': 'progress-ring/define.ts',
  'trend-chart': 'trend-chart/define.ts',
  'district-map': 'district-map/define.ts',
  all: 'all.ts',
  autoloader: 'autoloader.ts',
  // Internal entry for @civic-viz/render (npm only, no semver promise).
  ...(cdn ? {} : { 'internal/render': 'internal/render.ts' }),
};
const input = Object.fromEntries(
  Object.entries(entries)
    .map(([name, file]) => [name, resolve(src, file)])
    .filter(([, file]) => existsSync(file)),
);

export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyCssLiterals()],
  build: {
    outDir: cdn ? resolve(import.meta.dirname, 'dist/cdn') : resolve(import.meta.dirname, 'packages/civic-viz/dist'),
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    sourcemap: !cdn,
    lib: { entry: input, formats: ['es'] },
    rollupOptions: {
      external: cdn ? [] : [/^lit(\/|$)/, /^@lit\//, /^echarts(\/|$)/, /^zrender(\/|$)/, /^@civic-viz\/geo(\/|$)/, /^tslib$/],
      output: {
        // Vite 8 lib mode keeps whitespace with build.minify alone; this minifies fully.
        minify: true,
        entryFileNames: '[name].js',
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
