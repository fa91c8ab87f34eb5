import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CivicDistrictMap } from '../packages/civic-viz/src/district-map/define.js';
import { DISTRICTS_SRC, serveCannedData } from './support/canned-data.js';
import { PENDING_SRC, holdPendingRequests } from './support/pending-data.js';
import { controlsFor } from './support/controls.js';
import { list, load } from '@civic-viz/geo';
import { LOCALES, THEMES, statesBy, type CivicParameters, type CivicState, type Lang } from './support/variants.js';

// Registered here as well as by the define module: the package declares its sources free of
// side effects, so a bundler may drop a bare `import './define.js'` (the guarded define makes
// the second call a no-op).
CivicDistrictMap.define('civic-district-map');

/*
 * The report gives only the total — 各县(市)区、开发区已经建立起各级退休管理中心370余处 — not
 * the figure of each district. Every per-district number below is invented for the demo and
 * labelled 示意数据 in the label and the source line, as the spec requires.
 */
const ILLUSTRATIVE = '{"铁东区": 61, "铁西区": 52, "立山区": 45, "千山区": 38, "海城": 88, "台安县": 30, "岫岩": 56}';
const LABEL = '各县（市）区退休人员社会化管理服务站点（示意数据）';
const SOURCE = '示意数据：报告仅给出全市合计370余处，各区数字为演示虚构';

// Served by Vite with the story: a second city (乌海市) in both GeoJSON forms.
const WUHAI_PLAIN = new URL('../packages/civic-viz/test/fixtures/wuhai.geojson', import.meta.url).href;
const WUHAI_COMPRESSED = new URL('../packages/civic-viz/test/fixtures/wuhai.compressed.json?no-inline', import.meta.url).href;

interface Args {
  label: string;
  map: string;
  geoSrc: string;
  nameProperty: string;
  values: string;
  src: string;
  unit: string;
  scale: 'linear' | 'threshold';
  breaks: string;
  colors: string;
  showLabels: boolean;
  selected: string;
  source: string;
  description: string;
  lang: string;
  theme: string;
  care: boolean;
}

const map = (a: Partial<Args>) => html`<civic-district-map
  lang=${a.lang || nothing}
  data-label=${a.label || nothing}
  data-map=${a.map || nothing}
  data-geo-src=${a.geoSrc || nothing}
  data-name-property=${a.nameProperty || nothing}
  data-values=${a.values || nothing}
  data-src=${a.src || nothing}
  data-unit=${a.unit || nothing}
  data-scale=${a.scale || nothing}
  data-breaks=${a.breaks || nothing}
  data-colors=${a.colors || nothing}
  ?data-show-labels=${a.showLabels}
  data-selected=${a.selected || nothing}
  data-source=${a.source || nothing}
  data-description=${a.description || nothing}
  data-theme=${a.theme || nothing}
  ?data-care=${a.care}
  data-lazy="false"
></civic-district-map>`;

const meta: Meta<Args> = {
  title: 'Elements/civic-district-map',
  component: 'civic-district-map',
  tags: ['autodocs'],
  render: (args) => map(args),
  args: { label: LABEL, map: 'anshan', values: ILLUSTRATIVE, unit: '处', source: SOURCE, scale: 'linear', showLabels: false },
  // One control per attribute the template sets, with the allowed values from the manifest.
  argTypes: controlsFor('civic-district-map', [
    'label',
    'map',
    'geoSrc',
    'nameProperty',
    'values',
    'src',
    'unit',
    'scale',
    'breaks',
    'colors',
    'showLabels',
    'selected',
    'source',
    'description',
    'theme',
    'care',
  ] satisfies (keyof Args)[]),
};
export default meta;
type Story = StoryObj<Args>;

/** The seven divisions of 鞍山市, coloured low → high from the theme's map tokens. */
export const SevenDistricts: Story = {};

/** Names printed on the map (`data-show-labels`). */
export const Labels: Story = { args: { showLabels: true } };

/** Three classes from `data-breaks`, with colours given low → high; the legend reads as ranges. */
export const Threshold: Story = { args: { scale: 'threshold', breaks: '40, 60', colors: '#dbe9f8, #6d94c8, #0d4a9e' } };

/** Any two or more CSS colours, low → high. */
export const CustomColors: Story = { args: { colors: '["#fff4e6", "#e8590c", "#7a2e00"]' } };

/** A region selected from the page (`data-selected` takes short names and aliases too). */
export const Selected: Story = { args: { selected: '海城' } };

