/**
 * The manifest and the editor data users get in the package: generated from the source by
 * scripts/manifest.mjs (into a temporary folder), then checked: public API only, module paths
 * that are files of the published package, enumerated attributes offering their values.
 * Each check is also shown to fail on a manifest with the defect planted.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest, VscodeData, WebTypes } from '../../../scripts/lib/editor-data.mjs';
import { elementsOf } from '../../../scripts/lib/editor-data.mjs';
import { ENUMS, OUTSIDE_REFS, TAGS, editorProblems, manifestProblems } from '../../../scripts/lib/manifest-checks.mjs';

const root = resolve(import.meta.dirname, '../../..');
const pkgDir = join(root, 'packages/civic-viz');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
let out = '';
let run: { status: number | null; output: string };
let manifest: Manifest;
let vscode: VscodeData;
let webTypes: WebTypes;

before(() => {
  out = mkdtempSync(join(tmpdir(), 'civic-manifest-'));
  const r = spawnSync(process.execPath, ['scripts/manifest.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CIVIC_MANIFEST_OUTDIR: out },
    timeout: 120_000,
  });
  run = { status: r.status, output: `${r.stdout}${r.stderr}` };
  const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
  manifest = read('custom-elements.json');
  vscode = read('vscode.html-custom-data.json');
  webTypes = read('web-types.json');
});
after(() => rmSync(out, { recursive: true, force: true }));

const clone = <T>(v: T): T => structuredClone(v);
const classes = (m: Manifest) =>
  m.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.kind === 'class')) as {
    name: string;
    members?: { name: string; privacy?: string; static?: boolean; kind: string }[];
  }[];

/** Files the published package holds under dist/: what tsc and the library build emit, by construction. */
function publishedFiles(): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.ts'))
        files.add(`dist/types/${relative(join(pkgDir, 'src'), p).replaceAll('\\', '/').replace(/\.ts$/, '.d.ts')}`);
    }
  };
  walk(join(pkgDir, 'src'));
  for (const target of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) files.add(file.replace(/^\.\//, ''));
  }
  return files;
}

test('scripts/manifest.mjs succeeds and lists the four elements', () => {
  assert.equal(run.status, 0, run.output);
  assert.deepEqual(
    elementsOf(manifest)
      .map((e) => e.tagName)
      .sort(),
    TAGS,
  );
});

test('only the public API: no private, protected, #/_ member and no static internals', () => {
  for (const cls of classes(manifest)) {
    for (const m of cls.members ?? []) {
      assert.ok(!m.privacy || m.privacy === 'public', `${cls.name}.${m.name} is ${m.privacy}`);
      assert.doesNotMatch(m.name, /^[#_]/, `${cls.name}.${m.name}`);
    }
    const names = (cls.members ?? []).map((m) => m.name);
    for (const internal of ['textProperties', 'env', 'model', 'error', 'shouldAnimate', 'buildModel', 'styles']) {
      assert.ok(!names.includes(internal), `${cls.name} lists ${internal}`);
    }
  }
  // The public API is still there: the common properties, inherited, and each element's own.
  const map = elementsOf(manifest).find((e) => e.tagName === 'civic-district-map')!;
  for (const name of ['label', 'theme', 'map', 'values', 'selected'])
    assert.ok(
      map.members!.some((m) => m.name === name),
      name,
    );
  assert.deepEqual(manifestProblems(manifest, { files: publishedFiles() }), []);
});

test('a private member leaking into the manifest is reported', () => {
  const leaky = clone(manifest);
  classes(leaky)[0].members!.push({ kind: 'field', name: 'textProperties', privacy: 'protected', static: true });
  assert.match(manifestProblems(leaky).join('\n'), /protected member static textProperties/);
  const underscored = clone(manifest);
  classes(underscored)[0].members!.push({ kind: 'field', name: '_cache' });
  assert.match(manifestProblems(underscored).join('\n'), /member _cache/);
});

test('module paths are files of the published package, never src/*.ts', () => {
  const files = publishedFiles();
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/(types\/.+\.d\.ts|[\w-]+\.js)$/, mod.path);
    assert.ok(files.has(mod.path), `${mod.path} is not published`);
  }
  const text = JSON.stringify(manifest);
  const src = /packages\/civic-viz\/src|(?<!\.d)\.ts"/.exec(text);
  assert.equal(src, null, `a source path: …${text.slice((src?.index ?? 0) - 80, (src?.index ?? 0) + 20)}…`);
  // Each element's registering entry says which tag it defines.
  for (const tag of TAGS) {
    const def = manifest.modules.find((m) => (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag));
    assert.equal(def?.path, `dist/${tag.replace(/^civic-/, '')}.js`, tag);
  }
});

