import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CivicTrendChart } from '../packages/civic-viz/src/trend-chart/define.js';
import { controlsFor } from './support/controls.js';
import { FAILING_SRC, FAILS_ON_REFRESH_SRC, GBK_SRC, PORTAL_SRC, WIDE_SRC, serveCannedData } from './support/canned-data.js';
import { PENDING_SRC, holdPendingRequests } from './support/pending-data.js';
import { LOCALES, THEMES, statesBy, type CivicParameters, type CivicState, type Lang } from './support/variants.js';

// Registered here as well as by the define module: the package declares its sources free of
// side effects, so a bundler may drop a bare `import './define.js'` (the guarded define makes
// the second call a no-op).
CivicTrendChart.define('civic-trend-chart');

/*
 * Figures from the 2021 report (shared/seed): 城市低保平均提高5.62%，农村低保提高8.09%;
 * 机械化清扫率由年初的78%达到目前的92%; 中小学生参与课后服务率达94.1%以上; 家庭光纤入户率、
 * IPv6网站支持率100%; 创业担保贷款额度由15万元提高至20万元; 停业整改188家、关停39家、取缔147家;
 * 教室灯3490盏、辅助用房灯4600盏. The report gives no years for them, so the labels say 年初/目前,
 * 调整前/调整后. Every other number below is invented for the demo and labelled 示意数据.
 */
const SOURCE = '《用发展温度提升幸福指数》，2021年';
const ILLUSTRATIVE = '示意数据，非真实统计';

interface Args {
  label: string;
  type: 'line' | 'area' | 'bar';
  horizontal: boolean;
  stacked: boolean;
  smooth: boolean;
  labels: string;
  values: string;
  seriesName: string;
  series: string;
  unit: string;
  target: string;
  yMin: string;
  yMax: string;
  src: string;
  source: string;
  description: string;
  lang: string;
  theme: string;
  care: boolean;
  animation: string;
}

const chart = (a: Partial<Args>) => html`<civic-trend-chart
  lang=${a.lang || nothing}
  data-label=${a.label || nothing}
  data-type=${a.type || nothing}
  ?data-horizontal=${a.horizontal}
  ?data-stacked=${a.stacked}
  ?data-smooth=${a.smooth}
  data-labels=${a.labels || nothing}
  data-values=${a.values || nothing}
  data-series-name=${a.seriesName || nothing}
  data-series=${a.series || nothing}
  data-unit=${a.unit || nothing}
  data-target=${a.target || nothing}
  data-y-min=${a.yMin || nothing}
  data-y-max=${a.yMax || nothing}
  data-src=${a.src || nothing}
  data-source=${a.source || nothing}
  data-description=${a.description || nothing}
  data-theme=${a.theme || nothing}
  ?data-care=${a.care}
  data-animation=${a.animation || nothing}
  data-lazy="false"
></civic-trend-chart>`;

const meta: Meta<Args> = {
  title: 'Elements/civic-trend-chart',
  component: 'civic-trend-chart',
  tags: ['autodocs'],
  render: (args) => chart(args),
  args: {
    label: '城乡低保标准提高幅度',
    type: 'bar',
    labels: '城市低保,农村低保',
    values: '5.62,8.09',
    unit: '%',
    source: SOURCE,
    horizontal: false,
    stacked: false,
    smooth: false,
  },
  // One control per attribute the template sets, with the allowed values from the manifest.
  argTypes: controlsFor('civic-trend-chart', [
    'label',
    'type',
    'horizontal',
    'stacked',
    'smooth',
    'labels',
    'values',
    'seriesName',
    'series',
    'unit',
    'target',
    'yMin',
    'yMax',
    'src',
    'source',
    'description',
    'theme',
    'care',
    'animation',
  ] satisfies (keyof Args)[]),
};
export default meta;
type Story = StoryObj<Args>;

const SWEEP: Partial<Args> = { label: '机械化清扫率', type: 'line', labels: '年初,目前', values: '78,92', unit: '%', source: SOURCE };
const MONTHS = '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月';
const TWO_SERIES = JSON.stringify([
  { name: '城市', values: [32, 35, 41, 40, 46, 52, 55, 53, 58, 61, 63, 66] },
  { name: '农村', values: [18, 20, 22, 27, 26, 30, 34, 37, 36, 41, 44, 47] },
]);
const THREE_SERIES = JSON.stringify([
  { name: '公益性岗位', values: [120, 135, 150, 160] },
  { name: '灵活就业', values: [80, 95, 90, 110] },
  { name: '就业援助', values: [40, 45, 60, 58] },
]);

