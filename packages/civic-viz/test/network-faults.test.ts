/**
 * Network faults on `data-src` (spec §3: fetched with a timeout, failure shows the error state
 * with a retry button; `data-refresh` keeps the last good data on failure; §4 error codes and
 * events), table-driven over all four elements. Real HTTP through the fixture server
 * (scripts/wtr-fixture-server.mjs); for faults that must follow good data at the same URL
 * (refresh, retry), a small switchboard in front of `fetch` sends a URL's requests either to
 * the good fixture or to a failing one, chosen per test.
 */
import '../src/indicator-card/define.js';
import '../src/progress-ring/define.js';
import '../src/trend-chart/define.js';
import '../src/district-map/define.js';
import { loading } from '../src/core/data-controller.js';
import { $, captureWarnings, expect, expectNoViolations, recordEvents, shadowText, until } from './helpers.js';

const fixture = (q: Record<string, string | number>) => '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();
const count = async (key: string) => (await (await fetch(`/__fixture/count?key=${key}`)).json()).count as number;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- the switchboard -------------------------------------------------------------------------

/** What requests to `/__switch/<key>` get: the fixture URL they are sent to, or a network error. */
const routes = new Map<string, string | 'network-error'>();
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const m = /\/__switch\/([\w-]+)/.exec(href);
  if (!m) return realFetch(input, init);
  const route = routes.get(m[1]);
  if (route === undefined) throw new Error(`no route for ${m[1]}`);
  if (route === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
  return realFetch(route, init);
};
let switches = 0;
/** A URL whose answer the test changes with `routes.set(key, …)`. */
function switchable(first: string): { key: string; url: string } {
  const key = `sw${++switches}-${Date.now()}`;
  routes.set(key, first);
  return { key, url: `/__switch/${key}` };
}

// ---- the elements ----------------------------------------------------------------------------

interface Case {
  tag: string;
  attrs: Record<string, string>;
  /** A good JSON body, and text that proves it is shown. */
  json: string;
  shows: string;
  /** Well-formed JSON with a value the element cannot use, and the error code it gives. */
  bad: string;
  badCode: string;
  /** A second good body (for refresh), and its text. */
  json2: string;
  shows2: string;
  /** A good CSV body and its text. */
  csv: string;
  csvShows: string;
}

const CASES: Case[] = [
  {
    tag: 'civic-indicator-card',
    attrs: { 'data-label': '稳岗返还资金', 'data-unit': '元' },
    json: JSON.stringify({ value: 219000000, previous: 180000000 }),
    shows: '2.19亿元',
    bad: JSON.stringify({ value: 'abc' }),
    badCode: 'invalid-number',
    json2: JSON.stringify({ value: 230000000 }),
    shows2: '2.3亿元',
    csv: '指标,值\n稳岗返还资金,219000000',
    csvShows: '2.19亿元',
  },
  {
    tag: 'civic-progress-ring',
    attrs: { 'data-label': '机械化清扫率' },
    json: JSON.stringify({ value: 92, previous: 78 }),
    shows: '92%',
    bad: JSON.stringify({ value: 'abc' }),
    badCode: 'invalid-number',
    json2: JSON.stringify({ value: 94.1 }),
    shows2: '94.1%',
    csv: '指标,值\n机械化清扫率,92',
    csvShows: '92%',
  },
  {
    tag: 'civic-trend-chart',
    attrs: { 'data-label': '城乡低保标准提高幅度', 'data-type': 'bar', 'data-unit': '%', 'data-lazy': 'false' },
    json: JSON.stringify({ labels: ['城市低保', '农村低保'], series: [{ name: '提高幅度', values: [5.62, 8.09] }] }),
    shows: '城市低保5.62%',
    bad: JSON.stringify({ labels: ['城市低保', '农村低保'], series: [{ name: '提高幅度', values: [5.62] }] }),
    badCode: 'length-mismatch',
    json2: JSON.stringify({ labels: ['城市低保', '农村低保'], series: [{ name: '提高幅度', values: [6.5, 9.25] }] }),
    shows2: '城市低保6.5%',
    csv: '类别,提高幅度\n城市低保,5.62\n农村低保,8.09',
    csvShows: '城市低保5.62%',
  },
  {
    tag: 'civic-district-map',
    // Illustrative numbers (示意数据).
    attrs: { 'data-label': '示意数据', 'data-map': 'anshan', 'data-unit': '处', 'data-lazy': 'false' },
    json: JSON.stringify({ 海城: 88, 铁东区: 61 }),
    shows: '海城市 88处',
    bad: JSON.stringify({ 海城: 'abc', 铁东区: 61 }),
    badCode: 'invalid-number',
    json2: JSON.stringify({ 海城: 90, 铁东区: 61 }),
    shows2: '海城市 90处',
    csv: '地区,站点\n海城,88\n铁东区,61',
    csvShows: '海城市 88处',
  },
];

