/**
 * The element's state as an `ElementInternals` custom state, beside the reflected `state`
 * attribute: `civic-trend-chart:state(ready)` matches at the same moment as `[state=ready]`.
 *
 * Why both: the attribute is the documented hook (print, screenshots, CSS), but it is a change
 * to the host's attributes that a hydrating framework did not render on the server. Custom
 * states are invisible to hydration diffs, so framework apps can style on them without noise.
 */
const STATES = ['loading', 'empty', 'error', 'ready'] as const;

// null: this element has no usable custom-state set (older browser, internals taken).
const sets = new WeakMap<HTMLElement, CustomStateSet | null>();

function statesOf(el: HTMLElement): CustomStateSet | null {
  let set = sets.get(el);
  if (set === undefined) {
    try {
      set = el.attachInternals().states ?? null;
    } catch {
      set = null;
    }
    sets.set(el, set);
  }
  return set;
}

/** Makes `state` the one custom state of `el` among loading/empty/error/ready. */
export function showState(el: HTMLElement, state: string): void {
  const set = statesOf(el);
  if (!set) return;
  try {
    for (const s of STATES) if (s !== state) set.delete(s);
    set.add(state);
  } catch {
    // Chromium before 125 accepted only `--name` states; the attribute still carries the state.
    sets.set(el, null);
  }
}
