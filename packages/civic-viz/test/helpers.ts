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

/** Visible text of the shadow root, whitespace collapsed. */
export const shadowText = (el: Element): string =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Asserts no CSP violation has happened so far. */
export function expectNoViolations(): void {
  expect(violations, 'CSP violations').to.deep.equal([]);
}

export { expect };
