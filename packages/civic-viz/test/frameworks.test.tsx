/**
 * The React 19 and Vue 3 examples of docs/examples, mounted for real: an attribute reaches the
 * element as an attribute, an array reaches it as a property (not a stringified attribute), and
 * a `civic-select` fired by the element — from a real key press — reaches the framework handler.
 */
import { sendKeys } from '@web/test-runner-commands';
import { mountReactExample } from '../../../docs/examples/react/app.js';
import { mountVueExample } from '../../../docs/examples/vue/app.js';
import type { CivicPointSelectDetail } from '../src/core/events.js';
import type { CivicTrendChart } from '../src/trend-chart/trend-chart.js';
import { expect, expectNoViolations, until } from './helpers.js';

afterEach(() => expectNoViolations());

type Mount = (container: Element, props: { onSelect?: (d: CivicPointSelectDetail) => void }) => () => void;

const examples: [string, Mount][] = [
  ['React 19', mountReactExample],
  ['Vue 3', mountVueExample],
];

for (const [name, mount] of examples) {
  describe(`${name} example`, () => {
    let container: HTMLElement;
    let unmount: () => void;
    const selected: CivicPointSelectDetail[] = [];

    before(async () => {
      container = document.createElement('div');
      document.body.append(container);
      unmount = mount(container, { onSelect: (d) => selected.push(d) });
      await until(() => !!container.querySelector('civic-trend-chart'), 3000, 'the element to be rendered');
      const el = chart();
      // Ready means drawn: the first chart of the page imports ECharts first.
      await until(() => el.state === 'ready', 15000, 'state ready');
    });

    after(() => {
      unmount();
      container.remove();
    });

    const chart = () => container.querySelector('civic-trend-chart') as CivicTrendChart;

    it('passes data-* props as attributes', () => {
      expect(chart().getAttribute('data-label')).to.equal('城乡低保标准提高幅度');
      expect(chart().getAttribute('data-type')).to.equal('bar');
      expect(chart().label).to.equal('城乡低保标准提高幅度');
    });

    it('passes arrays as properties, not as stringified attributes', () => {
      const el = chart();
      expect(Array.isArray(el.values), 'values is an array').to.equal(true);
      expect(el.values).to.deep.equal([5.62, 8.09]);
      expect(el.labels).to.deep.equal(['城市低保', '农村低保']);
      expect(el.hasAttribute('values')).to.equal(false);
      expect(el.hasAttribute('labels')).to.equal(false);
      // …and the element drew them: the data table and summary carry both categories.
      expect(el.shadowRoot!.textContent).to.contain('农村低保').and.contain('8.09');
    });

    it('delivers civic-select from a key press to the framework handler', async () => {
      const el = chart();
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part=chart]')!;
      box.focus();
      expect(el.shadowRoot!.activeElement).to.equal(box);
      selected.length = 0;
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      await until(() => selected.length > 0, 3000, 'the handler to run');
      expect(selected).to.deep.equal([{ label: '农村低保', series: selected[0].series, value: 8.09, index: 1 }]);
      // The example re-rendered with the selection: framework state was updated by the event.
      await until(() => (container.querySelector('figcaption')?.textContent ?? '').includes('农村低保 8.09%'), 3000, 'caption update');
      box.blur();
    });

    it('keeps one element across a framework re-render', () => {
      expect(container.querySelectorAll('civic-trend-chart')).to.have.length(1);
    });
  });
}