test('a module path that the package does not hold is reported', () => {
  const moved = clone(manifest);
  moved.modules[0].path = 'packages/civic-viz/src/index.ts';
  assert.match(
    manifestProblems(moved, { files: publishedFiles() }).join('\n'),
    /module path packages\/civic-viz\/src\/index\.ts is not in the package/,
  );
  const dangling = clone(manifest);
  const cls = classes(dangling).find((c) => c.name === 'CivicTrendChart') as unknown as { superclass: { module: string } };
  cls.superclass.module = 'dist/types/core/gone.d.ts';
  assert.match(manifestProblems(dangling, { files: publishedFiles() }).join('\n'), /points at dist\/types\/core\/gone\.d\.ts/);
});

test('enumerated attributes offer their values in VS Code data and web-types', () => {
  assert.deepEqual(editorProblems(manifest, vscode, webTypes), []);
  const seen = new Set<string>();
  for (const data of [vscode.tags, webTypes.contributions.html.elements]) {
    for (const tag of data) {
      for (const a of tag.attributes) {
        if (!ENUMS[a.name]) continue;
        seen.add(a.name);
        assert.deepEqual(
          a.values?.map((v) => v.name),
          ENUMS[a.name],
          `<${tag.name}> ${a.name}`,
        );
      }
    }
  }
  for (const name of ['data-type', 'data-notation', 'data-scale', 'data-theme', 'data-good', 'data-animation'])
    assert.ok(seen.has(name), name);
  // Presence attributes are offered without a value; data-lazy (default on) with true/false.
  const chart = vscode.tags.find((t) => t.name === 'civic-trend-chart')!;
  assert.equal(chart.attributes.find((a) => a.name === 'data-stacked')?.valueSet, 'v');
  assert.deepEqual(
    chart.attributes.find((a) => a.name === 'data-lazy')?.values?.map((v) => v.name),
    ['true', 'false'],
  );
});

test('an enum that loses its values is reported', () => {
  const flat = clone(manifest);
  for (const el of elementsOf(flat)) {
    const decl = classes(flat).find((c) => c.name === el.name) as unknown as { attributes: { name: string; type?: { text: string } }[] };
    const attr = decl.attributes.find((a) => a.name === 'data-type');
    if (attr) attr.type = { text: 'TrendType' };
  }
  const flatVscode = clone(vscode);
  for (const t of flatVscode.tags) for (const a of t.attributes) if (a.name === 'data-type') delete a.values;
  assert.match(
    editorProblems(flat, flatVscode, webTypes).join('\n'),
    /VS Code data: <civic-trend-chart> data-type offers \[\], expected \[line,area,bar\]/,
  );
});

test('descriptions are whole and stay inside the repository', () => {
  const map = elementsOf(manifest).find((e) => e.tagName === 'civic-district-map')!;
  assert.match(map.attributes!.find((a) => a.name === 'data-map')!.description!, /@civic-viz\/geo.*anshan/);
  for (const file of [manifest, vscode, webTypes]) assert.doesNotMatch(JSON.stringify(file), OUTSIDE_REFS);
});

test('package.json ships the editor data', () => {
  assert.equal(pkg['web-types'], './web-types.json');
  for (const f of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json']) assert.ok(pkg.files.includes(f), f);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const card = webTypes.contributions.html.elements.find((e) => e.name === 'civic-indicator-card');
  assert.deepEqual(card?.source, { module: 'civic-viz/indicator-card.js', symbol: 'CivicIndicatorCard' });
});
