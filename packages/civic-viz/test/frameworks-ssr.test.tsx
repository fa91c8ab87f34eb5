/**
 * The server-rendering recipes of docs/examples, end to end: the HTML comes from the recipe's
 * server module run in Node (React 19 `renderToString` and `renderToPipeableStream`, Vue
 * `createSSRApp` + `renderToString`), the browser parses it and the recipe's client module
 * hydrates it (React 19 development build: hydration warnings are on).
 */
import { hydrateDashboard as hydrateNext } from '../../../docs/examples/next/client.js';
import { hydrateDashboard as hydrateVue } from '../../../docs/examples/vue-ssr/client.js';
import { describeRecipe, insertServerHtml, serverHtml } from './framework-recipes.js';
import { expect, expectNoViolations } from './helpers.js';

afterEach(() => expectNoViolations());

for (const mode of ['string', 'stream'] as const) {
  describeRecipe(`Next.js-style: React 19 renderTo${mode === 'string' ? 'String' : 'PipeableStream'} + hydrateRoot`, async (container, onSelect) => {
    const html = await serverHtml(`next-${mode}`);
    // The server wrote the data-* attributes and no array: those are set after hydration.
    expect(html).to.contain('<civic-trend-chart data-label="城乡低保标准提高幅度"').and.not.contain('5.62');
    insertServerHtml(container, html);
    return hydrateNext(container, { onSelect });
  });
}

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

describeRecipe('Nuxt-style: Vue 3 createSSRApp + isCustomElement on server and client', async (container, onSelect) => {
  const html = await serverHtml('vue');
  expect(html).to.contain('<civic-trend-chart').and.not.contain('5.62');
  const { render } = await import(/* @vite-ignore */ '/__ssr/vue-render.js' as string);
  insertServerHtml(container, html);
  return inVueDevelopment(() => hydrateVue(container, render, { onSelect }));
});

// Controls: the "no warning" checks above can fail. Server HTML that differs from what the client
// renders (a changed button text) makes both frameworks complain through the same console hook.
describe('hydration mismatches are seen by these tests', () => {
  async function mismatch(hydrate: (c: HTMLElement) => () => void, recipe: string): Promise<string[]> {
    const logs: string[] = [];
    const original = { error: console.error, warn: console.warn };
    console.error = (...a: unknown[]) => void logs.push(a.map(String).join(' '));
    console.warn = (...a: unknown[]) => void logs.push(a.map(String).join(' '));
    // React 19 reports a recoverable hydration error to the window, where mocha would take it
    // for an uncaught exception; here it is the expected outcome.
    const onerror = window.onerror;
    window.onerror = (message) => void logs.push(String(message));
    const container = document.createElement('div');
    document.body.append(container);
    try {
      insertServerHtml(container, (await serverHtml(recipe)).replace('改为折线图', '服务器上的文字'));
      const stop = hydrate(container);
      await new Promise((r) => setTimeout(r, 500));
      stop();
      return logs;
    } finally {
      Object.assign(console, original);
      window.onerror = onerror;
      container.remove();
    }
  }

  it('React 19 (development build) reports the mismatch', async () => {
    const logs = await mismatch((c) => hydrateNext(c), 'next-string');
    expect(logs.join('\n')).to.match(/hydrat/i);
  });

  it('Vue 3 (development mode) reports the mismatch', async () => {
    const { render } = await import(/* @vite-ignore */ '/__ssr/vue-render.js' as string);
    const logs = await mismatch((c) => inVueDevelopment(() => hydrateVue(c, render)), 'vue');
    expect(logs.join('\n')).to.match(/hydration/i);
  });
});
