/**
 * `npm pack` for a workspace into a folder, and unpacking the tarball: what the registry (and so
 * jsDelivr and unpkg) would hold. Used by the package checks and the end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Packs `workspace` into `dest`. With `scripts: false` (the default) `prepack` does not run, so
 * the tarball holds the current build; `scripts: true` builds first, as `npm publish` would.
 * Returns npm's report: {tarball, name, version, size, unpackedSize, entryCount, files}.
 */
export function pack(workspace, dest, { scripts = false } = {}) {
  mkdirSync(dest, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', dest, '-w', workspace, ...(scripts ? [] : ['--ignore-scripts'])];
  // With scripts, the build's own output goes to stderr (inherited); stdout is npm's JSON.
  const out = execFileSync(npm, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', scripts ? 'inherit' : 'pipe'],
    maxBuffer: 64 << 20,
  });
  const report = JSON.parse(out.slice(out.indexOf('[')))[0];
  return { ...report, tarball: join(dest, report.filename), files: report.files.map((f) => f.path).sort() };
}

/** Unpacks a tarball into `dest`; returns the package folder (`dest/package`). */
export function unpack(tarball, dest) {
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dest]);
  return join(dest, 'package');
}
