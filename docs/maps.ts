/**
 * The map gallery: pick a province and a city (or search by name, pinyin or code), see the
 * built-in map with its districts' names and codes, and copy the tag. Everything the page
 * writes is text (textContent, attributes): no HTML is built from data.
 */
import { list, load, type MapEntry } from '@civic-viz/geo';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const maps = list();
const province = $<HTMLSelectElement>('province');
const search = $<HTMLInputElement>('search');
const city = $<HTMLSelectElement>('city');
const preview = $<HTMLDivElement>('preview');
const districts = $<HTMLTableSectionElement>('districts');
const caption = $<HTMLElement>('districts-caption');
const tag = $<HTMLElement>('tag');
const copy = $<HTMLButtonElement>('copy');
const status = $<HTMLElement>('copy-status');
const count = $<HTMLElement>('count');

const option = (value: string, text: string) => Object.assign(document.createElement('option'), { value, textContent: text });
const provinces = [...new Set(maps.map((m) => m.province))];
province.append(option('', `全部（${provinces.length}个省级地区）`), ...provinces.map((p) => option(p, p)));

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s_\-0-9]/g, '');
function matches(m: MapEntry, q: string): boolean {
  if (!q) return true;
  if (/^\d+$/.test(q)) return m.adcode != null && String(m.adcode).startsWith(q);
  const f = fold(q);
  return [m.name, m.short, m.province, m.key, m.pinyin, m.file, ...m.aliases].some((s) => fold(s).includes(f));
}

function fill(): void {
  const q = search.value.trim();
  const shown = maps.filter((m) => (!province.value || m.province === province.value) && matches(m, q));
  const keep = city.value;
  city.replaceChildren(...shown.map((m) => option(m.key, `${m.name}${m.adcode ? ` ${m.adcode}` : ''} · ${m.province}`)));
  count.textContent = `${shown.length}个地图`;
  if (shown.some((m) => m.key === keep)) city.value = keep;
  if (city.value) void show(city.value);
}

let shownKey = '';
async function show(key: string): Promise<void> {
  if (key === shownKey) return;
  shownKey = key;
  const m = maps.find((x) => x.key === key)!;
  const attr = m.adcode ? String(m.adcode) : m.key;
  const geo = await load(key);
  if (key !== shownKey) return;
  const el = document.createElement('civic-district-map');
  el.setAttribute('data-label', `${m.province === m.name ? '' : m.province}${m.name}（示意边界，无数据）`);
  el.setAttribute('data-map', attr);
  el.setAttribute('data-show-labels', '');
  // Every district present with "no data": the map shows the boundaries and names only.
  el.setAttribute('data-values', JSON.stringify(Object.fromEntries(geo.features.map((f) => [f.properties.name, null]))));
  preview.replaceChildren(el);
  caption.textContent = `${m.name}的县级行政区（${geo.features.length}个）`;
  districts.replaceChildren(
    ...geo.features.map((f) => {
      const tr = document.createElement('tr');
      const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: f.properties.name });
      tr.append(th, Object.assign(document.createElement('td'), { textContent: f.properties.adcode ?? '—' }), Object.assign(document.createElement('td'), { textContent: f.properties.aliases.slice(0, 4).join('、') }));
      return tr;
    }),
  );
  // Real district names in the copied tag, so the example joins.
  const [a, b] = geo.features;
  tag.textContent = `<civic-district-map data-label="${m.name}（示意数据）" data-map="${attr}"\n  data-values='{"${a.properties.name}": 1${b ? `, "${b.properties.name}": 2` : ''}}'></civic-district-map>`;
}

province.addEventListener('change', fill);
search.addEventListener('input', fill);
city.addEventListener('change', () => void show(city.value));
copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(tag.textContent ?? '');
    status.textContent = '已复制';
  } catch {
    getSelection()?.selectAllChildren(tag);
    status.textContent = '请按 Ctrl+C 复制已选中的代码';
  }
});
const initial = new URLSearchParams(location.search).get('map');
if (initial) search.value = initial;
fill();
if (!initial) city.value = 'liaoning-anshan';
if (city.value) void show(city.value);
