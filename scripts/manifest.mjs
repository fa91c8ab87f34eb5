#!/usr/bin/env node
/**
 * Generates packages/civic-viz/custom-elements.json (CEM analyzer; the config keeps the public
 * API only, with paths of published files) and, from it, the editor data the package ships:
 * VS Code's HTML custom data (vscode.html-custom-data.json) and JetBrains' web-types
 * (web-types.json).
 *
 * Fails when the manifest lists a non-public member, an element or an attribute description is
 * missing, an event is not civic-*, text points outside the repository, an enumerated attribute
 * offers no values in the editor data, or — once the package is built (dist/ exists) — a module
 * path is not a file of the package (`npm test` runs this step after the builds).
 *
 *   node scripts/manifest.mjs               write into packages/civic-viz
 *   CIVIC_MANIFEST_OUTDIR=dir node …         write into dir (the node test does)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vscodeData, webTypes, elementsOf } from './lib/editor-data.mjs';
import { editorProblems, filesUnder, manifestProblems } from './lib/manifest-checks.mjs';

const root = resolve(import.meta.dirname, '..');
const pkgDir = join(root, 'packages/civic-viz');
const outdir = resolve(root, process.env.CIVIC_MANIFEST_OUTDIR ?? 'packages/civic-viz');
mkdirSync(outdir, { recursive: true });

execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CIVIC_MANIFEST_OUTDIR: outdir },
});
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

const vscode = vscodeData(manifest);
const jetbrains = webTypes(manifest, pkg);
writeFileSync(join(outdir, 'vscode.html-custom-data.json'), JSON.stringify(vscode, null, 2) + '\n');
writeFileSync(join(outdir, 'web-types.json'), JSON.stringify(jetbrains, null, 2) + '\n');

// Paths are checked against the built package when writing into it; a run into another folder
// (the node test, before any build) checks them itself.
const built = outdir === pkgDir && existsSync(join(pkgDir, 'dist/types'));
const problems = [
  ...manifestProblems(manifest, { files: built ? filesUnder(pkgDir) : undefined }),
  ...editorProblems(manifest, vscode, jetbrains),
];
const elements = elementsOf(manifest);
console.log(
  `manifest: ${elements.length} elements, ${elements.reduce((n, e) => n + (e.attributes?.length ?? 0), 0)} attributes, ` +
    `${manifest.modules.length} modules${built ? '' : ' (paths not checked against dist/: not built, or written elsewhere)'}`,
);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
