/**
 * The checks every framework recipe of docs/examples must pass in a real browser: every element
 * ready, the array/object props drawn, a click on the chart and on the map reaching the
 * framework's handler, an update redrawing the same ECharts instance, and not one console
 * warning or error (hydration mismatches included) along the way.
 */
import { sendMouse } from '@web/test-runner-commands';
import type { CivicDistrictMap } from '../src/district-map/district-map.js';
import type { CivicTrendChart } from '../src/trend-chart/trend-chart.js';
import { expect, until } from './helpers.js';

/** Starts a recipe in `container`, reporting selections to `onSelect`; resolves to its teardown. */
export type StartRecipe = (container: HTMLElement, onSelect: (detail: unknown) => void) => Promise<() => void> | (() => void);

interface Instance {
  getOption(): { series: { type: string }[] };
  convertToPixel(finder: object, value: unknown): number[];
  getModel(): {
    getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): { x: number; y: number; width: number; height: number } } };
  };
}
/** The element's internals, reached for assertions only. */
const inside = (el: Element) =>
  el as unknown as { chart: { chart?: Instance; inits: number }; geo: { geo?: { regions: { name: string; center: number[] }[] } } };

// Server HTML is inserted by the test harness; under Trusted Types that takes a policy.
let policy: { createHTML(s: string): unknown } | undefined;

/** The HTML a recipe's server module printed in Node (see scripts/wtr-react-plugin.mjs). */
export async function serverHtml(recipe: string): Promise<string> {
  const res = await fetch(`/__ssr/${recipe}`);
  expect(res.ok, `server render of ${recipe}`).to.equal(true);
  return res.text();
}

/** Puts server HTML into `container`, as the browser's parser would for a server-rendered page. */
export function insertServerHtml(container: HTMLElement, html: string): void {
  policy ??= (globalThis as unknown as { trustedTypes: { createPolicy(n: string, p: object): typeof policy } }).trustedTypes.createPolicy(
    'civic-test-server-html',
    {
      createHTML: (s: string) => s,
    },
  );
  container.innerHTML = policy!.createHTML(html) as string;
}

const TAGS = ['civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart', 'civic-district-map'];

