/**
 * Hydration of pre-rendered markup (the renderer's real output, served by the test server's
 * /__prerender): the library upgrades the elements without replacing any node of their shadow
 * roots or moving anything; charts keep their static drawing and download no ECharts until a
 * reader interacts (or `data-interactive="eager"`), and then honour that first hover or key;
 * cards and rings stay readable and still take changes and live data; bad input still shows the
 * error state and fires civic-error.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/all.js';
import type { CivicPointSelectDetail } from '../src/core/events.js';
import { expect, text, until, violations } from './helpers.js';

type Hydrated = HTMLElement & { updateComplete: Promise<unknown>; testing?: { controller: { inits: number } } };

const policy = (
  globalThis as unknown as {
    trustedTypes: { createPolicy(n: string, p: { createHTML(s: string): string }): { createHTML(s: string): unknown } };
  }
).trustedTypes.createPolicy('civic-hydrate-test', { createHTML: (s) => s });

/** Layout shifts on this page since it loaded (any input or not). */
let shifts = 0;
new PerformanceObserver((list) => list.getEntries().forEach((e) => (shifts += (e as unknown as { value: number }).value))).observe({
  type: 'layout-shift',
  buffered: true,
});

/** Nodes removed from the shadow roots of the elements under `host`, from now on. */
function watchRemovals(host: Element): string[] {
  const removed: string[] = [];
  host.querySelectorAll('*').forEach((el) => {
    if (!el.shadowRoot) return;
    new MutationObserver((records) =>
      records.forEach((r) => r.removedNodes.forEach((n) => removed.push(`${el.localName}: ${n.nodeName}`))),
    ).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
  });
  return removed;
}

/**
 * Mounts `markup` pre-rendered. Parsed into an inert template first (declarative shadow roots
 * attached, nothing upgraded), observed, then moved into the page, where the defined elements
 * upgrade: exactly what the library meets on a pre-rendered page.
 */
async function mount(markup: string, hostAttributes: Record<string, string> = {}): Promise<{ host: HTMLElement; removed: string[] }> {
  const res = await fetch(`/__prerender?html=${encodeURIComponent(markup)}`);
  expect(res.ok).to.equal(true);
  const template = document.createElement('template');
  (template as unknown as { setHTMLUnsafe(h: unknown): void }).setHTMLUnsafe(policy.createHTML(await res.text()));
  const host = document.createElement('div');
  host.style.inlineSize = '640px';
  for (const [name, value] of Object.entries(hostAttributes)) host.setAttribute(name, value);
  // Moved, not cloned: a declarative shadow root is not clonable.
  host.append(...template.content.childNodes);
  const civic = [...host.querySelectorAll('*')].filter((el) => el.localName.startsWith('civic-'));
  expect(civic.every((el) => el.shadowRoot?.firstElementChild)).to.equal(true, 'pre-rendered shadow roots');
  const removed = watchRemovals(host);
  document.body.append(host);
  await Promise.all([...host.querySelectorAll<Hydrated>('*')].map((el) => el.updateComplete));
  await new Promise((r) => setTimeout(r, 300));
  return { host, removed };
}

