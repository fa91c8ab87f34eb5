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

describeRecipe('Nuxt-style: Vue 3 createSSRApp + isCustomElement on server and client', async (container, onSelect) => {
  const html = await serverHtml('vue');
  expect(html).to.contain('<civic-trend-chart').and.not.contain('5.62');
  const { render } = await import(/* @vite-ignore */ '/__ssr/vue-render.js' as string);
  insertServerHtml(container, html);
  return hydrateVue(container, render, { onSelect });
});
