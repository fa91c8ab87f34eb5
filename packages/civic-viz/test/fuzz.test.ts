/**
 * Property-based fuzzing of all four elements (spec §4: "bad input never throws out of a
 * lifecycle callback and never blanks the page"). fast-check with a fixed seed, so a failure is
 * reproducible: fast-check prints the seed, the path and the (shrunk) counterexample.
 *
 * For every generated attribute set, on a fresh element:
 * - no uncaught error (`error`) and no unhandled rejection (`unhandledrejection`) on window;
 * - the element settles in a spec state: ready, empty or error (loading only transiently);
 * - error → a visible message containing a known error code, a `civic-error` with that code
 *   and a console warning naming it;
 * - ready → `civic-ready` follows (a chart that is ready is also drawn).
 */
import fc from 'fast-check';
import '../src/indicator-card/define.js';
import '../src/progress-ring/define.js';
import '../src/trend-chart/define.js';
import '../src/district-map/define.js';
import { captureWarnings, expect, expectNoViolations, until } from './helpers.js';

const SEED = 20211220;
const RUNS = 200;
const CODES = [
  'invalid-json',
  'invalid-number',
  'length-mismatch',
  'fetch-failed',
  'fetch-timeout',
  'unsupported-format',
  'invalid-encoding',
  'unknown-map',
  'unknown-region',
  'invalid-url',
];

