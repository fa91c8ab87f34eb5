#!/usr/bin/env node
/**
 * `npm test`: every suite in order, then one honest closing line "N passed, N failed".
 * Test suites contribute their own counts; each non-test step (typecheck, builds, size budget,
 * manifest, Storybook) counts as one check. A failing step does not stop the later ones, so one
 * run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);

/** Files under `dir` whose name ends with `suffix` (Node 20's --test does not expand globs). */
function find(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(p).isDirectory()) out.push(...find(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out.sort();
}

/** What lint and format cover (configs: eslint.config.js, .prettierrc, .prettierignore). */
const LINTED = ['packages/civic-viz/src', 'packages/civic-viz/test', 'stories', 'scripts'];

const nodeTests = [
  ...find('packages/geo/test', '.node.test.ts'),
  ...find('packages/civic-viz/test', '.node.test.ts'),
  ...find('packages/render/test', '.node.test.ts'),
  // The docs site's embed builder: code generation, escaping, paste reading.
  ...find('docs/builder/test', '.node.test.ts'),
];

const steps = [
  // geo first: the typecheck needs its generated declarations.
  { name: 'build geo', cmd: 'npm', args: ['run', '-s', 'build', '-w', '@civic-viz/geo'] },
  { name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'] },
  // Release notes: every pending changeset names a package (an empty one would vanish from the changelog).
  { name: 'changesets', cmd: 'node', args: ['scripts/changeset-check.mjs'] },
  { name: 'lint (eslint)', cmd: 'npx', args: ['eslint', ...LINTED] },
  { name: 'lint (prettier)', cmd: 'npx', args: ['prettier', '--check', '--log-level', 'warn', ...LINTED] },
  {
    name: 'node tests',
    cmd: 'node',
    args: ['--conditions=civic-viz-source', '--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests],
    counts: 'node',
  },
  { name: 'build library (npm)', cmd: 'npx', args: ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'] },
  {
    name: 'build library (cdn)',
    cmd: 'npx',
    args: ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'],
    env: { CIVIC_BUILD: 'cdn' },
  },
  { name: 'declarations', cmd: 'npx', args: ['tsc', '-p', 'packages/civic-viz/tsconfig.build.json'] },
  { name: 'manifest', cmd: 'npm', args: ['run', '-s', 'manifest'] },
  { name: 'size budgets', cmd: 'node', args: ['scripts/size-check.mjs'] },
  // publint + Are the Types Wrong on the packed tarballs (after every build that fills them).
  { name: 'package checks', cmd: 'node', args: ['scripts/check-packages.mjs'] },
  { name: 'browser tests', cmd: 'npx', args: ['wtr'], counts: 'wtr' },
  { name: 'build docs', cmd: 'npx', args: ['vite', 'build', '--config', 'docs/vite.config.ts', '--logLevel', 'warn'] },
  // Storybook before e2e: the stories suite opens every built story.
  { name: 'storybook build', cmd: 'npm', args: ['run', '-s', 'build-storybook'] },
  {
    name: 'e2e tests',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', '--test-concurrency=1', ...find('e2e', '.e2e.test.mjs')],
    counts: 'node',
  },
].filter((s) => !only.length || only.some((o) => s.name.includes(o)));

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.cmd, step.args, { env: { ...process.env, ...step.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => resolve({ code: code ?? 1, out, seconds: (Date.now() - started) / 1000 }));
  });
}

/** Test counts a suite printed, or null when it printed none. */
function counts(kind, out) {
  const clean = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  if (kind === 'node') {
    const pass = /^ℹ pass (\d+)/m.exec(clean) ?? /^# pass (\d+)/m.exec(clean);
    const fail = /^ℹ fail (\d+)/m.exec(clean) ?? /^# fail (\d+)/m.exec(clean);
    return pass && fail ? { passed: +pass[1], failed: +fail[1] } : null;
  }
  const all = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return last ? { passed: +last[1], failed: +last[2] } : null;
}

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const { code, out, seconds } = await run(step);
  let c = step.counts ? counts(step.counts, out) : null;
  // A runner that crashed without counting, or counted no failure but exited non-zero, is one failure more.
  if (!c) c = code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  else if (code !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  summary.push(
    `${code === 0 ? 'ok  ' : 'FAIL'}  ${step.name.padEnd(22)} ${String(c.passed).padStart(4)} passed ${String(c.failed).padStart(3)} failed  ${seconds.toFixed(1)}s`,
  );
}
console.log('\n━━ summary ━━');
console.log(summary.join('\n'));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
