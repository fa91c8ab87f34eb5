/**
 * `heap-usage` for browser tests: forces a full garbage collection in the test page through the
 * DevTools protocol (HeapProfiler.collectGarbage, which also collects what `window.gc()` leaves
 * for later, e.g. objects kept by pending microtasks' wrappers) and returns the page's used JS
 * heap in bytes (`Runtime.getHeapUsage`). The lifecycle suite uses it to hold the
 * budget "200 create/remove cycles leave < 2 MB of heap growth". Payload `{ gcPasses }`
 * (default 3): how many collections to run before measuring.
 */
export function heapPlugin() {
  const sessions = new Map();
  return {
    name: 'heap-usage',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heap-usage') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`heap-usage needs the Chrome launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
        page.once('close', () => sessions.delete(page));
      }
      const passes = Math.max(1, Math.min(10, Number(payload?.gcPasses) || 3));
      for (let i = 0; i < passes; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
      return { usedSize, totalSize };
    },
  };
}
