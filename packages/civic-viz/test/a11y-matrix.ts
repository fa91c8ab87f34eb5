/**
 * Fixtures and measuring helpers for the accessibility suite (a11y.test.ts): one configuration
 * per element × state, a mount that waits for the state to be reached, and geometry/colour
 * helpers that read what the browser actually laid out and painted.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/all.js';
import { expectNoViolations, until } from './helpers.js';

/**
 * The hooks every part of the suite shares: ECharts and the boundaries loaded once up front (the
 * first import through the dev server takes seconds on a busy machine, so each test's time is
 * about the element), no CSP violation after any test, and fresh fixtures removed (the axe
 * matrix keeps its own, marked data-keep).
 */
export function a11ySuite(): void {
  before(async function () {
    this.timeout(90000);
    await Promise.all([import('../src/echarts/trend.js'), import('../src/echarts/map.js')]);
  });
  afterEach(() => expectNoViolations());
  afterEach(() => document.querySelectorAll('.a11y-holder:not([data-keep])').forEach((h) => h.remove()));
}

type Feature = { name: string; value: string };
/** Emulates CSS media features (forced-colors included) through the DevTools protocol; [] resets. */
export const emulate = (features: Feature[]) => executeServerCommand('emulate-media-features', { features });

/** Tab, or Shift+Tab (held down explicitly: a chord press does not reach shadow roots reliably). */
export async function tab(shift = false): Promise<void> {
  if (!shift) return sendKeys({ press: 'Tab' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

export type Kind = 'indicator-card' | 'progress-ring' | 'trend-chart' | 'district-map';
export type StateName = 'loading' | 'empty' | 'error' | 'ready';
export type Theme = 'light' | 'dark' | 'care';
export type LocaleTag = 'zh-Hans' | 'zh-Hant' | 'en';

export const KINDS: Kind[] = ['indicator-card', 'progress-ring', 'trend-chart', 'district-map'];
/** Elements drawn with ECharts: one more tab stop (the data-table toggle), a canvas to check. */
export const isChart = (k: Kind) => k === 'trend-chart' || k === 'district-map';
export const STATES: StateName[] = ['loading', 'empty', 'error', 'ready'];
export const THEMES: Theme[] = ['light', 'dark', 'care'];
export const LOCALES: LocaleTag[] = ['zh-Hans', 'zh-Hant', 'en'];

/** What the suite reaches into: the reflected state, and for charts their ECharts lifecycle. */
export interface CivicEl extends HTMLElement {
  state: StateName;
  updateComplete: Promise<unknown>;
}
export interface EChartsLike {
  getOption(): any;
  isDisposed(): boolean;
}
/** A chart's @internal `testing` getter (undefined on the card and the ring). */
const internals = (el: Element) =>
  (
    el as {
      testing?: {
        controller: { chart?: unknown };
        drawn: boolean;
        geo?: { geo?: { regions: { name: string; center: [number, number] }[] } };
      };
    }
  ).testing;
/** The ECharts instance of a chart element (tests only). */
export const echartsOf = (el: Element) => internals(el)?.controller.chart as EChartsLike | undefined;
/** Region names and geographic centres ([lng, lat]) of a map's boundaries (tests only). */
export const regionsOf = (el: Element) => internals(el)?.geo?.geo?.regions ?? [];

export const fixtureUrl = (q: Record<string, string | number>) =>
  '/__fixture?' + new URLSearchParams(q as Record<string, string>).toString();
/** A data-src that answers only after 30 s (the fixture server's maximum): the loading state. */
const SLOW = fixtureUrl({ type: 'application/json', body: '{}', delay: 30000 });
/** A data-src that fails with HTTP 500: the error state, with its retry button. */
const FAIL = fixtureUrl({ status: 500, type: 'text/plain', body: 'down' });

// Illustrative per-district numbers (示意数据): the report gives only the total, 370余处.
export const SEVEN = '{"铁东区": 61, "铁西区": 52, "立山区": 45, "千山区": 38, "海城": 88, "台安县": 30, "岫岩": 56}';
export const TWO_SERIES = JSON.stringify([
  { name: '甲', values: [10, 20, 30, 40] },
  { name: '乙', values: [15, 25, 20, 35] },
]);

/** Footer attributes every configuration carries, so the footer (and its link) is checked in every state. */
const FOOTER = { 'data-source': '鞍山市人社局', 'data-source-href': 'https://www.anshan.gov.cn/', 'data-updated': '2021-12-20' };

type Attrs = Record<string, string>;
const CONFIG: Record<Kind, Record<StateName, Attrs>> = {
  'indicator-card': {
    ready: {
      'data-label': '稳岗返还资金',
      'data-value': '219000000',
      'data-unit': '元',
      'data-previous': '240000000',
      'data-target': '250000000',
      'data-sparkline': '152000000,240000000,219000000',
      'data-sparkline-labels': '2019年,2020年,2021年',
    },
    loading: { 'data-label': '稳岗返还资金', 'data-src': SLOW },
    empty: { 'data-label': '稳岗返还资金' },
    error: { 'data-label': '稳岗返还资金', 'data-src': FAIL },
  },
  'progress-ring': {
    ready: {
      'data-label': '机械化清扫率',
      'data-value': '92',
      'data-previous': '78',
      'data-target': '95',
      'data-unit': '%',
      'data-change-label': '较年初',
    },
    loading: { 'data-label': '机械化清扫率', 'data-src': SLOW },
    empty: { 'data-label': '机械化清扫率' },
    error: { 'data-label': '机械化清扫率', 'data-src': FAIL },
  },
  'trend-chart': {
    ready: {
      'data-label': '示意数据：季度对比',
      'data-unit': '%',
      'data-labels': '一季度,二季度,三季度,四季度',
      'data-series': TWO_SERIES,
      'data-target': '35',
    },
    loading: { 'data-label': '示意数据：季度对比', 'data-src': SLOW },
    empty: { 'data-label': '示意数据：季度对比' },
    error: { 'data-label': '示意数据：季度对比', 'data-src': FAIL },
  },
  'district-map': {
    ready: { 'data-label': '示意数据：退休人员服务站点', 'data-map': 'anshan', 'data-unit': '处', 'data-values': SEVEN },
    loading: { 'data-label': '示意数据：退休人员服务站点', 'data-map': 'anshan', 'data-src': SLOW },
    empty: { 'data-label': '示意数据：退休人员服务站点', 'data-map': 'anshan', 'data-values': '{}' },
    error: { 'data-label': '示意数据：退休人员服务站点', 'data-map': 'anshan', 'data-src': FAIL },
  },
};

/** A mounted element between two plain buttons (for Tab in/out), inside a holder carrying lang/care. */
export interface Mounted {
  holder: HTMLDivElement;
  el: CivicEl;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  events: CustomEvent[];
}

export interface MountOptions {
  lang?: LocaleTag;
  theme?: Theme;
  /** Attribute overrides; null removes a configured attribute. */
  attrs?: Record<string, string | null>;
}

/** Mounts `kind` in `state` and waits until the state is reached (ready: civic-ready fired, charts drawn). */
export async function mount(kind: Kind, state: StateName, opts: MountOptions = {}): Promise<Mounted> {
  const holder = document.createElement('div');
  holder.className = 'a11y-holder';
  holder.setAttribute('lang', opts.lang ?? 'zh-Hans');
  if (opts.theme === 'care') holder.setAttribute('data-care', '');
  const button = (text: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    return b;
  };
  const before = button('before');
  const after = button('after');
  const el = document.createElement(`civic-${kind}`) as CivicEl;
  const attrs: Record<string, string | null> = { 'data-lazy': 'false', ...FOOTER, ...CONFIG[kind][state], ...opts.attrs };
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
  el.setAttribute('data-theme', opts.theme === 'dark' ? 'dark' : 'light');
  const events: CustomEvent[] = [];
  for (const type of ['civic-ready', 'civic-error', 'civic-select']) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  holder.append(before, el, after);
  document.body.append(holder);
  await el.updateComplete;
  await until(() => el.state === state, 10000, `<civic-${kind}> to reach ${state} (is ${el.state})`);
  if (state === 'ready') {
    await until(() => events.some((e) => e.type === 'civic-ready'), 15000, `<civic-${kind}> civic-ready`);
    if (kind === 'trend-chart' || kind === 'district-map') {
      await until(() => !!internals(el)?.drawn && !!echartsOf(el) && !echartsOf(el)!.isDisposed(), 15000, `<civic-${kind}> drawn`);
    }
  }
  await el.updateComplete;
  return { holder, el, before, after, events };
}

/** Strings that prove the element speaks `locale` in `state` (the footer credit in ready). */
export const MARKERS: Record<LocaleTag, Record<StateName, string>> = {
  'zh-Hans': { loading: '加载中…', empty: '暂无数据', error: '数据加载失败', ready: '数据来源：' },
  'zh-Hant': { loading: '載入中…', empty: '暫無資料', error: '資料載入失敗', ready: '資料來源：' },
  en: { loading: 'Loading…', empty: 'No data', error: 'The data could not be loaded', ready: 'Source:' },
};

export { $, $$, text } from './helpers.js';

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Asserts where focus is. Compares identity but reports names: chai's diff of two DOM elements
 * walks their whole object graph, which stalls (and then crashes) the page on a mismatch.
 */
export function expectFocus(want: Element | null, what = 'focus'): void {
  const got = deepActive();
  if (got !== want)
    throw new Error(`${what}: expected focus on ${want ? nameOf(want) : 'nothing'}, it is on ${got ? nameOf(got) : 'nothing'}`);
}

/** A short name for an element in messages: tag, part and class. */
export function nameOf(n: Element): string {
  const part = n.getAttribute('part');
  const cls = n.getAttribute('class');
  return `${n.localName}${part ? `[part=${part}]` : ''}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''}`;
}

/** Visible, non-blank text nodes of a shadow root with their parent element. */
export function textNodes(root: ShadowRoot): { node: Text; parent: Element }[] {
  const out: { node: Text; parent: Element }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent!.trim() || parent.closest('style')) continue;
    if (!parent.checkVisibility()) continue;
    out.push({ node: n as Text, parent });
  }
  return out;
}

/** Whether the node sits in a visually-hidden (screen-reader only) element. */
export const inSrOnly = (e: Element) => !!e.closest('.sr-only');

/** Focusable things of a shadow root a pointer user also targets. */
export function targets(root: ShadowRoot): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')).filter(
    (e) => e.getAttribute('tabindex') !== '-1' && !(e as HTMLButtonElement).disabled && e.checkVisibility(),
  );
}

/** Client rects of a text node's rendered lines. */
export function textRects(node: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
}

/** Area of the intersection of two rects, each shrunk by `slack` px on every side. */
export function overlap(a: DOMRect, b: DOMRect, slack = 1): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) - 2 * slack;
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - 2 * slack;
  return w > 0 && h > 0 ? w * h : 0;
}

// ---- colour -------------------------------------------------------------------------------

/** Parses `rgb()/rgba()` or `#rrggbb` into [r, g, b, a]. */
export function parseRgb(c: string): [number, number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(c.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  const m = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(c.trim());
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [+m[1], +m[2], +m[3], a];
}

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG contrast of `fg` (alpha blended over `bg`) against an opaque `bg`. */
export function contrast(fg: string, bg: string): number {
  const f = parseRgb(fg);
  const b = parseRgb(bg);
  if (!f || !b) throw new Error(`cannot parse colours ${fg} / ${bg}`);
  const mixed = [0, 1, 2].map((i) => f[i] * f[3] + b[i] * (1 - f[3]));
  const [l1, l2] = [luminance(mixed), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** A CSS colour (system colours included) as the browser computes it right now. */
export function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', value);
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}
