/**
 * A Vite plugin for the docs site and Storybook: a city's boundaries module of @civic-viz/geo
 * that is not built yet is built when a page first imports it (about 0.1–0.5 s per city).
 *
 * Why: building all 393 maps takes one to two minutes on two cores, and a newcomer's first
 * `npm start` should not wait for 392 cities nobody looks at. `scripts/ensure-geo.mjs` builds
 * Anshan and the catalog (`build.mjs --quick`, a few seconds); the catalog's lazy loaders point
 * at `dist/maps/<key>.js`, and this plugin answers for the ones that do not exist yet, writing
 * them as the full build would. `npm run build -w @civic-viz/geo` still builds everything (the
 * npm package, the tests and the CDN folder use that).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const GEO = resolve(import.meta.dirname, '../../packages/geo');
const MAPS = join(GEO, 'dist/maps');
const MAP_FILE = /[\\/]packages[\\/]geo[\\/]dist[\\/]maps[\\/]([a-z0-9-]+)\.js$/;

let entries;
/** The source's maps by key (the build scripts are loaded only when a map is missing). */
async function entryFor(key) {
  if (!entries) {
    const [{ sourceMaps }, { shortName }] = await Promise.all([
      import(join(GEO, 'scripts/catalog.mjs')),
      import(join(GEO, 'scripts/names.mjs')),
    ]);
    entries = new Map(sourceMaps(shortName).map((e) => [e.key, e]));
  }
  return entries.get(key);
}

/** Builds one map's files into dist/ exactly as the full build writes them; returns the module. */
async function buildMap(key) {
  const entry = await entryFor(key);
  if (!entry) return null;
  const [{ writeCity }, { ATTRIBUTION }] = await Promise.all([
    import(join(GEO, 'scripts/city.mjs')),
    import(join(GEO, 'scripts/emit.mjs')),
  ]);
  return writeCity(join(GEO, 'dist'), entry, ATTRIBUTION).js;
}

/** For the dependency scan: a catalog's `./maps/<key>.js` that is not built yet is external. */
function missingMapIsExternal(source, importer) {
  if (!source.startsWith('./maps/') || !importer) return null;
  const file = resolve(dirname(importer), source);
  return file.startsWith(MAPS) && MAP_FILE.test(file) && !existsSync(file) ? { id: file, external: true } : null;
}

/** @returns {import('vite').Plugin} */
export function geoOnDemand() {
  const pending = new Map();
  return {
    name: 'civic-geo-on-demand',
    enforce: 'pre',
    // Vite's dependency scan crawls the catalog too and stops at its first missing map: it would
    // then skip pre-bundling, find Lit and ECharts only when a page imports them, and reload the
    // page under the reader (a map hovered to turn live would go back to static). The scan has no
    // use for the boundaries: it treats a missing one as external.
    config: () => ({ optimizeDeps: { rolldownOptions: { plugins: [{ name: 'civic-geo-scan', resolveId: missingMapIsExternal }] } } }),
    resolveId(source, importer) {
      // From the catalog: `./maps/<key>.js`. The catalog, transformed while the file was missing,
      // then asks for it by its absolute path (Vite writes /@fs/ only for files that exist).
      const file =
        source.startsWith('./maps/') && importer ? resolve(dirname(importer.split('?')[0]), source) : source.replace(/^\/@fs/, '');
      if (!file.startsWith(MAPS) || !MAP_FILE.test(file)) return null;
      return source.startsWith('./') && existsSync(file) ? null : file;
    },
    load(id) {
      const key = MAP_FILE.exec(id.split('?')[0])?.[1];
      if (!key || existsSync(id)) return null;
      // Two pages asking for the same city at once share one build.
      if (!pending.has(key))
        pending.set(
          key,
          buildMap(key).finally(() => pending.delete(key)),
        );
      return pending.get(key);
    },
  };
}
