/**
 * The React 18 recipe of docs/examples (client rendering with createRoot, React 18.3 development
 * build): the civic-viz/react components get arrays and objects as properties and their
 * onCivicSelect handlers attached — what plain tags never get in React 18.
 */
import { mountDashboard } from '../../../docs/examples/react18/app.js';
import { describeRecipe } from './framework-recipes.js';
import { expect, expectNoViolations } from './helpers.js';

afterEach(() => expectNoViolations());

describeRecipe('React 18 client: createRoot + civic-viz/react components', (container, onSelect) =>
  mountDashboard(container, { onSelect }),
);

it('ran on React 18', async () => {
  const React18 = await import('react-18');
  expect(React18.version).to.match(/^18\./);
});
