/**
 * Matching the region names found in data ("海城", "岫岩县", "鐵西區") to the names of a map's
 * regions ("海城市", "岫岩满族自治县", "铁西区"). Pure: no DOM, no ECharts.
 *
 * Each data name is tried in stages, and the first stage that finds exactly one region wins:
 * 1. exact name (after trimming and Unicode NFKC, so full-width spaces and letters compare equal);
 * 2. both sides without their administrative suffix (满族自治县, 自治县, 新区, 区, 县, 市, 旗 …,
 *    longest first), so 海城 = 海城市 and 岫岩县 = 岫岩满族自治县;
 * 3. a region's aliases (from the geo data: short and traditional forms), exactly or suffix-stripped;
 * 4. stages 1–3 again with traditional characters folded to simplified (鐵西區 → 铁西区), for maps
 *    that carry no traditional aliases.
 * A name matching two regions at one stage (朝阳 for 朝阳区 and 朝阳县) is ambiguous: unmatched.
 * A six-digit division code (`210302`) matches the region with that adcode. With
 * `data-key="adcode"` only codes are accepted.
 */
import { CivicError } from '../core/parse.js';

/** What the matcher needs to know about one map region. */
export interface MatchRegion {
  /** The region's canonical name (the map's name property). */
  name: string;
  /** Other spellings that should match it. */
  aliases?: readonly string[];
  /** Division code, when the map has one. */
  adcode?: string;
}

/** One data entry: a name as written in the data and its value (null = explicitly no data). */
export interface MatchEntry {
  name: string;
  value: number | null;
}

/** How a data name was matched. */
export type MatchKind = 'exact' | 'suffix' | 'alias' | 'traditional' | 'adcode';

/** A data entry that found its region. */
export interface Matched {
  /** The region's canonical name. */
  region: string;
  /** The name as written in the data. */
  input: string;
  value: number | null;
  how: MatchKind;
}

/** Why a data name was not applied. */
export type UnmatchedReason = 'unknown' | 'ambiguous' | 'duplicate';

export interface Unmatched {
  /** The name as written in the data. */
  input: string;
  reason: UnmatchedReason;
  /** For ambiguous names: the candidates; for duplicates: the region that already had a value. */
  regions: string[];
}

export interface MatchResult {
  /** Matched entries by canonical region name, in data order. */
  matched: Map<string, Matched>;
  /** Names that were not applied, in data order: never silently dropped. */
  unmatched: Unmatched[];
}

// Ethnic groups found in the names of autonomous counties and banners (自治县/自治旗/自治州),
// longest first so 蒙古族 is not read as 古族.
const ETHNIC = [
  '柯尔克孜',
  '鄂伦春',
  '鄂温克',
  '达斡尔',
  '塔吉克',
  '维吾尔',
  '哈萨克',
  '蒙古',
  '朝鲜',
  '土家',
  '布依',
  '哈尼',
  '傈僳',
  '拉祜',
  '纳西',
  '景颇',
  '仫佬',
  '仡佬',
  '毛南',
  '撒拉',
  '锡伯',
  '普米',
  '裕固',
  '独龙',
  '布朗',
  '东乡',
  '保安',
  '满',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '各',
].sort((a, b) => b.length - a.length);

// Plain administrative suffixes, longest first. Stripping never empties a name (市 stays 市).
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '开发区',
  '地区',
  '新区',
  '林区',
  '矿区',
  '区',
  '县',
  '市',
  '旗',
  '盟',
  '州',
];

/** A name without its administrative suffix: 岫岩满族自治县 → 岫岩, 海城市 → 海城, 铁西区 → 铁西. */
export function stripSuffix(name: string): string {
  let s = normalize(name);
  for (const suffix of SUFFIXES) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      if (suffix.startsWith('自治')) s = stripEthnic(s);
      break;
    }
  }
  return s;
}

/** Removes trailing ethnic group names (满族, 土家族苗族 …) before 自治县. */
function stripEthnic(s: string): string {
  for (let again = true; again;) {
    again = false;
    for (const group of ETHNIC) {
      const tail = group + '族';
      if (s.length > tail.length && s.endsWith(tail)) {
        s = s.slice(0, -tail.length);
        again = true;
        break;
      }
    }
  }
  return s;
}

