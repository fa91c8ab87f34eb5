import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CivicIndicatorCard } from '../packages/civic-viz/src/indicator-card/define.js';
import { controlsFor } from './support/controls.js';
import { BUREAU_SRC, FAILING_SRC, serveCannedData } from './support/canned-data.js';
import { PENDING_SRC, holdPendingRequests } from './support/pending-data.js';
import { LOCALES, THEMES, statesBy, type CivicParameters, type CivicState, type Lang } from './support/variants.js';

// Registered here as well as by the define module: the package declares its sources free of
// side effects, so a bundler may drop a bare `import './define.js'` (the guarded define makes
// the second call a no-op).
CivicIndicatorCard.define('civic-indicator-card');

/*
 * Real figures from the 2021 report: 1.1万户企业, 稳岗返还资金2.19亿元, 稳定就业岗位12万个,
 * 课后服务参与率94.1%, 城市低保平均提高5.62%, 农村低保提高8.09%. The report gives no previous
 * year or target for them: every previous value and target below is invented for the demo and
 * says so (示意数据) in the card's footer.
 */
const SOURCE = '鞍山市2021年民生工作报告';
const ILLUSTRATIVE = '示意数据：上年值与目标为演示虚构';

interface Args {
  label: string;
  value: string;
  unit: string;
  previous: string;
  change: string;
  changeLabel: string;
  good: 'up' | 'down' | 'neutral';
  target: string;
  href: string;
  description: string;
  notation: 'auto' | 'compact' | 'standard';
  precision: string;
  source: string;
  sourceHref: string;
  updated: string;
  src: string;
  refresh: string;
  theme: '' | 'light' | 'dark' | 'auto';
  care: boolean;
  animation: 'auto' | 'off';
  lang: string;
  /** Story only: a note in the footer slot (used to label illustrative figures). */
  note: string;
}

const card = (a: Partial<Args>) => html`<civic-indicator-card
  lang=${a.lang || nothing}
  data-label=${a.label || nothing}
  data-value=${a.value || nothing}
  data-unit=${a.unit || nothing}
  data-previous=${a.previous || nothing}
  data-change=${a.change || nothing}
  data-change-label=${a.changeLabel || nothing}
  data-good=${a.good || nothing}
  data-target=${a.target || nothing}
  data-href=${a.href || nothing}
  data-description=${a.description || nothing}
  data-notation=${a.notation || nothing}
  data-precision=${a.precision || nothing}
  data-source=${a.source || nothing}
  data-source-href=${a.sourceHref || nothing}
  data-updated=${a.updated || nothing}
  data-src=${a.src || nothing}
  data-refresh=${a.refresh || nothing}
  data-theme=${a.theme || nothing}
  ?data-care=${a.care}
  data-animation=${a.animation || nothing}
>${a.note ? html`<span slot="footer">${a.note}</span>` : nothing}</civic-indicator-card>`;

