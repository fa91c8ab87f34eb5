/**
 * Choosing a built-in map from what a page author types in `data-map`: a key (`anshan`,
 * `liaoning-anshan`), the source's file key (`liao2_ning2_an1_shan1`), an adcode (`210300`),
 * a full, short or Traditional name (`鞍山市`, `鞍山`, `瀋陽市`) or the pinyin. When nothing
 * fits, the message says why (a province's or a district's code, a name two cities share) and
 * names the closest maps. Pure: the catalog is passed in (tests use the real one).
 */
import { CivicError } from '../core/parse.js';
import { foldTraditional, normalize, stripSuffix } from './match.js';

/** What the resolver needs from `@civic-viz/geo`'s index. */
export interface MapCatalog {
  list(): readonly CatalogEntry[];
  resolve(query: string): { key: string; candidates?: undefined } | { key?: undefined; candidates: string[] } | null;
}
export interface CatalogEntry {
  key: string;
  name: string;
  short: string;
  province: string;
  adcode: number | null;
  pinyin: string;
  file: string;
  aliases: readonly string[];
}

const describe = (e: CatalogEntry) => `${e.province === e.name ? '' : e.province}${e.name}${e.adcode ? ` ${e.adcode}` : ''} (${e.key})`;

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The `n` maps whose names, pinyin or keys are nearest to `query`. */
export function closestMaps(catalog: MapCatalog, query: string, n = 3): CatalogEntry[] {
  const q = foldTraditional(normalize(query));
  const qs = stripSuffix(q);
  const score = (e: CatalogEntry) =>
    Math.min(
      ...[e.name, e.short, ...e.aliases].map(
        (s) => Math.min(distance(qs, stripSuffix(foldTraditional(normalize(s)))), distance(q, normalize(s))) / Math.max(1, [...qs].length),
      ),
      ...[e.pinyin, e.key].map((s) => distance(q.replace(/[^a-z]/g, ''), s.replace(/[^a-z]/g, '')) / Math.max(3, q.length)),
    );
  return [...catalog.list()]
    .map((e) => [score(e), e] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, e]) => e);
}

/** The key of the map `query` names, or a CivicError (`unknown-map`, on `data-map`) saying why not. */
export function resolveMap(catalog: MapCatalog, query: string): string {
  const q = query.trim();
  const hit = catalog.resolve(q) ?? catalog.resolve(foldTraditional(q));
  const fail = (why: string): never => {
    throw new CivicError('unknown-map', why, 'data-map');
  };
  if (hit?.key) return hit.key;
  const all = catalog.list();
  const shown = JSON.stringify(q.slice(0, 40));
  if (hit?.candidates) {
    const names = hit.candidates
      .map((k) => all.find((e) => e.key === k))
      .filter((e): e is CatalogEntry => !!e)
      .map(describe);
    return fail(`${shown} names more than one map: ${names.join('; ')}. Use the code or the key`);
  }
  if (/^\d{6}$/.test(q)) {
    const province = q.slice(0, 2);
    const inProvince = all.filter((e) => e.adcode != null && String(e.adcode).startsWith(province));
    if (q.endsWith('0000')) {
      return fail(
        `${q} is the code of a province, not of a city; its cities include ${inProvince.slice(0, 4).map(describe).join('; ') || 'none in the built-in data'}`,
      );
    }
    if (!q.endsWith('00')) {
      const city = all.find((e) => e.adcode === Number(q.slice(0, 4) + '00'));
      return fail(
        `${q} is the code of a county-level district, not of a city${city ? `; it belongs to ${describe(city)}: use data-map="${city.adcode}"` : ''}`,
      );
    }
    const near = [...inProvince].sort((a, b) => Math.abs(a.adcode! - Number(q)) - Math.abs(b.adcode! - Number(q))).slice(0, 3);
    return fail(
      `no built-in map has the code ${q} (the city may have been merged or renamed after the boundary data was made, about 2018); closest: ${near.map(describe).join('; ') || 'none'}`,
    );
  }
  return fail(`no built-in map ${shown}; closest: ${closestMaps(catalog, q).map(describe).join('; ')}. Or use data-geo-src`);
}
