/**
 * The newcomer path: on a fresh clone, `npm ci && npm start` serves a docs site where every page
 * works, maps included, within a minute, with no other step. The first start builds Anshan and
 * the catalog only; any other city is built the first time a page imports it.
 *
 * A fresh clone is rebuilt in a temporary folder: the files git tracks (plus new, unignored
 * ones), so nothing that a build makes — packages/geo/dist in particular — comes along. Its
 * node_modules links each installed package of this checkout except the two workspaces, which
 * point at the clone's own packages/ as `npm ci` would link them; the real checkout's builds are
 * never touched. Then `npm start` runs there (prestart included) on a free port, and every docs
 * page is opened in Chromium: no HTTP status ≥ 400, no console or page error, no Vite error
 * overlay, every element in state "ready" (or the state its `[data-expect]` wrapper names),
 * scrolled through so lazy charts start.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, launch, openPage, settle } from './helpers.mjs';

const START_BUDGET_MS = 60_000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A port nobody listens on right now (the dev server is started with --strictPort on it). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** What a clone holds: tracked files and new files git does not ignore. */
function cloneFiles() {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\0').filter((f) => f && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());
  } catch {
    // Not a git checkout (an unpacked source archive): leave out what .gitignore lists as build output.
    const skip = /^(node_modules|dist|storybook-static|test-results|\.git)$|^packages\/[^/]+\/(dist|cdn)$|custom-elements\.json$|vscode\.html-custom-data\.json$/;
    const walk = (rel) =>
      readdirSync(join(ROOT, rel), { withFileTypes: true }).flatMap((d) => {
        const p = rel ? `${rel}/${d.name}` : d.name;
        return skip.test(p) ? [] : d.isDirectory() ? walk(p) : [p];
      });
    return walk('');
  }
}

/** The docs pages, as the docs site's Vite config finds them. */
const pages = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() && !['node_modules', 'public'].includes(d.name) ? pages(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );

let clone;
let server;
let browser;
let url;
let startedIn;
let t0;
let output = '';

before(async () => {
  clone = mkdtempSync(join(tmpdir(), 'civic-fresh-clone-'));
  for (const f of cloneFiles()) {
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(clone, f));
  }
  // node_modules as `npm ci` leaves it, without a second install: the same packages, linked;
  // the workspaces linked to the clone's packages; no Vite cache.
  const nm = join(clone, 'node_modules');
  mkdirSync(join(nm, '@civic-viz'), { recursive: true });
  for (const e of readdirSync(join(ROOT, 'node_modules'))) {
    if (['@civic-viz', 'civic-viz'].includes(e) || e.startsWith('.vite')) continue;
    symlinkSync(join(ROOT, 'node_modules', e), join(nm, e));
  }
  symlinkSync('../../packages/geo', join(nm, '@civic-viz/geo'));
  symlinkSync('../packages/civic-viz', join(nm, 'civic-viz'));
  assert.equal(existsSync(join(clone, 'packages/geo/dist')), false, 'the clone starts without a geo build');

  const port = await freePort();
  url = `http://localhost:${port}`;
  t0 = Date.now();
  server = spawn(npm, ['start', '--', '--port', String(port), '--strictPort', '--host', 'localhost'], {
    cwd: clone,
    detached: true, // its own process group: npm, vite and esbuild all stop together
    env: { ...process.env, FORCE_COLOR: '0', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  // Up = the home page is served (Vite prepares its dependencies before answering).
  for (;;) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}:\n${output}`);
    if (Date.now() - t0 > START_BUDGET_MS * 2) throw new Error(`npm start did not serve ${url} in time:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  startedIn = Date.now() - t0;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (server?.exitCode === null) {
    process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe('a fresh clone: npm start', () => {
  test('builds @civic-viz/geo itself; within a minute the dashboard works, map drawn', async () => {
    assert.ok(existsSync(join(clone, 'packages/geo/dist/anshan.js')), `no geo build in the clone:\n${output}`);
    assert.match(output, /@civic-viz\/geo: not built yet, building/);
    const { page, problems } = await openPage(browser, `${url}/demo/dashboard.html`, { httpErrors: true });
    try {
      assert.deepEqual(await settle(page), []);
      const count = await page.locator('civic-district-map').count();
      assert.ok(count >= 1, 'the dashboard has a map');
      for (let i = 0; i < count; i++) {
        // The dashboard is served pre-rendered: the map shows its static drawing (made in Node
        // from the same boundaries) and turns live when the reader points at it, which loads
        // ECharts and the boundaries in the browser. Without them it would show its table.
        const map = page.locator('civic-district-map').nth(i);
        await map.scrollIntoViewIfNeeded();
        const handle = await map.elementHandle();
        assert.ok(await page.evaluate((m) => m.shadowRoot?.querySelectorAll('.static-chart svg path, [_echarts_instance_] canvas').length, handle), 'the map shows a drawing');
        await map.hover();
        await page.waitForFunction((m) => !!m.shadowRoot?.querySelector('[_echarts_instance_] canvas, [_echarts_instance_] svg'), handle, { timeout: 20000 });
        assert.equal(await map.getAttribute('state'), 'ready');
      }
      assert.equal(await page.locator('vite-error-overlay').count(), 0, 'Vite error overlay');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
    const working = Date.now() - t0;
    console.log(`# npm start: site served after ${(startedIn / 1000).toFixed(1)} s, dashboard working after ${(working / 1000).toFixed(1)} s`);
    assert.ok(working < START_BUDGET_MS, `the dashboard worked only after ${working} ms`);
  });

  test('another city is built when a page first asks for it', async () => {
    const maps = join(clone, 'packages/geo/dist/maps');
    assert.equal(existsSync(join(maps, 'liaoning-dalian.js')), false, 'npm start built only Anshan and the catalog');
    const { page, problems } = await openPage(browser, `${url}/`, { httpErrors: true });
    try {
      const index = `/@fs${join(clone, 'packages/geo/dist/index.js')}`;
      const districts = await page.evaluate(async (src) => {
        const geo = await import(src);
        const map = await geo.maps['liaoning-dalian']();
        return map.features.map((f) => f.properties.name);
      }, index);
      assert.ok(districts.includes('中山区') && districts.length >= 10, districts.join(', '));
      assert.ok(existsSync(join(maps, 'liaoning-dalian.js')), 'the module is written where the full build puts it');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  const list = pages(join(ROOT, 'docs')).map((p) => relative(join(ROOT, 'docs'), p).replaceAll('\\', '/')).sort();
  test('finds the docs pages', () => assert.ok(list.length >= 10 && list.includes('demo/dashboard.html'), list.join(', ')));

  for (const path of list) {
    test(path, async () => {
      const { page, problems } = await openPage(browser, `${url}/${path}`, { httpErrors: true });
      try {
        const pending = await settle(page);
        const overlay = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.trim().slice(0, 400) ?? null);
        const failures = [
          ...pending.map((p) => `not ready: ${p}`),
          ...(overlay !== null ? [`Vite error overlay: ${overlay}`] : []),
          ...problems,
        ];
        assert.deepEqual(failures, [], `${path}:\n${failures.join('\n')}`);
      } finally {
        await page.close();
      }
    });
  }
});
