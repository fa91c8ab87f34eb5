/**
 * Every entry can be imported in Node, where a framework renders on the server: no DOM global
 * is read at import time, nothing throws. Each import runs in its own fresh process (so one
 * entry cannot hide another's DOM access), from the source through tsx and — when `vite build`
 * has produced it — from the built file a server would actually load.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const entries: [name: string, source: string][] = [
  ['index', 'src/index.ts'],
  ['indicator-card', 'src/indicator-card/define.ts'],
  ['progress-ring', 'src/progress-ring/define.ts'],
  ['trend-chart', 'src/trend-chart/define.ts'],
  ['district-map', 'src/district-map/define.ts'],
  ['all', 'src/all.ts'],
  ['autoloader', 'src/autoloader.ts'],
  ['react', 'src/react.ts'],
  ['vue', 'src/vue.ts'],
];

/** Imports `file` in a fresh Node process; prints the DOM globals it saw and the module's exports. */
async function importInNode(file: string, tsx: boolean): Promise<{ dom: string[]; exports: string[] }> {
  const code = `
    const names = ['window', 'document', 'HTMLElement', 'MutationObserver', 'IntersectionObserver', 'ResizeObserver'];
    const before = names.filter((n) => n in globalThis);
    const m = await import(${JSON.stringify(pathToFileURL(file).href)});
    console.log(JSON.stringify({ dom: before, exports: Object.keys(m) }));`;
  const args = [...(tsx ? ['--import', 'tsx'] : []), '--input-type=module', '-e', code];
  const { stdout } = await run(process.execPath, args, { cwd: root, env: { ...process.env, NODE_ENV: 'production' } });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

for (const [name, source] of entries) {
  test(`${name}: the source imports in Node without a DOM`, async () => {
    const r = await importInNode(resolve(root, source), true);
    assert.deepEqual(r.dom, [], 'no DOM globals were present');
    if (name === 'react')
      assert.ok(['CivicTrendChart', 'CivicDistrictMap', 'CivicIndicatorCard', 'CivicProgressRing'].every((k) => r.exports.includes(k)));
    if (name === 'vue') assert.ok(r.exports.includes('isCivicTag'));
    if (name === 'autoloader') assert.ok(r.exports.includes('upgrade'));
  });
  const built = resolve(root, 'dist', `${name}.js`);
  test(
    `${name}: the built dist/${name}.js imports in Node`,
    { skip: existsSync(built) ? false : 'not built (npx vite build)' },
    async () => {
      const r = await importInNode(built, false);
      assert.deepEqual(r.dom, []);
    },
  );
}

test('the React components render on the server: data-* as attributes, properties left for the browser', async () => {
  const code = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    const { CivicTrendChart } = await import(${JSON.stringify(pathToFileURL(resolve(root, 'src/react.ts')).href)});
    const { upgrade } = await import(${JSON.stringify(pathToFileURL(resolve(root, 'src/autoloader.ts')).href)});
    upgrade();
    console.log(renderToString(createElement(CivicTrendChart, { 'data-label': '城乡低保', labels: ['城市低保', '农村低保'], values: [5.62, 8.09], onCivicSelect: () => {} })));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root });
  assert.equal(stdout.trim(), '<civic-trend-chart data-label="城乡低保"></civic-trend-chart>');
});