// The test server sends ECharts as hundreds of modules: room for all their timing entries.
performance.setResourceTimingBufferSize(100000);
const echartsRequested = (family: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/echarts/${family}`));

afterEach(() => {
  expect(violations).to.deep.equal([]);
});

describe('hydration of pre-rendered markup', () => {
  it('cards and rings: no node replaced, the text stays; a changed attribute renders live', async () => {
    const { host, removed } = await mount(
      `<civic-indicator-card data-label="发放稳岗返还资金" data-value="219000000" data-unit="元" data-previous="180000000"></civic-indicator-card>
       <civic-progress-ring data-label="机械化清扫率" data-value="92" data-previous="78"></civic-progress-ring>`,
    );
    const [card, ring] = [...host.children] as Hydrated[];
    const shifted = shifts;
    expect(customElements.get('civic-indicator-card')).to.exist;
    expect(card.getAttribute('state')).to.equal('ready');
    expect(text(card.shadowRoot)).to.contain('2.19亿元');
    expect(text(ring.shadowRoot)).to.contain('92%');
    expect(removed).to.deep.equal([]);
    expect(shifts - shifted).to.equal(0);
    card.setAttribute('data-value', '230000000');
    await card.updateComplete;
    expect(text(card.shadowRoot)).to.contain('2.3亿元');
    expect(card.shadowRoot!.querySelectorAll('[part="frame"]').length).to.equal(1);
    host.remove();
  });

  it('code that arrives after the page switched language or theme renders the widget in the new ones', async () => {
    // The autoloader loads a pre-rendered card's code because of such a switch: the element then
    // upgrades in an environment that already differs from the one it was rendered in.
    const { host } = await mount(
      `<civic-indicator-card data-label="发放稳岗返还资金" data-value="219000000" data-unit="元"></civic-indicator-card>
       <civic-progress-ring data-label="机械化清扫率" data-value="92"></civic-progress-ring>`,
      { lang: 'en', 'data-theme': 'dark' },
    );
    const [card, ring] = [...host.children] as Hydrated[];
    expect(text(card.shadowRoot)).to.match(/219M|219 million/);
    expect(card.shadowRoot!.querySelector('[part="frame"]')!.getAttribute('lang')).to.equal('en');
    expect(ring.shadowRoot!.querySelector('[part="frame"]')!.classList.contains('dark')).to.equal(true);
    host.remove();
    // The same markup in the environment it was rendered in stays as it came.
    const again = await mount(
      `<civic-indicator-card data-label="发放稳岗返还资金" data-value="219000000" data-unit="元"></civic-indicator-card>`,
    );
    expect(again.removed).to.deep.equal([]);
    expect(text(again.host.firstElementChild!.shadowRoot)).to.contain('2.19亿元');
    again.host.remove();
  });

  it('a card with live data (data-src, data-refresh) keeps its nodes while the same data arrives, and shows new data', async () => {
    const src = 'packages/civic-viz/test/fixtures/prerender/card.json';
    const { host, removed } = await mount(
      `<civic-indicator-card data-src="${src}" data-refresh="30" data-unit="户"></civic-indicator-card>`,
    );
    const card = host.firstElementChild as Hydrated;
    await until(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith(src)), 5000, 'the data-src fetch');
    await new Promise((r) => setTimeout(r, 300));
    expect(text(card.shadowRoot)).to.contain('1.1万户');
    expect(removed).to.deep.equal([]);
    card.setAttribute('data-src', src.replace('card.json', 'card-next.json'));
    await until(() => text(card.shadowRoot).includes('1.2万户'), 5000, 'the new data');
    host.remove();
  });

  it('no ECharts until a reader acts; the first ArrowRight on a pre-rendered chart moves the highlight to the second point once it is live', async function (this: Mocha.Context) {
    // ECharts comes as some 150 unbundled modules from the test server: slow on a busy machine.
    this.timeout(90000);
    const { host } = await mount(
      `<civic-trend-chart data-label="护眼照明" data-type="bar" data-unit="盏" data-labels="教室灯,黑板灯,辅助用房灯" data-values="3490,1080,4600" data-lazy="false"></civic-trend-chart>`,
    );
    const chart = host.firstElementChild as Hydrated;
    expect(echartsRequested('trend'), 'ECharts before interaction').to.equal(false);
    expect(chart.testing!.controller.inits).to.equal(0);
    await sendKeys({ press: 'Tab' }); // keyboard modality, as a reader tabbing in
    chart.shadowRoot!.querySelector<HTMLElement>('.static-chart')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => text(chart.shadowRoot!.querySelector('[role="status"]')).length > 0, 60000, 'the live region');
    expect(text(chart.shadowRoot!.querySelector('[role="status"]'))).to.contain('黑板灯');
    expect(chart.shadowRoot!.activeElement?.getAttribute('part')).to.equal('chart');
    expect(echartsRequested('trend')).to.equal(true);
    host.remove();
  });

  it('a trend chart keeps its drawing (no canvas) until hovered; then the tooltip shows the point under the pointer, in the same box', async function (this: Mocha.Context) {
    // ECharts comes as some 150 unbundled modules from the test server: slow on a busy machine.
    this.timeout(90000);
    const { host, removed } = await mount(
      `<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-labels="城市低保,农村低保" data-values="5.62,8.09" data-lazy="false"></civic-trend-chart>`,
    );
    const chart = host.firstElementChild as Hydrated;
    const figure = chart.shadowRoot!.querySelector<HTMLElement>('.static-chart')!;
    figure.scrollIntoView({ block: 'center' });
    const before = figure.getBoundingClientRect();
    const shifted = shifts;
    expect(chart.getAttribute('state')).to.equal('ready');
    expect(chart.testing!.controller.inits).to.equal(0);
    // (ECharts itself is loaded by now: the keyboard test above checked it waits for interaction.)
    expect(chart.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(removed).to.deep.equal([]);
    // The pointer over the second bar.
    await sendMouse({
      type: 'move',
      position: [Math.round(before.left + before.width * 0.75), Math.round(before.top + before.height * 0.6)],
    });
    await until(
      () => !!chart.shadowRoot!.querySelector('canvas') && !chart.shadowRoot!.querySelector('.static-overlay'),
      60000,
      'the live chart',
    );
    await until(() => text(chart.shadowRoot!.querySelector('.tooltip')).length > 0, 5000, 'the tooltip');
    expect(text(chart.shadowRoot!.querySelector('.tooltip'))).to.contain('农村低保');
    const after = chart.shadowRoot!.querySelector('.chart-box')!.getBoundingClientRect();
    expect([after.top, after.height, after.width]).to.deep.equal([before.top, before.height, before.width]);
    expect(shifts - shifted, 'layout shift while the canvas takes over').to.equal(0);
    // Away from where the next test mounts its chart: a pointer over it is an interaction.
    await sendMouse({ type: 'move', position: [795, 5] });
    host.remove();
  });

  it('a click on the drawing of a pre-rendered chart selects the point under it once the chart is live', async function (this: Mocha.Context) {
    this.timeout(90000);
    const { host } = await mount(
      `<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-labels="城市低保,农村低保" data-values="5.62,8.09" data-lazy="false"></civic-trend-chart>`,
    );
    const chart = host.firstElementChild as Hydrated;
    const selected: CivicPointSelectDetail[] = [];
    chart.addEventListener('civic-select', (e) => selected.push(e.detail as CivicPointSelectDetail));
    const figure = chart.shadowRoot!.querySelector<HTMLElement>('.static-chart')!;
    figure.scrollIntoView({ block: 'center' });
    const box = figure.getBoundingClientRect();
    expect(chart.shadowRoot!.querySelector('canvas')).to.equal(null);
    // A press and a click on the second bar, in one task: the chart is certainly still the static drawing.
    const at = { clientX: box.left + box.width * 0.75, clientY: box.top + box.height * 0.6, bubbles: true, composed: true };
    figure.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'mouse' }));
    figure.dispatchEvent(new MouseEvent('click', at));
    expect(chart.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(selected).to.deep.equal([]);
    await until(() => selected.length > 0, 60000, 'civic-select from the replayed click');
    expect(selected).to.have.length(1);
    expect(selected[0]).to.include({ label: '农村低保', index: 1, value: 8.09 });
    host.remove();
  });

  it('data-interactive="eager": the map loads ECharts and goes live with no interaction', async function (this: Mocha.Context) {
    // ECharts comes as some 150 unbundled modules from the test server: slow on a busy machine.
    this.timeout(90000);
    expect(echartsRequested('map')).to.equal(false);
    const { host } = await mount(
      `<civic-district-map data-interactive="eager" data-lazy="false" data-label="站点" data-map="anshan" data-unit="处" data-values='{"铁东区": 61, "海城": 88}'></civic-district-map>`,
    );
    const map = host.firstElementChild as Hydrated;
    await until(() => echartsRequested('map'), 60000, 'the map registry');
    await until(
      () => !!map.shadowRoot!.querySelector('canvas') && !map.shadowRoot!.querySelector('.static-overlay'),
      60000,
      'the live map',
    );
    expect(map.getAttribute('state')).to.equal('ready');
    host.remove();
  });
  // Last: a chart in its error state is live at once, and its print prefetch brings ECharts.
  it('bad input: the error state stays, with its code, and civic-error fires', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('civic-error', (e) => errors.push(e as CustomEvent));
    const { host } = await mount(`<civic-trend-chart data-label="坏数据" data-labels="甲,乙" data-values="1,x"></civic-trend-chart>`);
    const chart = host.firstElementChild as Hydrated;
    expect(chart.getAttribute('state')).to.equal('error');
    expect(text(chart.shadowRoot!.querySelector('[part="message"]'))).to.contain('invalid-number');
    expect(errors.map((e) => e.detail.code)).to.include('invalid-number');
    host.remove();
  });
});
