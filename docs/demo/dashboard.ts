/**
 * The dashboard's switches: language (简/繁/EN → `<html lang>`), light/dark (`<html data-theme>`)
 * and care mode (`<html data-care>`). The civic-* elements follow `<html>` by themselves; this
 * module only flips the attributes and translates the page's own text, including the widgets'
 * labels, units and sources and the header cells of the charts' child tables (the charts re-read
 * a changed table). The state is mirrored in the URL (?lang=en&theme=dark&care) so a view can be
 * shared. DOM APIs and textContent only: the page runs under a strict CSP.
 */

type Lang = 'zh-CN' | 'zh-TW' | 'en';
type Theme = 'light' | 'dark';

/** Simplified text → [traditional, English]. Keys "unit@label" translate a unit for one widget. */
const T: Record<string, [string, string]> = {
  鞍山民生幸福指数: ['鞍山民生幸福指數', 'Anshan Livelihood Wellbeing Index'],
  '2021年鞍山市民生实事的主要数字：就业、教育、城市管理、社会保障和智慧城市。': [
    '2021年鞍山市民生實事的主要數字：就業、教育、城市管理、社會保障和智慧城市。',
    "Key figures from Anshan's 2021 livelihood projects: jobs, education, city management, social security and the smart city.",
  ],
  语言: ['語言', 'Language'],
  外观: ['外觀', 'Appearance'],
  浅色: ['淺色', 'Light'],
  深色: ['深色', 'Dark'],
  适老化: ['適老化', 'For older readers'],
  关怀模式: ['關懷模式', 'Care mode'],
  就业: ['就業', 'Jobs'],
  教育: ['教育', 'Education'],
  城市管理: ['城市管理', 'City management'],
  社会保障: ['社會保障', 'Social security'],
  智慧城市: ['智慧城市', 'Smart city'],
  '校外培训机构处理情况（家）': ['校外培訓機構處理情況（家）', 'Action against off-campus tutoring providers'],
  处理方式: ['處理方式', 'Action'],
  机构数: ['機構數', 'Providers'],
  停业整改: ['停業整改', 'Suspended for rectification'],
  '取缔“黑机构”': ['取締「黑機構」', 'Unlicensed providers banned'],
  关停: ['關停', 'Closed down'],
  '市教育局直属学校安装护眼照明（盏）': ['市教育局直屬學校安裝護眼照明（盞）', 'Eye-friendly lights installed in city-run schools'],
  位置: ['位置', 'Where'],
  安装数量: ['安裝數量', 'Installed'],
  教室灯: ['教室燈', 'Classrooms'],
  辅助用房灯: ['輔助用房燈', 'Other rooms'],
  '全市机械化清扫率（%）': ['全市機械化清掃率（%）', 'Streets swept by machine (%)'],
  时间: ['時間', 'When'],
  机械化清扫率: ['機械化清掃率', 'Machine sweeping rate'],
  '2021年初': ['2021年初', 'Early 2021'],
  '报道时（2021年末）': ['報道時（2021年末）', 'Late 2021 (time of report)'],
  '城乡低保标准提高幅度（%）': ['城鄉低保標準提高幅度（%）', 'Rise in minimum living allowance standards (%)'],
  类别: ['類別', 'Category'],
  提高幅度: ['提高幅度', 'Rise'],
  '城市低保（平均）': ['城市低保（平均）', 'Urban (average)'],
  农村低保: ['農村低保', 'Rural'],
  '各县（市）区退休管理服务站点（处）——示意数据，并非统计数字': [
    '各縣（市）區退休管理服務站點（處）——示意資料，並非統計數字',
    'Retiree service points by district — illustrative data, not statistics',
  ],
  地区: ['地區', 'District'],
  '站点（示意）': ['站點（示意）', 'Service points (illustrative)'],
  示意数据: ['示意資料', 'Illustrative data'],
  '报道只给出全市各级退休管理中心的合计（370余处），地图上的分区数值是为演示虚构的，不代表实际分布。': [
    '報道只給出全市各級退休管理中心的合計（370餘處），地圖上的分區數值是為演示虛構的，不代表實際分佈。',
    'The report gives only the city-wide total of retiree management centres (more than 370); the per-district values on the map are made up for this demo and do not show the real distribution.',
  ],
  '智慧城市基础设施指标（%）': ['智慧城市基礎設施指標（%）', 'Smart-city infrastructure (%)'],
  指标: ['指標', 'Indicator'],
  '数值（%）': ['數值（%）', 'Value (%)'],
  家庭光纤入户率: ['家庭光纖入戶率', 'Homes with fibre'],
  物联网基站开通率: ['物聯網基站開通率', 'IoT base stations in service'],
  IPv6网站支持率: ['IPv6網站支援率', 'Websites supporting IPv6'],
  '大数据中心可用性SLA（99.9%以上）': ['大數據中心可用性SLA（99.9%以上）', 'Data-centre availability SLA (99.9%+)'],
  '数字出自2021年鞍山市民生实事纪实报道；智慧城市数字由鞍山市发展改革委提供。': [
    '數字出自2021年鞍山市民生實事紀實報道；智慧城市數字由鞍山市發展改革委提供。',
    "Figures from a 2021 report on Anshan's livelihood projects; smart-city figures from the Anshan Development and Reform Commission.",
  ],

  // Widget labels.
  发放稳岗返还资金: ['發放穩崗返還資金', 'Job-retention refunds paid'],
  获得稳岗返还的企业: ['獲得穩崗返還的企業', 'Firms receiving refunds'],
  助力稳定就业岗位: ['助力穩定就業崗位', 'Jobs kept stable'],
  帮助就业困难人员实现就业: ['幫助就業困難人員實現就業', 'Hard-to-place jobseekers helped into work'],
  中小学生课后服务参与率: ['中小學生課後服務參與率', 'Pupils in after-school programmes'],
  增加优质普惠学位: ['增加優質普惠學位', 'New affordable school places'],
  营养改善计划惠及学生: ['營養改善計劃惠及學生', 'Pupils in the rural school meals programme'],
  '“双减”专项治理：校外培训机构处理情况': ['「雙減」專項治理：校外培訓機構處理情況', '"Double reduction": action against tutoring providers'],
  市教育局直属学校安装护眼照明: ['市教育局直屬學校安裝護眼照明', 'Eye-friendly lighting in city-run schools'],
  全市机械化清扫率: ['全市機械化清掃率', 'Streets swept by machine'],
  全市机械化清扫率变化: ['全市機械化清掃率變化', 'Machine sweeping rate in 2021'],
  '2021年计划建设口袋公园': ['2021年計劃建設口袋公園', 'Pocket parks planned for 2021'],
  '口袋公园计划总面积（约）': ['口袋公園計劃總面積（約）', 'Planned pocket-park area (approx.)'],
  重要点位栽植花卉: ['重要點位栽植花卉', 'Flowers planted at key sites'],
  城乡低保标准提高幅度: ['城鄉低保標準提高幅度', 'Rise in minimum living allowance standards'],
  已接收国企退休人员中的鞍钢厂办大集体退休人员: ['已接收國企退休人員中的鞍鋼廠辦大集體退休人員', 'Ansteel collective-enterprise retirees among state-firm retirees taken over'],
  纳入智慧养老平台管理的养老服务机构: ['納入智慧養老平台管理的養老服務機構', 'Elderly-care providers on the smart platform'],
  '各县（市）区退休管理服务站点（示意数据）': ['各縣（市）區退休管理服務站點（示意資料）', 'Retiree service points by district (illustrative data)'],
  智慧城市基础设施指标: ['智慧城市基礎設施指標', 'Smart-city infrastructure'],
  物联网基站: ['物聯網基站', 'IoT base stations'],
  智慧城市应急项目获省数字经济专项资金: ['智慧城市應急項目獲省數字經濟專項資金', 'Provincial digital-economy grant for the smart-city emergency project'],

  // Units, change labels, sources.
  元: ['元', 'yuan'],
  户: ['戶', 'firms'],
  人: ['人', 'people'],
  家: ['家', 'providers'],
  盏: ['盞', 'lights'],
  平方米: ['平方米', 'm²'],
  株: ['株', 'plants'],
  处: ['處', 'sites'],
  座: ['座', 'stations'],
  '个@助力稳定就业岗位': ['個', 'jobs'],
  '个@增加优质普惠学位': ['個', 'places'],
  '个@2021年计划建设口袋公园': ['個', 'parks'],
  较年初: ['較年初', 'vs. start of year'],
  '鞍山民生实事纪实（2021）': ['鞍山民生實事紀實（2021）', 'Anshan livelihood report (2021)'],
  鞍山市发展改革委: ['鞍山市發展改革委', 'Anshan Development and Reform Commission'],
  '示意数据：报道只给出全市合计370余处': ['示意資料：報道只給出全市合計370餘處', 'Illustrative data: the report gives only the city total (370+)'],
};

