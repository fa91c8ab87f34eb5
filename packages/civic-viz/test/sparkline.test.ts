import '../src/indicator-card/define.js';
import type { CivicIndicatorCard } from '../src/indicator-card/define.js';
import { palettes } from '../src/core/tokens.js';
import { $, captureWarnings, expect, expectNoViolations, make as makeElement, text, until } from './helpers.js';

type Card = CivicIndicatorCard;
interface Instance {
  getOption(): any;
  isDisposed(): boolean;
}
const spark = (el: Card) => (el as unknown as { spark: { controller?: { chart?: Instance; inits: number } } }).spark;
const instance = (el: Card) => spark(el).controller!.chart!;
/** Every module or file the page fetched that belongs to ECharts or zrender. */
const echartsLoaded = () => performance.getEntriesByType('resource').filter((e) => /\/(echarts|zrender)\//.test(e.name));

const make = (attrs: Record<string, string>) =>
  makeElement('civic-indicator-card', attrs, { eager: true, events: ['civic-error', 'civic-ready'] });

/** Waits until the sparkline's chart has drawn. */
async function drawn(el: Card) {
  await until(
    () => !!spark(el).controller?.chart && (el as unknown as { spark: { settled: boolean } }).spark.settled,
    20000,
    'sparkline drawn',
  );
  await el.updateComplete;
}

afterEach(() => expectNoViolations());
afterEach(() => document.querySelectorAll('body > civic-indicator-card').forEach((e) => e.remove()));

// The report's figure: 机械化清扫率 78% (年初) → 92% (目前).
const SWEEP = { 'data-label': '机械化清扫率', 'data-value': '92', 'data-previous': '78', 'data-unit': '%', 'data-change-label': '较年初' };

describe('data-sparkline on <civic-indicator-card>', () => {
  // First, before anything on this page imports ECharts.
  it('a card without data-sparkline never loads ECharts', async () => {
    const {
      result: { el, events },
    } = await make(SWEEP);
    await until(() => events.some((e) => e.type === 'civic-ready'), 3000, 'civic-ready');
    await new Promise((r) => setTimeout(r, 300));
    expect(spark(el).controller, 'no chart lifecycle').to.equal(undefined);
    expect($(el, '[part=sparkline]')).to.equal(null);
    expect(echartsLoaded().map((e) => e.name)).to.deep.equal([]);
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      names.filter((n) => /sparkline-chart|chart-controller|echarts\/trend/.test(n)),
      'nor the sparkline or chart code',
    ).to.deep.equal([]);
  });

  it('draws a lazily loaded line with a text summary, and fires civic-ready after it is drawn', async function () {
    this.timeout(60000);
    const {
      result: { el, events },
    } = await make({ ...SWEEP, 'data-sparkline': '78,85,92', 'data-sparkline-labels': '年初,年中,目前' });
    expect(
      events.filter((e) => e.type === 'civic-ready'),
      'not before the line is drawn',
    ).to.have.length(0);
    await drawn(el);
    expect(echartsLoaded().length, 'ECharts was fetched for the sparkline').to.be.above(0);
    const o = instance(el).getOption();
    expect(o.series[0].type).to.equal('line');
    expect(o.series[0].data.map((d: any) => (typeof d === 'object' ? d.value : d))).to.deep.equal([78, 85, 92]);
    expect(o.series[0].lineStyle.color).to.equal(palettes.light.accent);
    expect(o.xAxis[0].show).to.equal(false);
    expect($(el, '.spark-canvas')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text($(el, '[part=sparkline]'))).to.equal('走势，3项：年初78%，年中85%，目前92%，最高为目前，最低为年初');
    await until(() => events.some((e) => e.type === 'civic-ready'), 3000, 'civic-ready');
    expect(events.filter((e) => e.type === 'civic-ready')).to.have.length(1);
    expect(text($(el, '[part=value] > span:first-child'))).to.equal('92%');
    await expect(el).to.be.accessible();
  });

  it('follows the theme on the same instance and disposes it on removal', async () => {
    const {
      result: { el },
    } = await make({ ...SWEEP, 'data-sparkline': '[78, 92]' });
    await drawn(el);
    const chart = instance(el);
    el.setAttribute('data-theme', 'dark');
    await el.updateComplete;
    expect(chart.getOption().series[0].lineStyle.color).to.equal(palettes.dark.accent);
    expect(spark(el).controller!.inits).to.equal(1);
    el.sparkline = [1, 2, 3, 4];
    await el.updateComplete;
    expect(chart.getOption().series[0].data).to.have.length(4);
    expect(text($(el, '[part=sparkline]'))).to.equal('走势，4项：1：1%，2：2%，3：3%，4：4%，最高为4，最低为1');
    await expect(el).to.be.accessible();
    el.remove();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(chart.isDisposed()).to.equal(true);
  });

  it('bad data-sparkline: the card still shows its figure, one warning and civic-error naming the attribute', async () => {
    // The sparkline's code loads first, so the warning comes after the card's first render.
    const {
      result: { el, events },
      warnings,
    } = await captureWarnings(async () => {
      const made = (await make({ ...SWEEP, 'data-sparkline': '78,x,92' })).result;
      await until(() => made.events.some((e) => e.type === 'civic-ready'), 5000, 'civic-ready');
      return made;
    });
    expect(el.state).to.equal('ready');
    expect(text($(el, '[part=value] > span:first-child'))).to.equal('92%');
    expect($(el, '[part=sparkline]')).to.equal(null);
    const errors = events.filter((e) => e.type === 'civic-error');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ code: 'invalid-number', attribute: 'data-sparkline' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('data-sparkline').and.contain('item 2');
  });

  it('labels of another length are a length-mismatch', async () => {
    const {
      result: { events },
    } = await make({ ...SWEEP, 'data-sparkline': '1,2,3', 'data-sparkline-labels': 'a,b' });
    await until(() => events.some((e) => e.type === 'civic-error'), 5000, 'civic-error');
    expect(events.find((e) => e.type === 'civic-error')!.detail).to.include({ code: 'length-mismatch', attribute: 'data-sparkline' });
  });
});
