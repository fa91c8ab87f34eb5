/**
 * Story support: a data URL that does not answer, for the loading state.
 *
 * Storybook is built to static files, and a static host cannot hold a request open. A loading
 * story therefore stands in for a slow server: while the story is shown (its `beforeEach`),
 * `fetch` of a URL under `civic-story-pending/` returns a promise that stays pending until the
 * element aborts it. Every other request reaches the real network. The element takes its real
 * path: `data-src` set, request in flight, `state="loading"`, skeleton and `aria-busy="true"`.
 * After the element's own data timeout (`loading.timeout`, 15 s) it gives up and shows
 * `fetch-timeout` with a retry button — which is what a reader would see from a server that
 * never answers.
 */
/** A `data-src` that stays pending while the story is shown. */
export const PENDING_SRC = 'civic-story-pending/data.json';

const isPending = (input: RequestInfo | URL): boolean => {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, location.href).pathname.includes('/civic-story-pending/');
};

/** Installs the pending `fetch`; returns the cleanup Storybook calls when the story is left. */
export function holdPendingRequests(): () => void {
  const real = window.fetch;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    if (!isPending(input)) return real.call(window, input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('aborted', 'AbortError')), { once: true });
    });
  };
  return () => {
    window.fetch = real;
  };
}