/** The spec's example: 城市低保 5.62%, 农村低保 8.09% (bar). */
export const Bar: Story = {};

/** A line from 年初 78% to 目前 92% (the report gives no dates, so neither does the chart). */
export const Line: Story = { args: SWEEP };

/** The same as an area chart. */
export const Area: Story = { args: { ...SWEEP, type: 'area' } };

/** Smooth lines over twelve months (示意数据). */
export const Smooth: Story = {
  args: {
    label: '某项服务月度办理量（示意数据）',
    type: 'line',
    smooth: true,
    labels: MONTHS,
    values: '32,35,41,40,46,52,55,53,58,61,63,66',
    unit: '件',
    source: ILLUSTRATIVE,
  },
};

/** Horizontal bars for a ranking: four rates from the report, largest first. */
export const Horizontal: Story = {
  args: {
    label: '报告中的部分比率指标',
    type: 'bar',
    horizontal: true,
    labels: '家庭光纤入户率,IPv6网站支持率,中小学生参与课后服务率,机械化清扫率',
    values: '100,100,94.1,92',
    unit: '%',
  },
};

/** 校外培训机构专项治理: counts from the report, horizontal. */
export const HorizontalCounts: Story = {
  args: {
    label: '校外培训机构专项治理',
    type: 'bar',
    horizontal: true,
    labels: '停业整改,取缔“黑机构”,关停',
    values: '188,147,39',
    unit: '家',
  },
};

/** Two series: a legend with line dash and point shape, not colour alone (示意数据). */
export const MultiSeries: Story = {
  args: {
    label: '城乡某项服务覆盖人数（示意数据）',
    type: 'line',
    labels: MONTHS,
    values: '',
    series: TWO_SERIES,
    unit: '万人',
    source: ILLUSTRATIVE,
  },
};

/** Three bar series side by side: fill patterns tell them apart (示意数据). */
export const MultiSeriesBars: Story = {
  args: {
    label: '各季度就业帮扶人数（示意数据）',
    type: 'bar',
    labels: '一季度,二季度,三季度,四季度',
    values: '',
    series: THREE_SERIES,
    unit: '人',
    source: ILLUSTRATIVE,
  },
};

/** Stacked bars (示意数据). */
export const Stacked: Story = { args: { ...MultiSeriesBars.args, stacked: true } };

/** Stacked areas (示意数据). */
export const StackedArea: Story = { args: { ...MultiSeries.args, type: 'area', stacked: true } };

/** A labelled target line. The target is illustrative: the report states none. */
export const Target: Story = { args: { ...SWEEP, label: '机械化清扫率（目标为示意数据）', target: '95' } };

/** The value axis limited to 70–100 with `data-y-min` / `data-y-max`. */
export const AxisRange: Story = { args: { ...SWEEP, yMin: '70', yMax: '100' } };

/** A unit that names its magnitude is never rescaled: 15万元 → 20万元 (调整前/调整后). */
export const MagnitudeUnit: Story = {
  args: { label: '个人创业担保贷款额度上限', type: 'bar', labels: '调整前,调整后', values: '15,20', unit: '万元', source: SOURCE },
};

/** Large numbers through the shared formatter: 2.19亿元 on the axis and in the table. */
export const LargeNumbers: Story = {
  args: { label: '稳岗返还资金', type: 'bar', labels: '2021年', values: '219000000', unit: '元', source: SOURCE },
};

/** Progressive enhancement: the child table is what readers without JavaScript see. */
export const FromChildTable: Story = {
  render:
    () => html`<civic-trend-chart data-label="教育局直属学校更换灯具" data-type="bar" data-unit="盏" data-source=${SOURCE} data-lazy="false">
    <table>
      <caption>教育局直属学校更换灯具</caption>
      <tr><th>场所</th><th>灯具数量</th></tr>
      <tr><td>教室</td><td>3490</td></tr>
      <tr><td>辅助用房</td><td>4600</td></tr>
    </table>
  </civic-trend-chart>`,
};