// ---- what the page saw ------------------------------------------------------------------------

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message} ${e.filename}:${e.lineno}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandledrejection: ${(e.reason as Error)?.stack ?? e.reason}`));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- arbitraries --------------------------------------------------------------------------------

const WEIRD_NUMBERS = [
  '',
  ' ',
  '\t\n ',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '1e309',
  '-1e309',
  '1e-400',
  '5e-324',
  '1.7976931348623157e308',
  '9007199254740993',
  '-0',
  '0',
  '00012',
  '.5',
  '5.',
  '+5',
  '--1',
  '1e',
  'e5',
  '1e+',
  '0x1F',
  '0b101',
  '0o17',
  '1_000',
  '1,000',
  '１２３',
  '٣٤',
  '一百',
  '92%',
  '2.19亿',
  '¥100',
  '1 000',
  ' 42 ',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '[1]',
  '"5"',
  // Numbers as Chinese text writes them, and what is refused.
  '1.1万',
  '1.1萬',
  '2.19億',
  '121万亿',
  '２，３９１',
  '2，391',
  '－５',
  '１．５',
  '\u00a062\u3000',
  '94.1％',
  '约12万',
  '12万余',
  '370余处',
  '1.5万余家（次）',
  '—',
  '——',
  '…',
  'N/A',
  '5千',
  '1.2百万',
  '10-20',
  '1,2',
  '1万%',
  '1e3万',
  '万',
  '.万',
  '+-1',
  '9'.repeat(20) + '万亿',
  '9'.repeat(400),
  '1'.repeat(30) + '.5',
  '-' + '9'.repeat(25),
  '0.' + '0'.repeat(30) + '1',
];
const numberish = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD_NUMBERS) },
  { weight: 3, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 1e9 }).map(String) },
  { weight: 1, arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((n) => n.toExponential()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
/** A JSON value that should be a number (any JSON value, numbers most often). */
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, '', '12', 'x', '1e999', [], {}, [1, 2]) },
  { weight: 1, arbitrary: numberish },
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(
    '城市低保',
    '<img src=x onerror=alert(1)>',
    '"quoted"',
    'a,b',
    '__proto__',
    'constructor',
    '\u202Eevil',
    '\u0000',
    '𝟘𝟙',
    '😀👨‍👩‍👧',
  ),
);
/** Well-formed JSON of a value, or the same text broken in a typical way. */
function jsonOf(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: value.map((v) => JSON.stringify(v)) },
    {
      weight: 1,
      arbitrary: fc.tuple(value, fc.nat()).map(([v, n]) => {
        const s = JSON.stringify(v) ?? '';
        return s.slice(0, n % (s.length + 1));
      }),
    },
    { weight: 1, arbitrary: value.map((v) => (JSON.stringify(v) ?? '') + ',') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '[',
        '{',
        '[1,',
        '{"a":',
        'null',
        '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
        '{"__proto__": {"polluted": 1}}',
        "{'a': 1}",
        '[1, 2, 3,]',
        '[NaN]',
        '[Infinity]',
        '[1e999]',
      ),
    },
  );
}
/** Comma list or JSON array of numbers (with gaps, junk and weird numbers). */
const numberList = fc.oneof(
  fc.array(numberish, { maxLength: 12 }).map((a) => a.join(',')),
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 12 }).map((a) => a.join(',')),
  jsonOf(fc.array(jsonValue, { maxLength: 12 })),
  fc.constantFrom('', ',', ',,,', '1,,3', '1, 2 ,3', '-,1,-', '1;2;3', '1，2，3'),
);
const labelList = fc.oneof(
  fc.array(text, { maxLength: 12 }).map((a) => a.join(',')),
  jsonOf(fc.array(text, { maxLength: 12 })),
);
const url = fc.constantFrom(
  '',
  'https://example.org/a',
  '/relative',
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  '//evil.example',
  'http://',
  'mailto:a@b.c',
  '\u0000javascript:x',
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

/** Attributes every element has (spec §3); data-src is left to network-faults.test.ts. */
const common = {
  lang: maybe(
    fc.constantFrom(
      'zh-CN',
      'zh-Hans',
      'zh-TW',
      'zh-HK',
      'zh-Hant',
      'en',
      'en-GB',
      'fr',
      'ar',
      '',
      'xx-!!',
      'ZH-cn',
      'i-klingon',
      '😀',
      'und',
      'zh-Hant-TW-u-nu-hanidec',
    ),
  ),
  'data-label': maybe(text),
  'data-description': maybe(text),
  'data-unit': maybe(fc.constantFrom('元', '亿元', '万元', '户', '人', '%', '个', '', 'km²', '<b>', '万')),
  'data-notation': maybe(fc.constantFrom('auto', 'compact', 'standard', '', 'scientific', 'COMPACT')),
  'data-precision': maybe(numberish),
  'data-source': maybe(text),
  'data-source-href': maybe(url),
  'data-updated': maybe(
    fc.constantFrom(
      '2021-12-20',
      '2021-02-30',
      '20211220',
      'yesterday',
      '',
      '9999-99-99',
      '0000-01-01',
      '2021-12-20T25:00:00Z',
      '+275760-09-13',
    ),
  ),
  'data-theme': maybe(fc.constantFrom('light', 'dark', 'auto', '', 'neon')),
  'data-care': maybe(fc.constantFrom('', 'false', 'true', 'yes')),
  'data-lazy': maybe(fc.constantFrom('false', 'true', '')),
};

const card = fc.record(
  {
    ...common,
    'data-value': maybe(numberish),
    'data-previous': maybe(numberish),
    'data-change': maybe(numberish),
    'data-change-label': maybe(text),
    'data-good': maybe(fc.constantFrom('up', 'down', 'neutral', '', 'sideways')),
    'data-target': maybe(numberish),
    'data-href': maybe(url),
    'data-sparkline': maybe(numberList),
    'data-sparkline-labels': maybe(labelList),
  },
  { requiredKeys: [] },
);

const ringEntry = fc.record(
  { label: fc.oneof(text, jsonValue), value: jsonValue, max: fc.oneof(jsonValue, fc.constant(undefined)) },
  { requiredKeys: [] },
);
const ring = fc.record(
  {
    ...common,
    'data-value': maybe(numberish),
    'data-max': maybe(fc.oneof(numberish, fc.constantFrom('0', '-100', '1e-300'))),
    'data-previous': maybe(numberish),
    'data-target': maybe(numberish),
    'data-change-label': maybe(text),
    'data-rings': maybe(jsonOf(fc.oneof(fc.array(ringEntry, { maxLength: 6 }), jsonValue, fc.dictionary(text, jsonValue)))),
  },
  { requiredKeys: [] },
);

const seriesEntry = fc.record(
  { name: fc.oneof(text, jsonValue), values: fc.oneof(fc.array(jsonValue, { maxLength: 10 }), jsonValue) },
  { requiredKeys: [] },
);
const trend = fc.record(
  {
    ...common,
    'data-type': maybe(fc.constantFrom('line', 'area', 'bar', '', 'pie', 'BAR')),
    'data-horizontal': maybe(fc.constantFrom('', 'false')),
    'data-stacked': maybe(fc.constantFrom('', 'false')),
    'data-smooth': maybe(fc.constantFrom('', 'false')),
    'data-labels': maybe(labelList),
    'data-values': maybe(numberList),
    'data-series-name': maybe(text),
    'data-series': maybe(jsonOf(fc.oneof(fc.array(seriesEntry, { maxLength: 5 }), jsonValue))),
    'data-target': maybe(numberish),
    'data-y-min': maybe(numberish),
    'data-y-max': maybe(numberish),
  },
  { requiredKeys: [] },
);

const REGIONS = [
  '铁东区',
  '铁西区',
  '立山区',
  '千山区',
  '海城市',
  '台安县',
  '岫岩满族自治县',
  '海城',
  '岫岩',
  '鐵西區',
  '臺安',
  '立山',
  '沈河区',
  '和平区',
  '',
  ' ',
  '区',
  '市',
  '__proto__',
  'constructor',
  'toString',
];
const region = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...REGIONS) }, { weight: 1, arbitrary: text });
const mapValues = fc.oneof(
  jsonOf(fc.dictionary(region, jsonValue, { maxKeys: 9 })),
  jsonOf(fc.array(fc.record({ name: fc.oneof(region, jsonValue), value: jsonValue }, { requiredKeys: [] }), { maxLength: 9 })),
  jsonOf(
    fc.record(
      { regions: fc.array(fc.record({ name: region, value: jsonValue }, { requiredKeys: [] }), { maxLength: 9 }) },
      { requiredKeys: [] },
    ),
  ),
  numberList,
);
const map = fc.record(
  {
    ...common,
    'data-map': fc.oneof(
      { weight: 5, arbitrary: fc.constant('anshan') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('', 'ANSHAN', ' anshan ', 'beijing', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
      },
      { weight: 1, arbitrary: text },
    ),
    'data-values': maybe(mapValues),
    'data-colors': maybe(
      fc.oneof(
        fc
          .array(fc.constantFrom('red', '#fff', '#12345', 'rgb(1,2,3)', 'oklch(50% 0.2 200)', 'var(--x)', 'transparent', 'notacolor', ''), {
            maxLength: 5,
          })
          .map((a) => a.join(',')),
        jsonOf(fc.array(text, { maxLength: 4 })),
      ),
    ),
    'data-scale': maybe(fc.constantFrom('linear', 'threshold', '', 'log')),
    'data-breaks': maybe(numberList),
    'data-show-labels': maybe(fc.constantFrom('', 'false')),
    'data-selected': maybe(region),
  },
  { requiredKeys: [] },
);

// Valid-shaped inputs with extreme numbers (±1.8e308, 5e-324, -0, gaps, inverted axis bounds):
// these reach ECharts, where a crash would be an uncaught error or an element never drawn.
const finite = fc.oneof(
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1e9 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 1e-7) },
);
const finiteText = finite.map((n) => (Object.is(n, -0) ? '-0' : String(n)));
const shapedCard = fc.record(
  {
    ...common,
    'data-value': finiteText,
    'data-previous': maybe(finiteText),
    'data-change': maybe(finiteText),
    'data-target': maybe(finiteText),
    'data-sparkline': maybe(fc.array(fc.option(finite, { nil: null }), { minLength: 1, maxLength: 30 }).map((a) => JSON.stringify(a))),
  },
  { requiredKeys: ['data-value'] },
);
const shapedRing = fc.record(
  {
    ...common,
    'data-value': maybe(finiteText),
    'data-max': maybe(finiteText),
    'data-previous': maybe(finiteText),
    'data-target': maybe(finiteText),
    'data-rings': maybe(
      fc.array(fc.record({ label: text, value: finite, max: finite }), { minLength: 1, maxLength: 6 }).map((a) => JSON.stringify(a)),
    ),
  },
  { requiredKeys: [] },
);
const shapedTrend = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 4 }), fc.boolean()).chain(([n, k, multi]) =>
  fc.record(
    {
      ...common,
      'data-type': maybe(fc.constantFrom('line', 'area', 'bar')),
      'data-horizontal': maybe(fc.constant('')),
      'data-stacked': maybe(fc.constant('')),
      'data-smooth': maybe(fc.constant('')),
      'data-labels': fc
        .array(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((x) => !x.includes(',') && x.trim() === x && x !== ''),
          { minLength: n, maxLength: n },
        )
        .map((a) => JSON.stringify(a)),
      'data-values': multi
        ? fc.constant(undefined)
        : fc.array(fc.option(finite, { nil: null, freq: 8 }), { minLength: n, maxLength: n }).map((a) => JSON.stringify(a)),
      'data-series': multi
        ? fc
            .array(fc.record({ name: text, values: fc.array(fc.option(finite, { nil: null, freq: 8 }), { minLength: n, maxLength: n }) }), {
              minLength: k,
              maxLength: k,
            })
            .map((a) => JSON.stringify(a))
        : fc.constant(undefined),
      'data-target': maybe(finiteText),
      'data-y-min': maybe(finiteText),
      'data-y-max': maybe(finiteText),
    },
    { requiredKeys: ['data-labels'] },
  ),
);
const shapedMap = fc.record(
  {
    ...common,
    'data-map': fc.constant('anshan'),
    'data-values': fc
      .dictionary(fc.constantFrom(...REGIONS.slice(0, 14)), fc.option(finite, { nil: null, freq: 6 }), { minKeys: 1, maxKeys: 9 })
      .map((d) => JSON.stringify(d)),
    'data-scale': maybe(fc.constantFrom('linear', 'threshold')),
    'data-breaks': maybe(fc.array(finite, { minLength: 1, maxLength: 6 }).map((a) => a.join(','))),
    'data-colors': maybe(
      fc
        .array(fc.constantFrom('red', '#fff', '#0d4a9e', 'rgb(1,2,3)', 'hsl(200 50% 50%)', 'transparent'), { minLength: 2, maxLength: 5 })
        .map((a) => a.join(',')),
    ),
    'data-show-labels': maybe(fc.constantFrom('', 'false')),
    'data-selected': maybe(region),
  },
  { requiredKeys: ['data-map', 'data-values'] },
);

// ---- the property -----------------------------------------------------------------------------

type Attrs = Record<string, string | undefined>;
const host = document.createElement('div');
host.style.cssText = 'width:480px';
document.body.append(host);

interface Outcome {
  state: string | null;
  problems: string[];
}

/** Mounts one element with `attrs` (and children) and checks the spec's promises; returns what went wrong. */
async function check(tag: string, attrs: Attrs, settleMs = 8000, children: () => Node[] = () => []): Promise<Outcome> {
  const problems: string[] = [];
  uncaught.length = 0;
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  // Animation off keeps the run short (civic-ready waits for ECharts' animation to finish);
  // the fuzzed attributes may still set it back.
  el.setAttribute('data-animation', 'off');
  el.setAttribute('data-lazy', 'false');
  const seen: CustomEvent[] = [];
  for (const type of ['civic-error', 'civic-ready']) el.addEventListener(type, (e) => seen.push(e as CustomEvent));
  const { warnings } = await captureWarnings(async () => {
    try {
      for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
    } catch (e) {
      // An attribute name/value the DOM itself refuses is not the element's business.
      problems.push(`setAttribute threw: ${(e as Error).message}`);
    }
    el.append(...children());
    host.append(el);
    await el.updateComplete;
    // Loading is transient: the built-in map and ECharts load asynchronously.
    await until(() => el.getAttribute('state') !== 'loading', settleMs, 'a settled state').catch(() =>
      problems.push(`stuck in ${el.getAttribute('state')}`),
    );
    await el.updateComplete;
    const state = el.getAttribute('state');
    if (state === 'ready') {
      await until(() => seen.some((e) => e.type === 'civic-ready'), 8000, 'civic-ready').catch(() =>
        problems.push('ready but no civic-ready'),
      );
    }
    // Let a late rejection from an async draw surface.
    await sleep(20);
  });

  const state = el.getAttribute('state');
  if (!['ready', 'empty', 'error'].includes(state ?? '')) problems.push(`state ${state}`);
  if (state === 'error') {
    const msg = el.shadowRoot?.querySelector<HTMLElement>('[part=message]');
    const shown = (msg?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const code = CODES.find((c) => shown.includes(c));
    if (!msg || !code) problems.push(`error without a message naming a code: "${shown}"`);
    else {
      const box = msg.getBoundingClientRect();
      if (!box.width || !box.height || getComputedStyle(msg).visibility === 'hidden') problems.push('error message not visible');
      if (!seen.some((e) => e.type === 'civic-error' && e.detail?.code === code))
        problems.push(`no civic-error for ${code} (saw ${seen.map((e) => e.detail?.code).join()})`);
      if (!warnings.some((w) => w.includes(code))) problems.push(`no console.warn naming ${code}`);
    }
  }
  for (const e of seen.filter((e) => e.type === 'civic-error')) {
    if (!CODES.includes(e.detail?.code)) problems.push(`civic-error with unknown code ${e.detail?.code}`);
  }
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype polluted');
  problems.push(...uncaught);
  el.remove();
  return { state, problems };
}

/** Half wild input, half valid-shaped input with extreme numbers. */
const ELEMENTS: [string, fc.Arbitrary<Attrs>][] = [
  ['civic-indicator-card', fc.oneof(card, shapedCard)],
  ['civic-progress-ring', fc.oneof(ring, shapedRing)],
  ['civic-trend-chart', fc.oneof(trend, shapedTrend as fc.Arbitrary<Attrs>)],
  ['civic-district-map', fc.oneof(map, shapedMap)],
];

before(async function () {
  this.timeout(60000);
  await Promise.all([import('../src/echarts/trend.js'), import('../src/echarts/map.js')]);
});
afterEach(() => expectNoViolations());

describe('fuzzing attributes (fast-check, fixed seed)', function () {
  this.timeout(180000);

  it('the harness itself flags a broken outcome (control)', async () => {
    // A stand-in that throws asynchronously and stays in loading: both must be caught.
    class Broken extends HTMLElement {
      updateComplete = Promise.resolve();
      connectedCallback() {
        this.setAttribute('state', 'loading');
        void Promise.reject(new Error('late failure'));
      }
    }
    if (!customElements.get('fuzz-broken')) customElements.define('fuzz-broken', Broken);
    const { problems } = await check('fuzz-broken', {}, 500);
    expect(problems.join('\n')).to.contain('stuck in loading').and.contain('unhandledrejection').and.contain('late failure');
  });

  for (const [tag, attrs] of ELEMENTS) {
    it(`<${tag}>: ${RUNS} runs end in ready/empty/error, never throwing, errors visible with a code`, async () => {
      const states: Record<string, number> = {};
      const t0 = performance.now();
      await fc.assert(
        fc.asyncProperty(attrs, async (a) => {
          const { state, problems } = await check(tag, a);
          states[state ?? 'null'] = (states[state ?? 'null'] ?? 0) + 1;
          if (problems.length) throw new Error(problems.join('; '));
        }),
        // Shrinking re-runs the browser work; the time limit keeps a failure's report prompt.
        { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 150000, markInterruptAsFailure: true },
      );
      console.log(`[fuzz] <${tag}> ${RUNS} runs in ${Math.round(performance.now() - t0)} ms, states ${JSON.stringify(states)}`);
      // The generators must reach every outcome, or the property proves little.
      expect(Object.keys(states)).to.include.members(['ready', 'error']);
    });
  }
});

/**
 * Frameworks set properties, not attributes: React 19 assigns `undefined` when a prop is removed,
 * and `unit={null}` passes null. Every reactive property of every element, set to null, undefined
 * or a number after a ready render, must leave the element in a spec state without throwing.
 */
describe('properties set to null, undefined or a number', function () {
  this.timeout(120000);
  const READY: [string, Record<string, string>][] = [
    ['civic-indicator-card', { 'data-value': '219000000', 'data-unit': '元', 'data-label': '稳岗返还' }],
    ['civic-progress-ring', { 'data-value': '92', 'data-previous': '78', 'data-unit': '%', 'data-label': '清扫率' }],
    [
      'civic-trend-chart',
      { 'data-labels': '2020,2021', 'data-values': '78,92', 'data-unit': '%', 'data-label': '清扫率', 'data-lazy': 'false' },
    ],
    [
      'civic-district-map',
      { 'data-map': 'anshan', 'data-values': '{"铁东区":61}', 'data-unit': '个', 'data-label': '园区', 'data-lazy': 'false' },
    ],
  ];
  for (const [tag, attrs] of READY) {
    it(`<${tag}>: each property in turn`, async () => {
      const ctor = customElements.get(tag) as unknown as { elementProperties: Map<string, unknown> };
      const names = [...ctor.elementProperties.keys()].filter((k) => typeof k === 'string' && k !== 'state') as string[];
      expect(names).to.include.members(['src', 'unit', 'label', 'sourceHref']);
      const failures: string[] = [];
      for (const value of [null, undefined, 7]) {
        for (const name of names) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          document.body.append(el);
          const before = uncaught.length;
          try {
            await el.updateComplete;
            el[name] = value;
            await el.updateComplete;
            await sleep(0);
          } catch (e) {
            failures.push(`${name}=${value}: ${(e as Error).message}`);
          }
          if (uncaught.length > before) failures.push(`${name}=${value}: ${uncaught.slice(before).join('; ')}`);
          const state = el.getAttribute('state');
          if (!['ready', 'empty', 'error', 'loading'].includes(state ?? '')) failures.push(`${name}=${value}: state ${state}`);
          if (state === 'error' && /TypeError|Cannot read/.test(el.shadowRoot?.textContent ?? ''))
            failures.push(`${name}=${value}: shows ${el.shadowRoot?.textContent}`);
          el.remove();
        }
      }
      expect(failures).to.deep.equal([]);
    });
  }
});

/**
 * JSON of any shape: random portal-like payloads in a child `<script type="application/json">`
 * with random `data-path` and `data-*-field` attributes (and `data-charset`, which has nothing to
 * decode here). Every combination must end in ready, empty or error with a code.
 */
describe('fuzzing data-path and field mapping (fast-check, fixed seed)', function () {
  this.timeout(180000);
  const FIELD_RUNS = 60;
  const tt = (
    window as unknown as {
      trustedTypes: { createPolicy(n: string, r: { createScript(s: string): string }): { createScript(s: string): unknown } };
    }
  ).trustedTypes;
  // Wraps our own generated JSON text only; nothing executes it.
  const policy = tt.createPolicy('civic-fuzz-test', { createScript: (s) => s });
  const script = (json: string) => () => {
    const s = document.createElement('script');
    s.type = 'application/json';
    (s as unknown as { text: unknown }).text = policy.createScript(json);
    return [s];
  };
  const fieldName = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('name', 'count', 'urban', 'rural') },
    { weight: 1, arbitrary: fc.constantFrom('value', '区县', '站点数') },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '__proto__', 'constructor', 'a.b', 'urban:城市低保', '0', '-1', 'toString') },
    { weight: 1, arbitrary: text },
  );
  // Mostly records of the portal's shape (so mappings often fit and the data reaches the model),
  // sometimes anything.
  const record = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record(
        {
          name: fc.oneof(region, text),
          count: fc.oneof({ weight: 4, arbitrary: finite }, { weight: 1, arbitrary: numberish }),
          urban: fc.constantFrom('1.1万', '２，３９１', '94.1%', '—', '12'),
          rural: jsonValue,
        },
        { requiredKeys: ['name', 'count', 'urban'] },
      ),
    },
    { weight: 1, arbitrary: fc.dictionary(fieldName, fc.oneof(jsonValue, region), { maxKeys: 5 }) },
  );
  const payload = jsonOf(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          { code: fc.integer(), data: fc.record({ rows: fc.array(record, { minLength: 1, maxLength: 6 }) }) },
          { requiredKeys: ['data'] },
        ),
      },
      { weight: 1, arbitrary: fc.array(record, { maxLength: 6 }) },
      { weight: 1, arbitrary: record },
      { weight: 1, arbitrary: jsonValue },
    ),
  );
  const path = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('data.rows', 'data.rows.0', 'data.rows.-1') },
    { weight: 2, arbitrary: fc.constantFrom('data', '') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'data..rows',
        '.',
        '-1',
        '0',
        'data.rows.99',
        '__proto__',
        'constructor.prototype',
        'data.rows.x',
        ' data . rows ',
      ),
    },
    { weight: 1, arbitrary: text },
  );
  // Usually the fields the records have; sometimes any name.
  const likely = (name: string) => fc.oneof({ weight: 5, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: fieldName });
  const rarely = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
  const fields = fc.record(
    {
      'data-path': maybe(path),
      'data-label-field': maybe(likely('name')),
      'data-value-field': maybe(likely('count')),
      'data-series-fields': rarely(
        fc.oneof(
          fc.constant('count:数量,urban:城市'),
          fc.array(fieldName, { maxLength: 3 }).map((a) => a.join(',')),
        ),
      ),
      'data-region-field': maybe(likely('name')),
      'data-previous-field': rarely(likely('urban')),
      'data-target-field': rarely(likely('count')),
      'data-max-field': rarely(fieldName),
      'data-charset': maybe(fc.constantFrom('gbk', 'utf-8', 'klingon', '')),
    },
    { requiredKeys: [] },
  );
  for (const tag of ['civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart', 'civic-district-map']) {
    it(`<${tag}>: ${FIELD_RUNS} payloads × mappings end in ready/empty/error with a code`, async () => {
      const states: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(fields, payload, async (a, json) => {
          const attrs = tag === 'civic-district-map' ? { ...a, 'data-map': 'anshan' } : a;
          const { state, problems } = await check(tag, attrs, 8000, script(json));
          states[state ?? 'null'] = (states[state ?? 'null'] ?? 0) + 1;
          if (problems.length) throw new Error(problems.join('; '));
        }),
        { seed: SEED, numRuns: FIELD_RUNS, interruptAfterTimeLimit: 150000, markInterruptAsFailure: true },
      );
      console.log(`[fuzz] <${tag}> fields ${FIELD_RUNS} runs, states ${JSON.stringify(states)}`);
      expect(Object.keys(states)).to.include.members(['ready', 'error']);
    });
  }
});
