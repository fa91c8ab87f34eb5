import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cspPlugin } from './scripts/wtr-csp-plugin.mjs';
import { fixtureMiddleware } from './scripts/wtr-fixture-server.mjs';
import { prerenderMiddleware } from './scripts/wtr-prerender-plugin.mjs';
import { heapPlugin } from './scripts/wtr-heap-plugin.mjs';
import { mediaFeaturesPlugin } from './scripts/wtr-media-plugin.mjs';
import { reactEsmPlugin } from './scripts/wtr-react-plugin.mjs';

/** Browser tests in real Chromium. CHROME_PATH points at another Chrome/Chromium binary. */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['packages/civic-viz/test/**/*.test.{ts,tsx}', '!packages/civic-viz/test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  rootDir: '.',
  concurrency: 1,
  // Per test file. The proof suites (security, lifecycle) take about a minute here; CI machines can be several times slower.
  testsFinishTimeout: 900000,
  middleware: [fixtureMiddleware(), prerenderMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsx: true, tsconfig: 'tsconfig.json', target: 'es2022' }), cspPlugin(), reactEsmPlugin(), mediaFeaturesPlugin(), heapPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--js-flags=--expose-gc'],
      },
    }),
  ],
  // ECharts' ESM reads process.env.NODE_ENV; browsers have no `process`. The external file keeps
  // this page valid under the strict CSP the security tests apply (no inline script).
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <script src="/scripts/test-process-shim.js"></script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: { config: { timeout: 20000 } },
};