const meta: Meta<Args> = {
  title: 'Elements/civic-indicator-card',
  component: 'civic-indicator-card',
  tags: ['autodocs'],
  render: (args) => card(args),
  args: {
    label: '稳岗返还资金',
    value: '219000000',
    unit: '元',
    source: SOURCE,
    updated: '2021-12-20',
    good: 'up',
    notation: 'auto',
    animation: 'auto',
    care: false,
  },
  // One control per attribute the template sets, with the allowed values from the manifest.
  argTypes: {
    ...controlsFor('civic-indicator-card', [
      'label',
      'value',
      'unit',
      'previous',
      'change',
      'changeLabel',
      'good',
      'target',
      'href',
      'description',
      'notation',
      'precision',
      'source',
      'sourceHref',
      'updated',
      'src',
      'refresh',
      'theme',
      'care',
      'animation',
    ] satisfies (keyof Args)[]),
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'zh-CN', 'zh-TW', 'en'] },
    note: { control: 'text', description: 'Story only: footer slot text.' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Spec §5: "稳岗返还资金 · 2.19亿元 · ▲ 21.7% 较上年" (the previous value is illustrative). */
export const SpecExample: Story = { args: { previous: '180000000', note: ILLUSTRATIVE } };

/** 1.1万户企业 received the subsidy: 11000 户 written with 万. */
export const Enterprises: Story = { args: { label: '发放稳岗返还企业', value: '11000', unit: '户' } };

/** 12万个 jobs kept stable. */
export const Jobs: Story = { args: { label: '助力企业稳定就业岗位', value: '120000', unit: '个' } };

/** A percentage; a unit that already carries a magnitude (亿元) is never rescaled. */
export const Percentage: Story = { args: { label: '中小学生参与课后服务率', value: '94.1', unit: '%' } };
export const MagnitudeUnit: Story = { args: { value: '2.19', unit: '亿元' } };

/** `data-target`: "目标 2.5亿元 · 完成 87.6%" and a thin bar (target illustrative). */
export const WithTarget: Story = { args: { target: '250000000', previous: '180000000', note: ILLUSTRATIVE } };

/** An explicit change (`data-change`) with its own label: 城市低保平均提高5.62% (the level is illustrative). */
export const ExplicitChange: Story = {
  args: {
    label: '城市低保平均标准',
    value: '720',
    unit: '元/月',
    change: '5.62',
    changeLabel: '较上年',
    note: '示意数据：标准金额为演示虚构；提高5.62%为报告数字',
  },
};
export const RuralExplicitChange: Story = {
  args: {
    label: '农村低保平均标准',
    value: '520',
    unit: '元/月',
    change: '8.09',
    note: '示意数据：标准金额为演示虚构；提高8.09%为报告数字',
  },
};

/** `data-good="down"`: a fall is good, shown in the positive colour — still with ▼ and 下降. */
export const GoodWhenDown: Story = {
  args: { label: '群众投诉件数', value: '860', unit: '件', previous: '1020', good: 'down', source: '', updated: '', note: '示意数据' },
};
export const Neutral: Story = { args: { previous: '180000000', good: 'neutral', note: ILLUSTRATIVE } };
export const Unchanged: Story = { args: { previous: '219000000', note: ILLUSTRATIVE } };

/** `data-href`: the label and value become one link; the card is its hit area. */
export const Link: Story = { args: { href: '#jobs-detail', previous: '180000000', note: ILLUSTRATIVE } };
/** A `javascript:` link is refused (invalid-url, one console warning): no link, the card stays. */
export const UnsafeLinkRefused: Story = {
  args: { href: 'javascript:alert(1)' },
  parameters: { civicError: 'invalid-url' } satisfies CivicParameters,
};
export const SourceLink: Story = { args: { sourceHref: 'https://www.anshan.gov.cn/' } };

/** Slots: `icon` before the label, `footer` after the source. */
export const Slots: Story = {
  render: (args) => html`<civic-indicator-card data-label=${args.label} data-value=${args.value} data-unit=${args.unit}
    data-source=${args.source}><span slot="icon" aria-hidden="true">💼</span><a slot="footer" href="#method">口径说明</a></civic-indicator-card>`,
};

export const Description: Story = { args: { description: '全市为1.1万户企业发放稳岗返还资金，助力稳定就业岗位12万个。' } };
export const StandardNotation: Story = { args: { notation: 'standard' } };
export const Precision: Story = { args: { precision: '1' } };
export const AnimationOff: Story = { args: { animation: 'off' } };

export const TraditionalChinese: Story = { args: { lang: 'zh-TW', previous: '180000000', target: '250000000', note: ILLUSTRATIVE } };
export const English: Story = {
  args: {
    lang: 'en',
    label: 'Job-retention refunds',
    previous: '180000000',
    target: '250000000',
    source: 'Anshan livelihood report 2021',
    note: 'Illustrative previous value and target',
  },
};

export const Dark: Story = { args: { theme: 'dark', previous: '180000000', target: '250000000', note: ILLUSTRATIVE } };
export const Care: Story = { args: { care: true, previous: '180000000', target: '250000000', href: '#detail', note: ILLUSTRATIVE } };
export const CareDark: Story = { args: { care: true, theme: 'dark', previous: '180000000', note: ILLUSTRATIVE } };
export const AutoTheme: Story = { args: { theme: 'auto' } };

/**
 * Loading: the skeleton keeps the card's height. `data-src` points at a URL the story keeps
 * pending (see stories/support/pending-data.ts); after the 15 s data timeout the card shows
 * `fetch-timeout` with a retry button, as it would for a server that never answers.
 */
export const Loading: Story = {
  args: { value: '', src: PENDING_SRC },
  beforeEach: holdPendingRequests,
  parameters: { civicState: 'loading' } satisfies CivicParameters,
};
export const Empty: Story = { args: { value: '' }, parameters: { civicState: 'empty' } satisfies CivicParameters };
/** Bad input: invalid-number naming data-value, shown as a short localized message with its code. */
export const ErrorState: Story = {
  args: { value: '一百' },
  parameters: { civicState: 'error', civicError: 'invalid-number' } satisfies CivicParameters,
};

// The same card in each language (the previous value and target are illustrative, and say so).
const TEXT: Record<Lang, Partial<Args>> = {
  'zh-CN': { label: '稳岗返还资金', unit: '元', source: SOURCE, note: ILLUSTRATIVE },
  'zh-TW': { label: '穩崗返還資金', unit: '元', source: '鞍山市2021年民生工作報告', note: '示意資料：上年值與目標為演示虛構' },
  en: {
    label: 'Job-retention refunds',
    unit: 'yuan',
    source: 'Anshan livelihood report 2021',
    note: 'Illustrative previous value and target',
  },
};
const STATE_ARGS: Record<CivicState, Partial<Args>> = {
  ready: { previous: '180000000', target: '250000000' },
  loading: { value: '', src: PENDING_SRC, note: '' },
  empty: { value: '', note: '' },
  error: { value: '一百', note: '' },
};
const CODES = { error: 'invalid-number' };

/** Every state in 简体, 繁體 and English: 2.19亿元 / 2.19億元 / 219M yuan, 暂无数据 / 暫無資料 / No data. */
export const Locales: Story = {
  render: (a) => statesBy(LOCALES, ({ lang }, s) => card({ ...a, ...TEXT[lang], ...STATE_ARGS[s], lang }), CODES, '220px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Every state in the light, dark and care (关怀模式) themes. */
export const Themes: Story = {
  render: (a) => statesBy(THEMES, ({ theme, care }, s) => card({ ...a, ...TEXT['zh-CN'], ...STATE_ARGS[s], theme, care }), CODES, '220px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Progressive enhancement: without JS the page shows the table; upgraded, the first numeric row. */
export const FromChildTable: Story = {
  render: () => html`<civic-indicator-card data-unit="个" data-source=${SOURCE}>
    <table><tr><th>指标</th><th>数值</th></tr><tr><td>助力企业稳定就业岗位</td><td>120000</td></tr></table>
  </civic-indicator-card>`,
};

// ---- data as offices publish it (answers from stories/support/canned-data.ts) ----------------

/** `data-value="1.1万"` with unit 户 reads 11000 and shows 1.1万户, as the report writes it. */
export const ValueWrittenWithWan: Story = { args: { label: '发放稳岗返还企业', value: '1.1万', unit: '户' } };

/** One record of a bureau's API: `data-path="result.list.-1"` (the latest period), `data-value-field="amount"` ("2.19亿"). */
export const FromBureauRecord: Story = {
  render: () => html`<civic-indicator-card data-label="稳岗返还资金" data-unit="元" data-src=${BUREAU_SRC}
    data-path="result.list.-1" data-value-field="amount" data-source="鞍山民生实事纪实（2021）"></civic-indicator-card>`,
  beforeEach: serveCannedData,
};

/** The first load fails: the author's paragraph stays under a short notice and a retry button sized to its text. */
export const LoadFailedWithFallback: Story = {
  render: () => html`<civic-indicator-card data-label="稳岗返还资金" data-unit="元" data-src=${FAILING_SRC} data-updated="2021-06-30">
    <p>2021年为1.1万户企业发放稳岗返还资金2.19亿元。</p>
  </civic-indicator-card>`,
  beforeEach: serveCannedData,
  parameters: { civicState: 'error', civicError: 'fetch-failed' } satisfies CivicParameters,
};
