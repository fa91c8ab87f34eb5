// Name handling for the build: suffix-stripped short names and Traditional-character forms.
import * as OpenCC from 'opencc-js';

// Ethnic groups in the names of autonomous prefectures, counties and banners, longest first
// so 蒙古族 is not read as 古族.
const ETHNIC = [
  '柯尔克孜', '鄂伦春', '鄂温克', '达斡尔', '塔吉克', '维吾尔', '哈萨克', '蒙古', '朝鲜', '土家', '布依',
  '哈尼', '傈僳', '拉祜', '纳西', '景颇', '仫佬', '仡佬', '毛南', '撒拉', '锡伯', '普米', '裕固', '独龙',
  '布朗', '东乡', '保安', '满', '回', '藏', '苗', '彝', '壮', '侗', '瑶', '白', '傣', '黎', '佤', '畲',
  '水', '土', '羌', '怒', '各',
].sort((a, b) => b.length - a.length);
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '新区', '林区', '矿区', '区', '县', '市', '旗', '盟', '州', '省', '區', '縣', '鄉', '鎮'];

/** 岫岩满族自治县 → 岫岩, 海城市 → 海城, 湘西土家族苗族自治州 → 湘西. Never empties a name. */
export function shortName(name) {
  let s = name;
  for (const suffix of SUFFIXES) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      if (suffix.startsWith('自治')) {
        for (let again = true; again; ) {
          again = false;
          for (const g of ETHNIC) {
            // 满族自治县; and 蒙古自治州, 哈萨克自治州 (written without 族).
            const tail = s.endsWith(g + '族') ? g + '族' : g.length > 1 && s.endsWith(g) ? g : '';
            if (tail && s.length > tail.length + 1) {
              s = s.slice(0, -tail.length);
              again = true;
              break;
            }
          }
        }
      }
      break;
    }
  }
  // A one-character short name (东区 → 东) would match far too much: keep the full name.
  return s.length >= 2 ? s : name;
}

const toT = OpenCC.Converter({ from: 'cn', to: 't' });
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toS = OpenCC.Converter({ from: 't', to: 'cn' });

/** Simplified and Traditional spellings of a name (OpenCC standard, Taiwan and Hong Kong forms; 臺/台 both). */
export function spellings(name) {
  const out = new Set([name, toT(name), toTw(name), toHk(name), simplified(name)]);
  for (const s of [...out]) if (s.includes('臺')) out.add(s.replaceAll('臺', '台'));
  return [...out];
}

/**
 * Simplified form of a Traditional name (新店區 → 新店区); a name that is already Simplified
 * comes back unchanged. Only trusted when it converts back to the same name: 乾县 is
 * Simplified already, and OpenCC would turn its 乾 into 干.
 */
export function simplified(name) {
  const s = toS(name);
  return s !== name && (toT(s) === name || toTw(s) === name || toHk(s) === name) ? s : name;
}

/**
 * Aliases for each district of one map: its short name (unless another district of the same
 * map shares it, as 朝阳区/朝阳县 would), short + 县 for autonomous counties (岫岩县), and the
 * Traditional/Simplified spellings of all of these. `extra` adds known other names (a former
 * name from the source). Never includes the canonical name itself.
 */
export function aliasesFor(names, extra = []) {
  const shortOf = names.map(shortName);
  const taken = new Map();
  for (const n of names) for (const s of spellings(n)) taken.set(s, (taken.get(s) ?? 0) + 1);
  shortOf.forEach((s) => taken.set(s, (taken.get(s) ?? 0) + 1));
  return names.map((name, i) => {
    const forms = new Set([...(extra[i] ?? [])]);
    const s = shortOf[i];
    if (s !== name && taken.get(s) === 1) forms.add(s);
    if (/自治县$/.test(name) && taken.get(s) === 1) forms.add(s + '县');
    const out = new Set();
    for (const f of [name, ...forms]) for (const sp of spellings(f)) out.add(sp);
    out.delete(name);
    // An alias that another district of this map also claims would be ambiguous: drop it.
    return [...out].filter((a) => !names.some((n, k) => k !== i && (n === a || spellings(n).includes(a))));
  });
}
