import { fixture as ocFixture, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Every CSP violation seen on the page; `afterEach` in each suite asserts it stays empty. */
export const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings<T>(fn: () => Promise<T> | T): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const orig = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = orig;
  }
}

/** Records events of the given types dispatched on `target` (from now on). */
export function recordEvents(target: EventTarget, ...types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

/** Mounts a template and waits for the element's first update. */
export async function fixture<T extends HTMLElement>(tpl: TemplateResult): Promise<T> {
  const el = await ocFixture<T>(tpl);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/**
 * Waits until `cond` holds, failing after `ms`. Polls on a timer, not on animation frames: with
 * two test pages at once one of them is hidden, and a hidden page runs no rAF callbacks.
 */
export async function until(cond: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** The first match of `sel` in the element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
/** Every match of `sel` in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(sel));
/** A node's text, whitespace collapsed. */
export const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

type CivicTag = 'civic-indicator-card' | 'civic-progress-ring' | 'civic-trend-chart' | 'civic-district-map';
export interface MakeOptions {
  /** Where to append the element (default: the body). */
  parent?: Element;
  /** Set `data-lazy="false"` so a chart starts at once (default: the element's own default). */
  eager?: boolean;
  /** Events to record (default: every civic-* event). */
  events?: string[];
  /** Waited for after the first update, warnings still recorded (e.g. `drawn`). */
  ready?(el: HTMLElement): Promise<unknown>;
}

/** Creates `<tag>` from attributes, appended to `parent`, with its events and the warnings recorded. */
export function make<K extends CivicTag>(tag: K, attrs: Record<string, string>, opts: MakeOptions = {}) {
  return captureWarnings(async () => {
    const el = document.createElement(tag) as HTMLElementTagNameMap[K];
    if (opts.eager) el.setAttribute('data-lazy', 'false');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const events = recordEvents(el, ...(opts.events ?? ['civic-error', 'civic-data', 'civic-ready', 'civic-select']));
    (opts.parent ?? document.body).append(el);
    await el.updateComplete;
    await opts.ready?.(el);
    return { el, events };
  });
}

/** A chart element: its state and what it tells tests about its ECharts lifecycle. */
interface ChartLike extends HTMLElement {
  state: string;
  updateComplete: Promise<unknown>;
  testing: { controller: { chart?: unknown }; drawn: boolean };
}

/** Waits until a chart is ready and ECharts has drawn it. */
export async function drawn(el: ChartLike, ms = 15000): Promise<void> {
  await until(
    () => el.state === 'ready' && el.testing.drawn && !!el.testing.controller.chart,
    ms,
    `${el.localName} drawn (state ${el.state})`,
  );
  await el.updateComplete;
}

/** Waits for `state`. */
export const settled = (el: Element & { state: string }, state: string, ms = 8000) =>
  until(() => el.state === state, ms, `state ${state} (is ${el.state})`);

/** Visible text of the shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Asserts no CSP violation has happened so far. */
export function expectNoViolations(): void {
  expect(violations, 'CSP violations').to.deep.equal([]);
}

export { expect };
