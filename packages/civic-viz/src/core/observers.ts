/**
 * One IntersectionObserver and one ResizeObserver for every chart on the page, instead of one
 * per element: 100 charts cost two observers. Callbacks are keyed by element.
 */
type Callback = (entry: ResizeObserverEntry) => void;

const nearCallbacks = new WeakMap<Element, () => void>();
const sizeCallbacks = new WeakMap<Element, Callback>();
let io: IntersectionObserver | undefined;
let ro: ResizeObserver | undefined;

const NEAR_PX = 200;
/** Elements connected since the last geometry check, with what runs after it. */
let unchecked: Map<Element, (() => void) | undefined> | undefined;

/**
 * Calls `fn` once `el` comes within 200px of the viewport (lazy start), then stops watching.
 * Whether it is there already is not left to the observer, which reports only after the first
 * paint: every element connected in the same task is checked in one geometry read in a
 * microtask, so a chart on the first screen renders before that paint. `checked` runs after
 * that check, near or not.
 */
export function whenNear(el: Element, fn: () => void, checked?: () => void): () => void {
  io ??= new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && nearCallbacks.get(e.target)?.()), {
    rootMargin: `${NEAR_PX}px`,
  });
  const stop = () => {
    nearCallbacks.delete(el);
    io?.unobserve(el);
  };
  nearCallbacks.set(el, () => (stop(), fn()));
  io.observe(el);
  if (!unchecked) queueMicrotask(checkNear);
  (unchecked ??= new Map()).set(el, checked);
  return stop;
}

function checkNear(): void {
  const batch = unchecked!;
  unchecked = undefined;
  const [w, h, m] = [innerWidth, innerHeight, NEAR_PX];
  // All reads before any callback: a chart that starts rendering would make the next read lay out again.
  const near = [...batch.keys()].filter((el) => {
    if (!nearCallbacks.has(el)) return false;
    const r = el.getBoundingClientRect();
    // A box of no size is not shown (display: none, a closed <details>): the observer tells when it is.
    return (r.width > 0 || r.height > 0) && r.bottom > -m && r.top < h + m && r.right > -m && r.left < w + m;
  });
  for (const el of near) nearCallbacks.get(el)?.();
  batch.forEach((checked) => checked?.());
}

/**
 * Calls `fn(width, height)` when `el` resizes, at most once per frame, skipping 0×0. With
 * `firstNow`, the first size is passed on inside the observer's callback rather than a frame
 * later (a chart starting there draws into a box of fixed size, so no observed size changes).
 */
export function onResize(el: Element, fn: (width: number, height: number) => void, firstNow = false): () => void {
  ro ??= new ResizeObserver((entries) => entries.forEach((e) => sizeCallbacks.get(e.target)?.(e)));
  let frame = 0;
  let first = firstNow;
  sizeCallbacks.set(el, (e) => {
    const { width, height } = (e as ResizeObserverEntry).contentRect;
    if (!width || !height) return;
    cancelAnimationFrame(frame);
    if (first) return void ((first = false), fn(width, height));
    frame = requestAnimationFrame(() => fn(width, height));
  });
  ro.observe(el);
  return () => {
    cancelAnimationFrame(frame);
    sizeCallbacks.delete(el);
    ro?.unobserve(el);
  };
}
