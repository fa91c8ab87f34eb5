/**
 * The Next.js-style recipe of docs/examples, end to end: the HTML comes from the recipe's server
 * module run in Node (React 19 `renderToString` and `renderToPipeableStream`), the browser
 * parses it and the recipe's client module hydrates it (React 19 development build: hydration
 * warnings are on). The Vue recipe has its own file: one framework per page, as in an app.
 */
import { hydrateDashboard as hydrateNext } from '../../../docs/examples/next/client.js';
import { describeRecipe, hydrateMismatched, insertServerHtml, serverHtml } from './framework-recipes.js';
import { expect, expectNoViolations } from './helpers.js';

afterEach(() => expectNoViolations());

for (const mode of ['string', 'stream'] as const) {
  describeRecipe(
    `Next.js-style: React 19 renderTo${mode === 'string' ? 'String' : 'PipeableStream'} + hydrateRoot`,
    async (container, onSelect) => {
      const html = await serverHtml(`next-${mode}`);
      // The server wrote the data-* attributes and no array: those are set after hydration.
      expect(html).to.contain('<civic-trend-chart data-label="城乡低保标准提高幅度"').and.not.contain('5.62');
      insertServerHtml(container, html);
      return hydrateNext(container, { onSelect });
    },
  );
}

// Control: the "no warning" checks above can fail. Server HTML that differs from what the client
// renders (a changed button text) makes React complain through the same console hook.
it('React 19 (development build) reports a hydration mismatch where there is one', async () => {
  const logs = await hydrateMismatched((c) => hydrateNext(c), 'next-string');
  expect(logs.join('\n')).to.match(/hydrat/i);
});