/** Child JSON `{labels, series}` for payloads too large for an attribute (示意数据). */
export const FromChildJson: Story = {
  render: () => html`<civic-trend-chart data-label="示意数据：季度对比" data-unit="%" data-lazy="false">
    <script type="application/json">{"labels": ["一季度", "二季度", "三季度", "四季度"], "series": [{"name": "甲", "values": [10, 20, 30, 40]}, {"name": "乙", "values": [15, 25, 20, 35]}]}</script>
  </civic-trend-chart>`,
};

/** The author's own description replaces the automatic summary. */
export const Description: Story = { args: { description: '农村低保标准的提高幅度（8.09%）高于城市（5.62%）。' } };

// The spec's example in each language.
const TEXT: Record<Lang, Partial<Args>> = {
  'zh-CN': { label: '城乡低保标准提高幅度', labels: '城市低保,农村低保', source: SOURCE },
  'zh-TW': { label: '城鄉低保標準提高幅度', labels: '城市低保,農村低保', source: '《用發展溫度提升幸福指數》，2021年' },
  en: { label: 'Rise in minimum living allowance standards', labels: 'Urban,Rural', source: 'Anshan livelihood report 2021' },
};
const STATE_ARGS: Record<CivicState, Partial<Args>> = {
  ready: {},
  loading: { labels: '', values: '', src: PENDING_SRC },
  empty: { labels: '', values: '[]' },
  error: { values: '5.62,8.09,9' },
};
const CODES = { error: 'length-mismatch' };

