/**
 * The Nuxt-style recipe of docs/examples, end to end: the HTML comes from the recipe's server
 * module run in Node (Vue `createSSRApp` + `renderToString`, template compiled with
 * `isCustomElement`), the template is compiled for the browser as a build step would, the
 * browser parses the HTML and the recipe's client module hydrates it.
 */
import { hydrateDashboard as hydrateVue } from '../../../docs/examples/vue-ssr/client.js';
import { describeRecipe, hydrateMismatched, insertServerHtml, serverHtml } from './framework-recipes.js';
import { expect, expectNoViolations } from './helpers.js';

afterEach(() => expectNoViolations());

/**
 * Vue's hydration checks run only in its development mode; the page runs with NODE_ENV
 * "production" (for ECharts), so hydration is done in development mode. Vue's hydration is
 * synchronous: no element code runs in between.
 */
function inVueDevelopment<T>(fn: () => T): T {
  const env = (globalThis as unknown as { process: { env: { NODE_ENV: string } } }).process.env;
  Object.assign(globalThis, { __VUE_OPTIONS_API__: true, __VUE_PROD_DEVTOOLS__: false, __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: true });
  env.NODE_ENV = 'development';
  try {
    return fn();
  } finally {
    env.NODE_ENV = 'production';
  }
}

/** The template compiled for the browser with isCustomElement (scripts/wtr-react-plugin.mjs). */
const compiled = async () => (await import(/* @vite-ignore */ '/__ssr/vue-render.js' as string)).render;

describeRecipe('Nuxt-style: Vue 3 createSSRApp + isCustomElement on server and client', async (container, onSelect) => {
  const html = await serverHtml('vue');
  // The server wrote the data-* attributes and no array: those are set while hydrating.
  expect(html).to.contain('<civic-trend-chart data-label="城乡低保标准提高幅度"').and.not.contain('5.62');
  const render = await compiled();
  insertServerHtml(container, html);
  return inVueDevelopment(() => hydrateVue(container, render, { onSelect }));
});

// Control: the "no warning" checks above can fail (see hydrateMismatched).
it('Vue 3 (development mode) reports a hydration mismatch where there is one', async () => {
  const render = await compiled();
  const logs = await hydrateMismatched((c) => inVueDevelopment(() => hydrateVue(c, render)), 'vue');
  expect(logs.join('\n')).to.match(/hydration/i);
});
