#!/usr/bin/env node
/**
 * Builds everything the civic-viz tarball ships; `prepack` runs it, so `npm pack` and
 * `npm publish` from a clean checkout never ship an empty package:
 *   dist/         ESM per element for bundlers (lit, echarts, @civic-viz/geo stay dependencies)
 *   cdn/          the self-contained folder public CDNs serve (`civic-viz@x.y/cdn/autoloader.js`)
 *   dist/types/   declarations
 *   custom-elements.json, vscode.html-custom-data.json
 * The CDN folder bundles every city's boundaries, so all of @civic-viz/geo is built first
 * (nothing is redone when its build is current).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['@civic-viz/geo', process.execPath, ['scripts/ensure-geo.mjs', '--all']],
  ['dist/ (npm)', npx, ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']],
  ['cdn/', npx, ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], { CIVIC_BUILD: 'cdn' }],
  ['dist/types/', npx, ['tsc', '-p', 'packages/civic-viz/tsconfig.build.json']],
  ['custom-elements.json', process.execPath, ['scripts/manifest.mjs']],
];
for (const [what, cmd, args, env] of steps) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`civic-viz build: ${what} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`civic-viz build: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