const LANGS: Lang[] = ['zh-CN', 'zh-TW', 'en'];
const WIDGETS = 'civic-indicator-card, civic-progress-ring, civic-trend-chart, civic-district-map';
const ATTRS = ['data-label', 'data-unit', 'data-change-label', 'data-source', 'data-description'];
const original = new WeakMap<Element, Map<string, string>>();

function tr(text: string, lang: Lang, context?: string): string {
  if (lang === 'zh-CN') return text;
  const entry = (context && T[`${text}@${context}`]) || T[text];
  return entry ? entry[lang === 'zh-TW' ? 0 : 1] : text;
}

/** The simplified-Chinese source of a text or attribute, remembered on first use. */
function source(el: Element, key: string, read: () => string): string {
  let map = original.get(el);
  if (!map) original.set(el, (map = new Map()));
  if (!map.has(key)) map.set(key, read());
  return map.get(key)!;
}

function setLanguage(lang: Lang): void {
  const root = document.documentElement;
  root.lang = lang;
  // The shared header and footer stay Chinese: say so, for screen readers' pronunciation.
  document.querySelectorAll('header.site, footer.site, .skip').forEach((el) => el.setAttribute('lang', 'zh-CN'));
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const text = source(el, '#text', () => (el.textContent ?? '').trim());
    const next = tr(text, lang);
    if (el.textContent !== next) el.textContent = next;
  }
  for (const el of document.querySelectorAll(WIDGETS)) {
    const label = el.hasAttribute('data-label') ? source(el, 'data-label', () => el.getAttribute('data-label') ?? '') : '';
    for (const attr of ATTRS) {
      if (!el.hasAttribute(attr)) continue;
      const next = tr(source(el, attr, () => el.getAttribute(attr) ?? ''), lang, label);
      if (el.getAttribute(attr) !== next) el.setAttribute(attr, next);
    }
  }
}

