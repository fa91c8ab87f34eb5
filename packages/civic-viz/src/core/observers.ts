/**
 * One IntersectionObserver and one ResizeObserver for every chart on the page, instead of one
 * per element: 100 charts cost two observers. Callbacks are keyed by element.
 */
type Callback = (entry: IntersectionObserverEntry | ResizeObserverEntry) => void;

const nearCallbacks = new WeakMap<Element, Callback>();
const sizeCallbacks = new WeakMap<Element, Callback>();
let io: IntersectionObserver | undefined;
let ro: ResizeObserver | undefined;

/** Calls `fn(true)` once `el` comes within 200px of the viewport (lazy start), then stops watching. */
export function whenNear(el: Element, fn: () => void): () => void {
  io ??= new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && nearCallbacks.get(e.target)?.(e)), {
    rootMargin: '200px',
  });
  const stop = () => {
    nearCallbacks.delete(el);
    io?.unobserve(el);
  };
  nearCallbacks.set(el, () => (stop(), fn()));
  io.observe(el);
  return stop;
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
