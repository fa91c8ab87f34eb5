#!/usr/bin/env node
/**
 * Lints the packed tarballs of civic-viz and @civic-viz/geo, as a registry would receive them:
 * - publint: package.json fields, exports, files (errors and warnings fail; suggestions print);
 * - Are the Types Wrong (attw, offline): every entry point resolves to JavaScript and matching
 *   declarations. Profile `esm-only`: both packages are ES modules only (`"type": "module"`,
 *   no `require` condition), the format browsers and bundlers load, so the CommonJS (`node16`
 *   from CJS) and pre-exports (`node10`) resolutions are expected to fail and are not checked.
 * Packs with --ignore-scripts: run after the builds (`npm run build`, or `npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, pack } from './lib/pack.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const dir = mkdtempSync(join(tmpdir(), 'civic-packages-'));
let failed = 0;
const run = (what, args) => {
  const r = spawnSync(npx, args, { cwd: ROOT, encoding: 'utf8' });
  const out = `${r.stdout}${r.stderr}`.trim();
  console.log(out);
  if (r.status !== 0) {
    failed++;
    console.log(`✗ ${what}`);
  } else console.log(`✓ ${what}`);
  return out;
};
try {
  for (const workspace of ['@civic-viz/geo', 'civic-viz']) {
    const p = pack(workspace, dir);
    console.log(
      `\n${p.name}@${p.version}: ${p.entryCount} files, ${(p.size / 1024).toFixed(1)} KB packed, ${(p.unpackedSize / 1024).toFixed(1)} KB unpacked`,
    );
    const lint = run(`publint ${p.name}`, ['publint', 'run', p.tarball, '--level', 'suggestion']);
    // publint exits 1 on errors only; warnings are as good as errors for a release.
    if (/^Warnings:/m.test(lint)) {
      failed++;
      console.log(`✗ publint ${p.name}: warnings`);
    }
    run(`attw ${p.name}`, [
      'attw',
      p.tarball,
      '--profile',
      'esm-only',
      '--no-definitely-typed',
      '--no-emoji',
      '--no-color',
      '--format',
      'table-flipped',
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed ? `\n${failed} package check(s) failed` : '\nall package checks passed');
process.exit(failed ? 1 : 0);