function setTheme(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme);
}

function setCare(on: boolean): void {
  document.documentElement.toggleAttribute('data-care', on);
}

/** Reflects the current state into the buttons' aria-pressed and the URL. */
function sync(): void {
  const root = document.documentElement;
  const lang = root.lang as Lang;
  const theme = (root.getAttribute('data-theme') ?? 'light') as Theme;
  const care = root.hasAttribute('data-care');
  document.querySelectorAll<HTMLButtonElement>('[data-set-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setLang === lang)));
  document.querySelectorAll<HTMLButtonElement>('[data-set-theme]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.setTheme === theme)));
  document.querySelectorAll<HTMLButtonElement>('[data-toggle-care]').forEach((b) => b.setAttribute('aria-pressed', String(care)));
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  url.searchParams.delete('theme');
  url.searchParams.delete('care');
  if (lang !== 'zh-CN') url.searchParams.set('lang', lang);
  if (theme !== 'light') url.searchParams.set('theme', theme);
  if (care) url.searchParams.set('care', '');
  history.replaceState(null, '', url);
}

function init(): void {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') as Lang | null;
  setLanguage(lang && LANGS.includes(lang) ? lang : 'zh-CN');
  setTheme(params.get('theme') === 'dark' ? 'dark' : 'light');
  setCare(params.has('care') && params.get('care') !== 'false');
  sync();

  document.querySelector('.switches')?.removeAttribute('hidden');
  document.addEventListener('click', (e) => {
    const button = (e.target as Element).closest?.('button');
    if (!button) return;
    if (button.dataset.setLang) setLanguage(button.dataset.setLang as Lang);
    else if (button.dataset.setTheme) setTheme(button.dataset.setTheme as Theme);
    else if (button.hasAttribute('data-toggle-care')) setCare(!document.documentElement.hasAttribute('data-care'));
    else return;
    sync();
  });
}

init();
