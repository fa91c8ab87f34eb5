#!/usr/bin/env node
/**
 * Builds @civic-viz/geo when its dist/ is missing or older than the script that makes it.
 * `npm start` and Storybook run this first: the maps import `@civic-viz/geo/anshan`, whose
 * files exist only after a build, and a fresh clone has none (dist/ is not committed).
 *
 * This builds Anshan and the catalog of all maps (`build.mjs --quick`, a few seconds): building
 * all 393 maps takes one to two minutes on two cores, and a newcomer should not wait for it. The
 * docs site and Storybook build any other city when a page first shows it
 * (scripts/lib/geo-on-demand.mjs). Afterwards this does nothing while the build is current.
 * `--all` builds every map (the package's tarball and the CDN folder need them all); the full
 * build skips the maps when they are current (dist/.stamp).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const geo = resolve(import.meta.dirname, '../packages/geo');
const outputs = ['anshan.js', 'anshan.d.ts', 'index.js', 'index.d.ts'].map((f) => join(geo, 'dist', f));
const inputs = [join(geo, 'package.json'), ...readdirSync(join(geo, 'scripts')).map((f) => join(geo, 'scripts', f))];
const mtime = (f) => statSync(f).mtimeMs;

const all = process.argv.includes('--all');
const missing = outputs.filter((f) => !existsSync(f));
const stale = !missing.length && Math.min(...outputs.map(mtime)) < Math.max(...inputs.map(mtime));
if (all) {
  const r = spawnSync(process.execPath, [join(geo, 'scripts/build.mjs')], { cwd: geo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else if (missing.length || stale) {
  const started = performance.now();
  console.log(`@civic-viz/geo: ${missing.length ? 'not built yet' : 'build is out of date'}, building…`);
  const r = spawnSync(process.execPath, [join(geo, 'scripts/build.mjs'), '--quick'], { cwd: geo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`@civic-viz/geo: built in ${Math.round(performance.now() - started)} ms`);
}