const json = (body: string, extra: Record<string, string | number> = {}) => fixture({ type: 'application/json', body, ...extra });

/** Mounts the element on `src`; warnings and events are recorded from the start. */
function mount(c: Case, src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(c.tag) as HTMLElement & { updateComplete: Promise<unknown>; src: string };
  for (const [k, v] of Object.entries({ ...c.attrs, ...attrs })) el.setAttribute(k, v);
  el.setAttribute('data-src', src);
  const events = recordEvents(el, 'civic-error', 'civic-data', 'civic-ready');
  const states: string[] = [];
  new MutationObserver(() => states.push(el.getAttribute('state') ?? '')).observe(el, { attributeFilter: ['state'] });
  document.body.append(el);
  return { el, events, states };
}

const state = (el: Element) => el.getAttribute('state');
const settled = (el: Element, s: string, ms = 10000) => until(() => state(el) === s, ms, `state ${s} (is ${state(el)})`);
const errors = (events: CustomEvent[]) => events.filter((e) => e.type === 'civic-error').map((e) => e.detail.code as string);
const message = (el: Element) => ($(el, '[part=message]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const retryButton = (el: Element) => $<HTMLButtonElement>(el, '[part=retry]');
/** The error code a developer finds on the message (its title), never in its visible text. */
const codeOf = (el: Element) => {
  const m = $(el, '[part~=message]')!;
  expect(m.innerText, 'the code is not the headline').to.not.contain(m.getAttribute('title') ?? '\u0000');
  return m.getAttribute('title');
};

const saved = { ...loading };
afterEach(() => {
  Object.assign(loading, saved);
  document.querySelectorAll('body > [data-src]').forEach((e) => e.remove());
  expectNoViolations();
});

before(async function () {
  // ECharts and the map boundaries load once, up front: each test's timing is about the network.
  this.timeout(60000);
  await Promise.all([import('../src/echarts/trend.js'), import('../src/echarts/map.js')]);
});

/** A fault, how to produce it and what the element must show. */
interface Fault {
  name: string;
  src: (c: Case) => string;
  code: string;
  /** Runs before mounting (e.g. a short timeout). */
  setup?: () => void;
}
const FAULTS: Fault[] = [
  { name: 'HTTP 404', src: () => fixture({ status: 404, type: 'text/html', body: '<h1>Not Found</h1>' }), code: 'fetch-failed' },
  { name: 'HTTP 500', src: () => fixture({ status: 500, type: 'application/json', body: '{"error":"boom"}' }), code: 'fetch-failed' },
  { name: 'a network error', src: () => switchable('network-error').url, code: 'fetch-failed' },
  {
    name: 'no answer within data-src’s timeout',
    setup: () => (loading.timeout = 300),
    src: (c) => json(c.json, { delay: 3000 }),
    code: 'fetch-timeout',
  },
  {
    name: 'an HTML page instead of JSON (200, text/html)',
    src: () => fixture({ type: 'text/html', body: '<!doctype html><title>登录</title><p>请先登录</p>' }),
    code: 'unsupported-format',
  },
  {
    name: 'an HTML page labelled as JSON',
    src: () => json('<!doctype html><html><body>502 Bad Gateway</body></html>'),
    code: 'invalid-json',
  },
  { name: 'a JSON body cut halfway', src: (c) => json(c.json.slice(0, Math.floor(c.json.length / 2))), code: 'invalid-json' },
  { name: 'an empty 200 body labelled as JSON', src: () => json(''), code: 'invalid-json' },
];

for (const c of CASES) {
  describe(`<${c.tag}> data-src network faults`, function () {
    this.timeout(30000);

    for (const f of FAULTS) {
      it(`${f.name}: error state, ${f.code} shown, one warning naming data-src, civic-error`, async () => {
        f.setup?.();
        const {
          result: { el, events, states },
          warnings,
        } = await captureWarnings(async () => {
          const m = mount(c, f.src(c));
          await settled(m.el, 'error');
          await m.el.updateComplete;
          return m;
        });
        expect(codeOf(el), 'the code in the message title').to.equal(f.code);
        expect($(el, '[part~=error-code]')!.textContent).to.equal(f.code);
        expect($(el, '[part=message]')!.getAttribute('role')).to.equal('alert');
        expect(errors(events)).to.deep.equal([f.code]);
        expect(events.find((e) => e.type === 'civic-error')!.detail.attribute).to.equal('data-src');
        expect(
          warnings.filter((w) => w.includes('data-src')),
          warnings.join('\n'),
        ).to.have.length(1);
        expect(
          states.filter((s) => s !== 'loading' && s !== 'error'),
          'never ready or empty on the way',
        ).to.deep.equal([]);
        expect(events.filter((e) => e.type === 'civic-ready' || e.type === 'civic-data')).to.deep.equal([]);
        expect($(el, '[part=frame]')!.getAttribute('aria-busy')).to.equal('false');
      });
    }

    for (const [what, code, bad] of [
      ['HTTP 500', 'fetch-failed', () => fixture({ status: 500 })],
      ['a network error', 'fetch-failed', () => 'network-error' as const],
      ['an HTML page', 'unsupported-format', () => fixture({ type: 'text/html', body: '<p>维护中</p>' })],
      // Spec §3: "failure shows the error state with a retry button" — a body cut off by the
      // network is a failed load like any other, and a retry is what fixes it.
      ['a truncated JSON body', 'invalid-json', (cc: Case) => json(cc.json.slice(0, 9))],
    ] as const) {
      it(`after ${what} (${code}) the retry button loads again and recovers`, async () => {
        const sw = switchable(bad(c));
        const {
          result: { el, events },
        } = await captureWarnings(async () => {
          const m = mount(c, sw.url);
          await settled(m.el, 'error');
          await m.el.updateComplete;
          return m;
        });
        expect(codeOf(el)).to.equal(code);
        const button = retryButton(el);
        expect(button, `a retry button for ${code}`).to.not.equal(null);
        expect(button!.textContent!.trim()).to.equal('重试');
        routes.set(sw.key, json(c.json));
        button!.click();
        await settled(el, 'ready');
        await until(() => shadowText(el).includes(c.shows), 5000, `"${c.shows}" shown`);
        expect(retryButton(el)).to.equal(null);
        expect(message(el)).to.equal('');
        await until(() => events.some((e) => e.type === 'civic-ready'), 10000, 'civic-ready after recovery');
      });
    }

    it('a timed-out load is retried with the button and recovers', async () => {
      loading.timeout = 300;
      const sw = switchable(json(c.json, { delay: 3000 }));
      const {
        result: { el },
      } = await captureWarnings(async () => {
        const m = mount(c, sw.url);
        await settled(m.el, 'error');
        await m.el.updateComplete;
        return m;
      });
      expect(codeOf(el)).to.equal('fetch-timeout');
      loading.timeout = 10000;
      routes.set(sw.key, json(c.json, { delay: 200 }));
      retryButton(el)!.click();
      await until(() => state(el) === 'loading', 3000, 'loading again while retrying');
      await settled(el, 'ready');
      expect(shadowText(el)).to.contain(c.shows);
    });

    it('a slow answer (1.5 s, within the timeout) shows loading, then ready; no error', async () => {
      const {
        result: { el, events, states },
        warnings,
      } = await captureWarnings(async () => {
        const m = mount(c, json(c.json, { delay: 1500 }));
        await m.el.updateComplete;
        expect(state(m.el)).to.equal('loading');
        expect($(m.el, '[part=frame]')!.getAttribute('aria-busy')).to.equal('true');
        await settled(m.el, 'ready', 15000);
        return m;
      });
      expect(shadowText(el)).to.contain(c.shows);
      expect(errors(events)).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(states.filter((s) => s !== 'loading' && s !== 'ready')).to.deep.equal([]);
      await until(() => events.some((e) => e.type === 'civic-ready'), 10000, 'civic-ready');
    });

    it('CSV by content type works through the same path', async () => {
      const { el } = mount(c, fixture({ type: 'text/csv; charset=utf-8', body: c.csv }));
      await settled(el, 'ready');
      expect(shadowText(el)).to.contain(c.csvShows);
    });

    it('with data-refresh, failed refreshes keep the last good data (ready, no flash of loading); recovery shows new data', async () => {
      loading.minRefresh = 0.1;
      const sw = switchable(json(c.json, { count: `refresh-${c.tag}-${Date.now()}` }));
      const { el, events, states } = mount(c, sw.url, { 'data-refresh': '0.1' });
      await settled(el, 'ready');
      await until(() => shadowText(el).includes(c.shows), 5000, 'first data');
      const dataEvents = () => events.filter((e) => e.type === 'civic-data').length;
      const before = dataEvents();
      states.length = 0;

      const { warnings } = await captureWarnings(async () => {
        // Each kind of failure in turn, each for a few refresh periods.
        for (const bad of [
          fixture({ status: 500 }),
          'network-error',
          fixture({ type: 'text/html', body: '<p>x</p>' }),
          json('{"labels": ['),
          json(c.bad),
        ]) {
          routes.set(sw.key, bad);
          const seen = errors(events).length;
          await until(() => errors(events).length > seen, 5000, `refresh failure reported (${bad})`);
          await sleep(250);
          expect(state(el), `still ready after ${bad}`).to.equal('ready');
          expect(shadowText(el), 'last good data kept').to.contain(c.shows);
          // The reader is told, with the time of the data shown; a styling hook is set.
          await until(() => el.hasAttribute('stale'), 2000, 'stale attribute');
          expect($(el, '[part=stale]')?.textContent).to.match(/^数据更新失败，显示的是 \d\d:\d\d 的数据$/);
          expect($(el, '[part=stale]')!.getAttribute('role')).to.equal('status');
        }
      });
      expect(
        states.filter((s) => s !== 'ready'),
        'the state never left ready',
      ).to.deep.equal([]);
      expect(errors(events)).to.include.members(['fetch-failed', 'unsupported-format', 'invalid-json', c.badCode]);
      expect(warnings.length, 'failures are warned about').to.be.at.least(3);
      expect(dataEvents(), 'no civic-data for a failed refresh').to.equal(before);

      routes.set(sw.key, json(c.json2));
      await until(() => shadowText(el).includes(c.shows2), 5000, 'new data after recovery');
      expect(state(el)).to.equal('ready');
      await el.updateComplete;
      expect(el.hasAttribute('stale'), 'stale cleared by a good refresh').to.equal(false);
      expect($(el, '[part=stale]')).to.equal(null);
      expect(dataEvents()).to.equal(before + 1);
      el.remove();
    });

    it('removal while a slow load is in flight: nothing lands late, no error, no timer keeps fetching', async () => {
      loading.minRefresh = 0.1;
      const key = `gone-${c.tag}-${Date.now()}`;
      const { el, events } = mount(c, json(c.json, { delay: 600, count: key }), { 'data-refresh': '0.1' });
      await el.updateComplete;
      await sleep(100);
      el.remove();
      await sleep(1200);
      expect(errors(events), 'an abort is not an error').to.deep.equal([]);
      const hits = await count(key);
      await sleep(500);
      expect(await count(key), 'no refresh after removal').to.equal(hits);
    });
  });
}

// ---- what a reader sees when the first load fails ------------------------------------------

for (const c of CASES) {
  describe(`<${c.tag}> failed first load with the author's fallback content`, function () {
    this.timeout(30000);

    it('keeps the fallback visible under a short notice and a retry sized to its text; no update date', async () => {
      const el = document.createElement(c.tag) as HTMLElement & { updateComplete: Promise<unknown> };
      for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
      el.setAttribute('data-updated', '2021-06-30');
      el.setAttribute('data-src', fixture({ status: 500, type: 'text/csv', body: 'boom' }));
      el.style.inlineSize = '1018px';
      const p = document.createElement('p');
      p.textContent = '2021年全市新增就业2.8万人，城市低保标准提高5.62%。';
      el.append(p);
      const events = recordEvents(el, 'civic-error');
      await captureWarnings(async () => {
        document.body.append(el);
        await settled(el, 'error');
        await el.updateComplete;
      });
      // The author's paragraph is slotted and on screen.
      const slot = $<HTMLSlotElement>(el, '.fallback slot')!;
      expect(slot.assignedElements()).to.deep.equal([p]);
      expect(p.getBoundingClientRect().height, 'fallback paragraph laid out').to.be.greaterThan(10);
      expect(p.checkVisibility()).to.equal(true);
      // A short localized notice; the code only for developers.
      const m = $(el, '[part~=message]')!;
      expect(m.innerText.replace(/\s+/g, ' ').trim()).to.equal('数据加载失败 重试');
      expect(m.getAttribute('title')).to.equal('fetch-failed');
      expect(events.map((e) => e.detail.code)).to.deep.equal(['fetch-failed']);
      // The retry button is as wide as its text, not the frame.
      const button = retryButton(el)!;
      expect(button.getBoundingClientRect().width).to.be.lessThan(120);
      // No date for data that is not there.
      expect(shadowText(el)).to.not.contain('更新于');
      await expect(el).to.be.accessible();
      el.remove();
    });
  });
}

describe('failed first load: localized notice, fallback table, developers can show the code', function () {
  this.timeout(30000);

  it('en: the notice, the table fallback of a trend chart, and ::part(error-code)', async () => {
    // A constructed sheet: the strict CSP of the tests refuses an inline <style>.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.show-code::part(error-code) { display: inline; }');
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, sheet];
    const el = document.createElement('civic-trend-chart') as HTMLElement & { updateComplete: Promise<unknown> };
    el.lang = 'en';
    el.className = 'show-code';
    el.setAttribute('data-lazy', 'false');
    el.setAttribute('data-src', fixture({ status: 503, type: 'text/csv', body: '' }));
    const table = document.createElement('table');
    table
      .createTHead()
      .insertRow()
      .append(
        Object.assign(document.createElement('th'), { textContent: 'Year' }),
        Object.assign(document.createElement('th'), { textContent: 'Jobs' }),
      );
    const row = table.createTBody().insertRow();
    row.insertCell().textContent = '2021';
    row.insertCell().textContent = '2.8万';
    el.append(table);
    await captureWarnings(async () => {
      document.body.append(el);
      await settled(el, 'error');
      await el.updateComplete;
    });
    expect(table.checkVisibility(), 'the author’s table is shown').to.equal(true);
    const m = $(el, '[part~=message]')!;
    expect(m.innerText.replace(/\s+/g, ' ').trim()).to.equal('The data could not be loaded fetch-failed Retry');
    el.remove();
    document.adoptedStyleSheets = before;
  });
});