/** Trim, NFKC (full-width → half-width), no inner spaces, lower case for Latin names. */
export function normalize(name: string): string {
  return String(name).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

// Traditional → simplified for characters common in Chinese place names. Not a general
// converter: enough for 區/縣/鎮 and frequent name characters when a map has no aliases.
const TRAD =
  '區縣鄉鎮東陽鐵臺檯灣門關嶺漢遼寧龍興廣華陳雲豐慶濟衛滿蘭齊潛爾蘇貴黃義開發鳳園灤澤張長島圖連瀋葉廠礦將來萬億倉橋壩灘陰潁雙鄭樂麗韓綏紅綿紹鹽寶淵濱澗場塢嶼峽陝隴鶴鳥馬魯達遠還邊過進運遷選靈壽鄧鄒銅錦鐘閩陸隨險雞離頭順須額風飛館駐騰麥貝財資賀贛輝農湯溝滄漁濰瀘瀏滬淶涇溫渦戶團壇夾學實對導屬嶽巖廟廬彎徑從復應懷戰撫敘斷會曉書條楊樓橫歸歲氣淺灃為無煙營獅現琿甌畢當盤盧禮祿稱穀窯競節範糧紀級練織聖聯舊莊萊蓮薊藍蘆術裡觀許諸讓貿賓贊趙軍載輪轄辦遙鄰醫鈞鉛銀鋼錫鎖鏡閣閻際雜項頓領類饒駱驛體鬱鯉鳴鵬鷹點龜嶗蕪蘄蒼湧濛臨羅蓋鄆蔣烏';
const SIMP =
  '区县乡镇东阳铁台台湾门关岭汉辽宁龙兴广华陈云丰庆济卫满兰齐潜尔苏贵黄义开发凤园滦泽张长岛图连沈叶厂矿将来万亿仓桥坝滩阴颍双郑乐丽韩绥红绵绍盐宝渊滨涧场坞屿峡陕陇鹤鸟马鲁达远还边过进运迁选灵寿邓邹铜锦钟闽陆随险鸡离头顺须额风飞馆驻腾麦贝财资贺赣辉农汤沟沧渔潍泸浏沪涞泾温涡户团坛夹学实对导属岳岩庙庐弯径从复应怀战抚叙断会晓书条杨楼横归岁气浅沣为无烟营狮现珲瓯毕当盘卢礼禄称谷窑竞节范粮纪级练织圣联旧庄莱莲蓟蓝芦术里观许诸让贸宾赞赵军载轮辖办遥邻医钧铅银钢锡锁镜阁阎际杂项顿领类饶骆驿体郁鲤鸣鹏鹰点龟崂芜蕲苍涌蒙临罗盖郓蒋乌';
const FOLD = new Map<string, string>(Array.from(TRAD, (c, i) => [c, SIMP[i]]));

/** Folds traditional characters common in place names to simplified ones (鐵西區 → 铁西区). */
export function foldTraditional(name: string): string {
  return Array.from(name, (c) => FOLD.get(c) ?? c).join('');
}

type Index = Map<string, Set<string>>;
const add = (index: Index, key: string, region: string) => {
  if (!key) return;
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(region);
};

/** Lookup tables for a map's regions, built once per map. */
export interface RegionIndex {
  exact: Index;
  suffix: Index;
  alias: Index;
  code: Index;
}

/** Builds the lookup tables for `regions` (reuse it for several data sets on one map). */
export function indexRegions(regions: readonly MatchRegion[]): RegionIndex {
  const index: RegionIndex = { exact: new Map(), suffix: new Map(), alias: new Map(), code: new Map() };
  for (const r of regions) {
    if (r.adcode) add(index.code, r.adcode, r.name);
    add(index.exact, normalize(r.name), r.name);
    add(index.suffix, stripSuffix(r.name), r.name);
    for (const a of r.aliases ?? []) {
      add(index.alias, normalize(a), r.name);
      add(index.alias, stripSuffix(a), r.name);
    }
  }
  return index;
}

type Found = { regions: string[]; how: MatchKind } | null;

function lookup(index: RegionIndex, name: string): Found {
  const key = normalize(name);
  const stages: [Index, string, MatchKind][] = [
    [index.exact, key, 'exact'],
    [index.suffix, stripSuffix(key), 'suffix'],
    [index.alias, key, 'alias'],
    [index.alias, stripSuffix(key), 'alias'],
  ];
  for (const [table, k, how] of stages) {
    const hit = table.get(k);
    if (hit) return { regions: [...hit], how };
  }
  return null;
}

/** What data names are: region names (default) or division codes (`data-key="adcode"`). */
export type JoinKey = 'name' | 'adcode';

/** The one region `data-selected` names (its canonical name), or the error saying it names none. */
export function selectedRegion(index: RegionIndex, selected: string): string | CivicError {
  const found = findRegion(index, selected);
  return found?.regions.length === 1
    ? found.regions[0]
    : new CivicError('unknown-region', `data-selected ${JSON.stringify(selected)} is not a region of the map`, 'data-selected');
}

/** Finds the region a data name (or, by `adcode`, a division code) refers to. */
export function findRegion(index: RegionIndex, name: string, by: JoinKey = 'name'): Found {
  const code = normalize(name);
  if (/^\d{6}$/.test(code)) {
    const hit = index.code.get(code);
    if (hit || by === 'adcode') return hit ? { regions: [...hit], how: 'adcode' } : null;
  }
  if (by === 'adcode') return null;
  const direct = lookup(index, name);
  if (direct) return direct;
  const folded = foldTraditional(normalize(name));
  if (folded === normalize(name)) return null;
  const viaFold = lookup(index, folded);
  return viaFold && { regions: viaFold.regions, how: 'traditional' };
}

/**
 * Matches data entries to regions. The first value given for a region wins; a later name that
 * lands on the same region is reported as a duplicate rather than overwriting it silently.
 */
export function matchRegions(
  entries: readonly MatchEntry[],
  regions: readonly MatchRegion[] | RegionIndex,
  by: JoinKey = 'name',
): MatchResult {
  const index = Array.isArray(regions) ? indexRegions(regions) : (regions as RegionIndex);
  const matched = new Map<string, Matched>();
  const unmatched: Unmatched[] = [];
  for (const e of entries) {
    const found = findRegion(index, e.name, by);
    if (!found) unmatched.push({ input: e.name, reason: 'unknown', regions: [] });
    else if (found.regions.length > 1) unmatched.push({ input: e.name, reason: 'ambiguous', regions: found.regions.sort() });
    else {
      const region = found.regions[0];
      if (matched.has(region)) unmatched.push({ input: e.name, reason: 'duplicate', regions: [region] });
      else matched.set(region, { region, input: e.name, value: e.value, how: found.how });
    }
  }
  return { matched, unmatched };
}

/**
 * Why data names did not match, for the `unknown-region` message: each with the closest region
 * names, and — for a built-in map made before a change of divisions — the note that a name is
 * a current division these boundaries lack (莱芜区 has been part of 济南市 since 2019).
 */
export function explainUnmatched(
  unmatched: readonly Unmatched[],
  regions: readonly MatchRegion[],
  missing: readonly { name: string; adcode: number }[] = [],
): string {
  const closest = (input: string) => {
    const q = stripSuffix(foldTraditional(normalize(input)));
    const score = (r: MatchRegion) => {
      const s = stripSuffix(r.name);
      let same = 0;
      for (const c of q) if (s.includes(c)) same++;
      return same / Math.max(q.length, s.length) + (r.adcode && normalize(input).slice(0, 4) === r.adcode.slice(0, 4) ? 0.1 : 0);
    };
    return [...regions]
      .sort((a, b) => score(b) - score(a))
      .slice(0, 2)
      .filter((r) => score(r) > 0)
      .map((r) => r.name);
  };
  return unmatched
    .map((u) => {
      if (u.reason !== 'unknown') return `${u.input} (${u.reason}: ${u.regions.join('/')})`;
      const key = normalize(u.input);
      const gone = missing.find(
        (m) => String(m.adcode) === key || normalize(m.name) === key || stripSuffix(m.name) === stripSuffix(foldTraditional(key)),
      );
      if (gone) return `${u.input} (${gone.name} ${gone.adcode} is a current division that these boundaries, from about 2018, do not have)`;
      const near = closest(u.input);
      return near.length ? `${u.input} (closest: ${near.join('/')})` : u.input;
    })
    .join(', ');
}