/** Regions without a value are hatched and described as 无数据 — not drawn as zero. */
export const NoDataRegions: Story = { args: { values: '{"海城": 88, "岫岩": 56, "铁东区": 61, "台安县": null}' } };

/** Short, suffix-less and traditional names all find their district. */
export const AliasesAndTraditionalNames: Story = {
  args: { values: '{"鐵東區": 61, "鐵西區": 52, "立山": 45, "千山區": 38, "海城": 88, "臺安縣": 30, "岫岩縣": 56}' },
};

/** A name that matches no district is listed under the map and reported (`unknown-region`); the rest renders. */
export const UnknownNames: Story = {
  args: { values: '{"海城": 88, "岫岩": 56, "沈河区": 12, "鞍山经济开发区": 9}' },
  parameters: { civicError: 'unknown-region' } satisfies CivicParameters,
};

/** Progressive enhancement: the child table is what readers without JavaScript see. */
export const FromChildTable: Story = {
  render: (a) => html`<civic-district-map data-label=${a.label} data-map="anshan" data-unit="处" data-source=${SOURCE} data-lazy="false">
    <table>
      <caption>${a.label}</caption>
      <tr><th>地区</th><th>站点数</th></tr>
      <tr><td>海城市</td><td>88</td></tr><tr><td>铁东区</td><td>61</td></tr><tr><td>岫岩满族自治县</td><td>56</td></tr>
      <tr><td>铁西区</td><td>52</td></tr><tr><td>立山区</td><td>45</td></tr><tr><td>千山区</td><td>38</td></tr><tr><td>台安县</td><td>30</td></tr>
    </table>
  </civic-district-map>`,
};

/** Another city from `data-geo-src`: plain GeoJSON (乌海市, names in the default `name` property). */
export const GeoSrcPlain: Story = {
  args: {
    map: '',
    geoSrc: WUHAI_PLAIN,
    label: '乌海市各区示意数据',
    values: '{"海勃湾区": 12, "海南区": 7, "乌达区": 9}',
    unit: '个',
    source: '示意数据',
  },
};

/** ECharts' compressed `UTF8Encoding` form, names in a `district` property (`data-name-property`). */
export const GeoSrcCompressed: Story = {
  args: { ...GeoSrcPlain.args, geoSrc: WUHAI_COMPRESSED, nameProperty: 'district' },
};

// The same map in each language (the per-district figures are illustrative, and say so).
const TEXT: Record<Lang, Partial<Args>> = {
  'zh-CN': { label: LABEL, unit: '处', source: SOURCE },
  'zh-TW': {
    label: '各縣（市）區退休人員社會化管理服務站點（示意資料）',
    unit: '處',
    source: '示意資料：報告僅給出全市合計370餘處，各區數字為演示虛構',
  },
  en: {
    label: 'Retiree service stations by district (illustrative data)',
    unit: 'stations',
    source: 'Illustrative data: the report gives only the city total (over 370); district figures are invented',
  },
};
const STATE_ARGS: Record<CivicState, Partial<Args>> = {
  ready: {},
  loading: { values: '', src: PENDING_SRC },
  empty: { values: '{}' },
  error: { map: 'atlantis' },
};
const CODES = { error: 'unknown-map' };