/** The mocha suite for one recipe. */
export function describeRecipe(name: string, start: StartRecipe): void {
  describe(name, () => {
    let container: HTMLElement;
    let stop: () => void = () => {};
    const selected: unknown[] = [];
    const logs: string[] = [];
    const original = { error: console.error, warn: console.warn };
    const chart = () => container.querySelector('civic-trend-chart') as CivicTrendChart;
    const map = () => container.querySelector('civic-district-map') as CivicDistrictMap;
    const caption = () => container.querySelector('.picked')?.textContent ?? '';

    before(async function () {
      // The first chart of a page loads ECharts module by module from the test server: slow on a busy machine.
      this.timeout(120000);
      for (const level of ['error', 'warn'] as const) {
        console[level] = (...args: unknown[]) => {
          logs.push(`${level}: ${args.map(String).join(' ')}`);
          original[level].apply(console, args);
        };
      }
      container = document.createElement('div');
      document.body.append(container);
      stop = await start(container, (d) => selected.push(d));
      for (const tag of TAGS) {
        await until(() => !!container.querySelector(tag), 5000, `<${tag}> rendered`);
        const el = container.querySelector(tag) as HTMLElement & { state: string };
        // Charts start near the viewport (data-lazy): bring each one there, as a reader would,
        // and wait until it is drawn before scrolling on.
        el.scrollIntoView();
        const drawn = () => !(tag === 'civic-trend-chart' || tag === 'civic-district-map') || !!inside(el).chart.chart;
        await until(
          () => el.state === 'ready' && drawn(),
          30000,
          `${tag} ready and drawn (is ${el.state}; values=${JSON.stringify((el as unknown as { values: unknown }).values)} ${logs.join(' | ')})`,
        );
      }
    });

    after(() => {
      stop();
      container.remove();
      Object.assign(console, original);
    });

    it('has every element ready, as the attribute and as the :state(ready) custom state', () => {
      for (const tag of TAGS) {
        const el = container.querySelector(tag)!;
        expect(el.getAttribute('state'), tag).to.equal('ready');
        expect(el.matches(':state(ready)'), `${tag}:state(ready)`).to.equal(true);
        expect(el.matches(':state(loading)'), `${tag}:state(loading)`).to.equal(false);
      }
    });

    it('draws the array and object props (set as properties, never as attributes)', () => {
      const el = chart();
      expect(el.values).to.deep.equal([5.62, 8.09]);
      expect(el.labels).to.deep.equal(['城市低保', '农村低保']);
      expect(el.hasAttribute('values') || el.hasAttribute('labels')).to.equal(false);
      expect(el.shadowRoot!.textContent).to.contain('农村低保').and.contain('8.09');
      const m = map();
      expect(m.values).to.deep.equal({ 铁东区: 61, 海城: 88, 岫岩: 40 });
      expect(m.shadowRoot!.textContent).to.contain('海城市').and.contain('88');
    });

    it('delivers a click on a bar and on a region to the framework handler', async () => {
      const el = chart();
      el.scrollIntoView();
      const layout = inside(el).chart.chart!.getModel().getSeriesByIndex(0).getData().getItemLayout(1);
      const box = el.shadowRoot!.querySelector('.chart-canvas')!.getBoundingClientRect();
      selected.length = 0;
      // Near the bar's foot: a bar still growing in its entry animation already covers it.
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + layout.x + layout.width / 2), Math.round(box.top + layout.y + layout.height * 0.9)],
      });
      await until(() => selected.length > 0, 3000, 'the chart handler');
      expect(selected[0]).to.deep.include({ label: '农村低保', value: 8.09, index: 1 });
      await until(() => caption().includes('农村低保 8.09%'), 3000, 'the caption to show the selection');

      const m = map();
      m.scrollIntoView();
      const region = inside(m).geo.geo!.regions.find((r) => r.name === '海城市')!;
      const [x, y] = inside(m).chart.chart!.convertToPixel({ seriesIndex: 0 }, region.center);
      const rect = m.shadowRoot!.querySelector('.chart-canvas')!.getBoundingClientRect();
      selected.length = 0;
      await sendMouse({ type: 'click', position: [Math.round(rect.left + x), Math.round(rect.top + y)] });
      await until(() => selected.length > 0, 3000, 'the map handler');
      expect(selected[0]).to.deep.include({ region: '海城市', value: 88 });
      await until(() => caption().includes('海城市 88处'), 3000, 'the caption to show the region');
      await sendMouse({ type: 'move', position: [1, 1] });
    });

    it('redraws the same ECharts instance when the framework updates a prop', async () => {
      const el = chart();
      const before = inside(el).chart.chart!;
      const inits = inside(el).chart.inits;
      expect(before.getOption().series[0].type).to.equal('bar');
      container.querySelector('button')!.click();
      await until(() => inside(el).chart.chart?.getOption().series[0].type === 'line', 5000, 'the line chart');
      expect(inside(el).chart.chart).to.equal(before);
      expect(inside(el).chart.inits).to.equal(inits);
      expect(container.querySelectorAll('civic-trend-chart')).to.have.length(1);
      expect(chart()).to.equal(el);
    });

    it('logged no warning or error (no hydration mismatch)', () => {
      expect(logs).to.deep.equal([]);
    });
  });
}

/**
 * Hydrates a recipe's server HTML with one text changed (the button's), so the framework must
 * report a mismatch; returns what it logged. The control proving the "no warning" checks can fail.
 */
export async function hydrateMismatched(hydrate: (c: HTMLElement) => () => void, recipe: string): Promise<string[]> {
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