/** Every state in 简体, 繁體 and English: 5.62% and 8.09%, 数据表 / 資料表 / Data table. */
export const Locales: Story = {
  render: (a) => statesBy(LOCALES, ({ lang }, s) => chart({ ...a, ...TEXT[lang], ...STATE_ARGS[s], lang }), CODES, '320px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Every state in the light, dark and care (关怀模式) themes. */
export const Themes: Story = {
  render: (a) => statesBy(THEMES, ({ theme, care }, s) => chart({ ...a, ...TEXT['zh-CN'], ...STATE_ARGS[s], theme, care }), CODES, '320px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Care mode (关怀模式): larger text, thicker strokes, a taller chart, no animation. */
export const Care: Story = { args: { ...MultiSeries.args, care: true } };

/** Traditional Chinese: 萬/億, 資料表. */
export const TraditionalChinese: Story = { args: { lang: 'zh-TW', label: '城鄉低保標準提高幅度', labels: '城市低保,農村低保' } };

/** English: K/M/B, "Data table". */
export const English: Story = { args: { lang: 'en', label: 'Rise in minimum living allowance standards', labels: 'Urban,Rural' } };

/**
 * Loading: `data-src` points at a URL the story keeps pending (see
 * stories/support/pending-data.ts), so the skeleton stays until the data timeout (15 s) and the
 * chart shows `fetch-timeout` with a retry button — what a server that never answers looks like.
 */
export const Loading: Story = {
  args: { labels: '', values: '', src: PENDING_SRC },
  beforeEach: holdPendingRequests,
  parameters: { civicState: 'loading' } satisfies CivicParameters,
};

/** No values at all: the empty state. */
// Labels without values would be a length-mismatch, not an empty chart: both are empty here.
export const Empty: Story = { args: { labels: '', values: '[]' }, parameters: { civicState: 'empty' } satisfies CivicParameters };

/** Error: three values for two labels (`length-mismatch`). */
export const ErrorLengthMismatch: Story = {
  args: { values: '5.62,8.09,9' },
  parameters: { civicState: 'error', civicError: 'length-mismatch' } satisfies CivicParameters,
};

/** Error: a value is not a number (`invalid-number`, naming data-values and the position). */
export const ErrorInvalidNumber: Story = {
  args: { values: '5.62,很多' },
  parameters: { civicState: 'error', civicError: 'invalid-number' } satisfies CivicParameters,
};

/** Error: malformed `data-series` JSON (`invalid-json`). */
export const ErrorInvalidJson: Story = {
  args: { values: '', series: '[{"name": "城市", "values": [1, 2]' },
  parameters: { civicState: 'error', civicError: 'invalid-json' } satisfies CivicParameters,
};

/** Error: the data file is missing (`fetch-failed`, with a retry button). */
export const ErrorFetchFailed: Story = {
  args: { labels: '', values: '', src: './no-such-data.json' },
  parameters: { civicState: 'error', civicError: 'fetch-failed' } satisfies CivicParameters,
};

// ---- data as offices publish it (answers from stories/support/canned-data.ts) ----------------

/** A portal's own JSON (`{"code": 0, "data": {"rows": [{"item", "rise": "5.62%"}]}}`) mapped with data-path and field attributes. */
export const FromPortalJson: Story = {
  render: () => html`<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-lazy="false"
    data-src=${PORTAL_SRC} data-path="data.rows" data-label-field="item" data-value-field="rise" data-source=${SOURCE}></civic-trend-chart>`,
  beforeEach: serveCannedData,
};

/** Wide records (one per year, a field per series) with `data-series-fields="urban:城市,rural:农村"`; 1.1万 and — read as written (示意数据). */
export const FromWideRecords: Story = {
  render: () => html`<civic-trend-chart data-label="低保对象户数（示意数据）" data-type="line" data-unit="户" data-lazy="false"
    data-src=${WIDE_SRC} data-path="data.rows" data-label-field="year" data-series-fields="urban:城市,rural:农村" data-source=${ILLUSTRATIVE}></civic-trend-chart>`,
  beforeEach: serveCannedData,
};

/** A CSV saved by Excel on Chinese Windows: GBK bytes, a title row above the header. */
export const FromGbkCsv: Story = {
  render: () => html`<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-lazy="false"
    data-src=${GBK_SRC} data-source=${SOURCE}></civic-trend-chart>`,
  beforeEach: serveCannedData,
};

/** A child table copied from Word: 1.1万, ２，３９１ (full-width) and a — gap (示意数据). */
export const NumbersAsWritten: Story = {
  render:
    () => html`<civic-trend-chart data-label="某项服务覆盖户数（示意数据）" data-type="bar" data-unit="户" data-lazy="false" data-source=${ILLUSTRATIVE}>
    <table>
      <thead><tr><th>年份</th><th>户数</th></tr></thead>
      <tbody><tr><td>2019</td><td>1.1万</td></tr><tr><td>2020</td><td>—</td></tr><tr><td>2021</td><td>２，３９１</td></tr></tbody>
    </table>
  </civic-trend-chart>`,
};

/** The first load fails (HTTP 500): the author's table stays visible under a short notice and a retry button; the code is in the notice's title. */
export const LoadFailedWithFallback: Story = {
  render: () => html`<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-lazy="false"
    data-src=${FAILING_SRC} data-updated="2021-06-30" data-source=${SOURCE}>
    <table>
      <caption>城乡低保标准提高幅度（%）</caption>
      <thead><tr><th>类别</th><th>提高幅度</th></tr></thead>
      <tbody><tr><td>城市低保（平均）</td><td>5.62</td></tr><tr><td>农村低保</td><td>8.09</td></tr></tbody>
    </table>
  </civic-trend-chart>`,
  beforeEach: serveCannedData,
  parameters: { civicState: 'error', civicError: 'fetch-failed' } satisfies CivicParameters,
};

/** Good data, then every refresh fails: after 10 s the footer says “数据更新失败，显示的是 HH:MM 的数据” and the element is `[stale]`. */
export const RefreshFailsStale: Story = {
  render: () => html`<civic-trend-chart data-label="城乡低保标准提高幅度" data-type="bar" data-unit="%" data-lazy="false"
    data-src=${FAILS_ON_REFRESH_SRC} data-path="data.rows" data-label-field="item" data-value-field="rise" data-refresh="10"
    data-source=${SOURCE}></civic-trend-chart>`,
  beforeEach: serveCannedData,
};

/**
 * Lazy start (the default `data-lazy`): a chart far below the visible part of this scroll box is
 * a placeholder — its title, a loading skeleton and its source, no data read yet. Scroll the box
 * down: within 200 px of the viewport it reads its data, writes its summary and draws.
 */
export const LazyPlaceholder: Story = {
  // A scroll box reachable by keyboard (Tab, then the arrow keys), as any scrollable region must be.
  render: (
    a,
  ) => html`<div tabindex="0" role="region" aria-label="滚动区域" style="block-size: 420px; overflow: auto; border: 1px dashed #888; padding: 8px">
    <p>向下滚动 ↓</p>
    <div style="block-size: 1600px"></div>
    <civic-trend-chart data-label="机械化清扫率" data-type="line" data-unit="%" data-labels="年初,目前" data-values="78,92"
      data-source=${SOURCE} data-theme=${a.theme || nothing} ?data-care=${a.care}></civic-trend-chart>
  </div>`,
  parameters: { civicState: 'loading' } satisfies CivicParameters,
};
