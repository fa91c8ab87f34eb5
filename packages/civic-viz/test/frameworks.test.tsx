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
import { captureWarnings, expect, expectNoViolations, until } from './helpers.js';

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

/**
 * The mistakes frameworks make silently are loud: a plain `values` attribute (React 18, Vue
 * without `.prop` before the element is defined) warns once naming the right attribute and
 * property; a property a re-render cleared is named as the property in the error.
 */
describe('framework mistakes are loud', () => {
  it('React 18 writing plain tags: one warning per plain attribute, naming data-* and the property', async () => {
    const React18 = (await import('react-18')).default;
    const { createRoot } = await import('react-dom-18/client');
    const container = document.createElement('div');
    document.body.append(container);
    const { warnings } = await captureWarnings(async () => {
      const root = createRoot(container);
      const props = { 'data-label': '城乡低保标准提高幅度', labels: ['城市低保', '农村低保'], values: [5.62, 8.09] };
      root.render(React18.createElement('civic-trend-chart', props));
      await until(() => !!container.querySelector('civic-trend-chart[values]'), 3000, 'React 18 to render');
      const el = container.querySelector('civic-trend-chart') as CivicTrendChart;
      await el.updateComplete;
      // A re-render with new arrays does not warn again.
      root.render(React18.createElement('civic-trend-chart', { ...props, values: [5.62, 8.1] }));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      root.unmount();
    });
    container.remove();
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('values="5.62,8.09"')))
      .to.contain('data-values')
      .and.contain('values property')
      .and.contain('civic-viz/react');
    expect(warnings.find((w) => w.includes('labels="城市低保,农村低保"')))
      .to.contain('data-labels')
      .and.contain('labels property');
  });

  it('a property cleared by a re-render is named as the property, not as data-values', async () => {
    const el = document.createElement('civic-trend-chart');
    el.setAttribute('data-lazy', 'false');
    el.labels = ['城市低保', '农村低保'];
    el.values = [5.62, 8.09];
    const errors: CustomEvent[] = [];
    el.addEventListener('civic-error', (e) => errors.push(e));
    document.body.append(el);
    await el.updateComplete;
    const { warnings } = await captureWarnings(async () => {
      // What React 19 does to a prop it no longer passes.
      (el as unknown as { values: null }).values = null;
      await el.updateComplete;
    });
    el.remove();
    expect(el.state).to.equal('error');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['length-mismatch']);
    expect(errors[0].detail.attribute).to.equal('values');
    expect(errors[0].detail.message).to.contain('labels property').and.contain('values property is empty').and.not.contain('data-');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.not.contain('data-values');
  });

  it('an attribute the page did write is still named as the attribute', async () => {
    const el = document.createElement('civic-trend-chart');
    el.setAttribute('data-lazy', 'false');
    el.setAttribute('data-labels', '城市低保,农村低保');
    el.setAttribute('data-values', '5.62');
    const errors: CustomEvent[] = [];
    el.addEventListener('civic-error', (e) => errors.push(e));
    const { warnings } = await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    el.remove();
    expect(errors[0].detail.attribute).to.equal('data-values');
    expect(errors[0].detail.message).to.contain('data-labels');
    expect(warnings[0]).to.contain('data-values');
  });
});

describe('civic-viz/react components (React 19, createRoot)', () => {
  it('give the element as ref and deliver onCivicReady, onCivicData and onCivicError with their details', async () => {
    const { CivicTrendChart: Chart } = await import('../src/react.js');
    const { createElement, createRef } = await import('react');
    const { createRoot } = await import('react-dom/client');
    const { flushSync } = await import('react-dom');
    const container = document.createElement('div');
    document.body.append(container);
    const ref = createRef<CivicTrendChart>();
    const seen: string[] = [];
    const data: unknown[] = [];
    const errors: unknown[] = [];
    const root = createRoot(container);
    const render = (values: (number | null)[]) =>
      flushSync(() =>
        root.render(
          createElement(Chart, {
            ref,
            'data-label': '城乡低保标准提高幅度',
            'data-lazy': 'false',
            labels: ['城市低保', '农村低保'],
            values,
            onCivicReady: () => seen.push('ready'),
            onCivicData: (e) => data.push(e.detail),
            onCivicError: (e) => errors.push(e.detail),
          }),
        ),
      );
    const { warnings } = await captureWarnings(async () => {
      render([5.62, 8.09]);
      expect(ref.current).to.equal(container.querySelector('civic-trend-chart'));
      expect(ref.current).to.be.instanceOf(customElements.get('civic-trend-chart')!);
      await until(() => seen.includes('ready'), 8000, 'onCivicReady');
      expect(data).to.deep.equal([{ labels: ['城市低保', '农村低保'], series: [{ name: '', values: [5.62, 8.09] }] }]);
      render([5.62]);
      await until(() => errors.length > 0, 3000, 'onCivicError');
    });
    root.unmount();
    container.remove();
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.include({ code: 'length-mismatch', attribute: 'values' });
    expect(warnings).to.have.length(1);
  });
});