/** Every state in 简体, 繁體 and English: legend, tooltip, rank and summary follow the language. */
export const Locales: Story = {
  render: (a) => statesBy(LOCALES, ({ lang }, s) => map({ ...a, ...TEXT[lang], ...STATE_ARGS[s], lang }), CODES, '320px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Every state in the light, dark and care (关怀模式) themes. */
export const Themes: Story = {
  render: (a) => statesBy(THEMES, ({ theme, care }, s) => map({ ...a, ...TEXT['zh-CN'], ...STATE_ARGS[s], theme, care }), CODES, '320px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/**
 * Loading: the boundaries are built in, but the values come from `data-src`, and that URL is
 * kept pending by the story (a static Storybook has no server to hold a request open; see
 * stories/support/pending-data.ts). The skeleton keeps the map's height, `aria-busy="true"`,
 * until the data timeout (15 s) turns it into `fetch-timeout` with a retry button.
 */
export const Loading: Story = {
  args: { values: '', src: PENDING_SRC },
  beforeEach: holdPendingRequests,
  parameters: { civicState: 'loading' } satisfies CivicParameters,
};

/** No values at all: the empty state. */
export const Empty: Story = { args: { values: '{}' }, parameters: { civicState: 'empty' } satisfies CivicParameters };

/** Error: `data-map` is a district's code, not a city's (`unknown-map`; the message names the city, 鞍山市 210300). */
export const ErrorUnknownMap: Story = {
  args: { map: '210302' },
  parameters: { civicState: 'error', civicError: 'unknown-map' } satisfies CivicParameters,
};

/** Error: the boundary file is missing (`fetch-failed`, with a retry button). */
export const ErrorMissingGeoJson: Story = {
  args: { map: '', geoSrc: './no-such-map.geojson' },
  parameters: { civicState: 'error', civicError: 'fetch-failed' } satisfies CivicParameters,
};

/** Error: the boundary file is not a FeatureCollection of polygons (`invalid-json`); here, wrong `data-name-property`. */
export const ErrorInvalidGeoJson: Story = {
  args: { map: '', geoSrc: WUHAI_PLAIN, nameProperty: 'NAME' },
  parameters: { civicState: 'error', civicError: 'invalid-json' } satisfies CivicParameters,
};

/** Error: only http(s) and relative URLs are loaded (`invalid-url`). */
export const ErrorInvalidUrl: Story = {
  args: { map: '', geoSrc: 'javascript:alert(1)' },
  parameters: { civicState: 'error', civicError: 'invalid-url' } satisfies CivicParameters,
};

/** Error: a value is not a number (`invalid-number`, naming the attribute and the district). */
export const ErrorInvalidNumber: Story = {
  args: { values: '{"海城": 88, "岫岩": "很多"}' },
  parameters: { civicState: 'error', civicError: 'invalid-number' } satisfies CivicParameters,
};

// ---- data as offices publish it (answers from stories/support/canned-data.ts) ----------------

/** A portal's district list mapped with `data-path="data.rows" data-region-field="district" data-value-field="sites"` (示意数据). */
export const FromPortalJson: Story = {
  render: () => html`<civic-district-map data-label="退休管理中心（示意数据）" data-map="anshan" data-unit="处" data-lazy="false"
    data-src=${DISTRICTS_SRC} data-path="data.rows" data-region-field="district" data-value-field="sites"
    data-source="示意数据，非真实统计"></civic-district-map>`,
  beforeEach: serveCannedData,
};

const CITIES = list();

/**
 * Every built-in city: pick one (grouped by province) and the map changes; the districts have
 * no data here, so each is drawn as "no data" with its name. `data-map` takes the code.
 */
export const CityPicker: Story = {
  render: () => {
    // Every district with "no data" (null): the map shows boundaries and names, no invented numbers.
    const show = async (select: HTMLSelectElement) => {
      const m = CITIES.find((c) => c.key === select.value)!;
      const geo = await load(m.key);
      const el = select.closest('div')!.querySelector('civic-district-map')!;
      el.setAttribute('data-values', JSON.stringify(Object.fromEntries(geo.features.map((f) => [f.properties.name, null]))));
      el.setAttribute('data-map', m.adcode ? String(m.adcode) : m.key);
      el.setAttribute('data-label', `${m.name}（示意边界，无数据）`);
    };
    const provinces = [...new Set(CITIES.map((c) => c.province))];
    return html`<div>
      <p><label>城市 <select @change=${(e: Event) => void show(e.target as HTMLSelectElement)}>
        ${provinces.map((p) => html`<optgroup label=${p}>${CITIES.filter((c) => c.province === p).map((c) => html`<option value=${c.key} ?selected=${c.key === 'liaoning-shenyang'}>${c.name}${c.adcode ? ` ${c.adcode}` : ''}</option>`)}</optgroup>`)}
      </select></label></p>
      <civic-district-map data-label="沈阳市（示意边界，无数据）" data-map="210100" data-show-labels data-lazy="false"
        data-values='{"和平区": null, "沈河区": null, "大东区": null, "皇姑区": null, "铁西区": null, "苏家屯区": null, "浑南区": null, "沈北新区": null, "于洪区": null, "辽中区": null, "康平县": null, "法库县": null, "新民市": null}'></civic-district-map>
    </div>`;
  },
};

/** A reviewed map of the page's own (`data-geo-src`) with its review number (`data-review-no`) printed on it. */
export const ReviewNumber: Story = {
  args: {
    map: '',
    geoSrc: WUHAI_PLAIN,
    label: '乌海市各区示意数据',
    values: '{"海勃湾区": 12, "海南区": 7, "乌达区": 9}',
    unit: '个',
    source: '示意数据',
  },
  render: (a) => html`<civic-district-map data-label=${a.label!} data-geo-src=${a.geoSrc!} data-review-no="蒙S(2021)001号（示意）"
    data-unit="个" data-values=${a.values!} data-lazy="false"></civic-district-map>`,
};
