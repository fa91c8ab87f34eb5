import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CivicProgressRing } from '../packages/civic-viz/src/progress-ring/define.js';
import { controlsFor } from './support/controls.js';
import { PENDING_SRC, holdPendingRequests } from './support/pending-data.js';
import { LOCALES, THEMES, statesBy, type CivicParameters, type CivicState, type Lang } from './support/variants.js';

// Registered here as well as by the define module (see indicator-card.stories.ts).
CivicProgressRing.define('civic-progress-ring');

/*
 * Real figures from the 2021 report: 机械化清扫率 from 78% (start of the year) to 92%;
 * 课后服务参与率 94.1%; 城市低保 +5.62%, 农村低保 +8.09%. The report gives no target: the 95%
 * target and the non-percentage examples are invented for the demo and labelled 示意数据.
 */
const SOURCE = '鞍山市2021年民生工作报告';

interface Args {
  label: string;
  value: string;
  max: string;
  unit: string;
  previous: string;
  changeLabel: string;
  target: string;
  rings: string;
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
  /** Story only: --civic-ring-size. */
  size: string;
  /** Story only: a note in the footer slot (used to label illustrative figures). */
  note: string;
}

const ring = (a: Partial<Args>) => html`<civic-progress-ring
  lang=${a.lang || nothing}
  style=${a.size ? `--civic-ring-size: ${a.size}` : nothing}
  data-label=${a.label || nothing}
  data-value=${a.value || nothing}
  data-max=${a.max || nothing}
  data-unit=${a.unit || nothing}
  data-previous=${a.previous || nothing}
  data-change-label=${a.changeLabel || nothing}
  data-target=${a.target || nothing}
  data-rings=${a.rings || nothing}
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
>${a.note ? html`<span slot="footer">${a.note}</span>` : nothing}</civic-progress-ring>`;

const meta: Meta<Args> = {
  title: 'Elements/civic-progress-ring',
  component: 'civic-progress-ring',
  tags: ['autodocs'],
  render: (args) => ring(args),
  args: {
    label: '机械化清扫率',
    value: '92',
    previous: '78',
    changeLabel: '较年初',
    unit: '%',
    source: SOURCE,
    notation: 'auto',
    animation: 'auto',
    care: false,
  },
  // One control per attribute the template sets, with the allowed values from the manifest.
  argTypes: {
    ...controlsFor('civic-progress-ring', [
      'label',
      'value',
      'max',
      'unit',
      'previous',
      'changeLabel',
      'target',
      'rings',
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
    size: { control: 'text', description: 'Story only: --civic-ring-size' },
    note: { control: 'text', description: 'Story only: footer slot text.' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 机械化清扫率 78% → 92%: a faint arc for the start of the year and "+14个百分点 较年初". */
export const FromStartOfYear: Story = {};

/** Spec §6 with a target tick and "目标 95%" (the target is illustrative). */
export const WithTarget: Story = { args: { target: '95', note: '示意数据：目标95%为演示虚构' } };

export const ValueOnly: Story = { args: { label: '中小学生参与课后服务率', value: '94.1', previous: '', changeLabel: '' } };

/** A scale other than 100: "7个，满值10个" (illustrative). */
export const CustomScale: Story = {
  args: { label: '已完成项目', value: '7', max: '10', unit: '个', previous: '5', changeLabel: '较上季度', note: '示意数据' },
};

/** Over the maximum: the ring is full, the text keeps the real number (illustrative). */
export const OverMax: Story = { args: { label: '任务完成率', value: '112', previous: '', note: '示意数据' } };

/** `data-rings`: concentric rings, outer first, with a numbered legend. */
export const Rings: Story = {
  args: {
    label: '机械化清扫率',
    value: '',
    previous: '',
    rings: JSON.stringify([
      { label: '年初', value: 78 },
      { label: '目前', value: 92 },
    ]),
  },
};
export const RingsOnAnotherScale: Story = {
  args: {
    label: '低保标准提高幅度',
    value: '',
    previous: '',
    unit: '%',
    rings: JSON.stringify([
      { label: '城市低保', value: 5.62, max: 10 },
      { label: '农村低保', value: 8.09, max: 10 },
    ]),
    note: '满值10%为图示刻度',
  },
};

export const Large: Story = { args: { size: '220px' } };
export const Small: Story = { args: { size: '96px' } };
export const Description: Story = { args: { description: '全市机械化清扫率由年初的78%达到目前的92%。' } };
export const AnimationOff: Story = { args: { animation: 'off' } };
export const Precision: Story = { args: { value: '91.666', precision: '1', previous: '' } };

export const TraditionalChinese: Story = { args: { lang: 'zh-TW', target: '95', note: '示意資料：目標95%為演示虛構' } };
export const English: Story = {
  args: {
    lang: 'en',
    label: 'Mechanised street cleaning',
    changeLabel: 'since January',
    target: '95',
    source: 'Anshan livelihood report 2021',
    note: 'Illustrative target',
  },
};

export const Dark: Story = { args: { theme: 'dark', target: '95', note: '示意数据：目标' } };
export const Care: Story = { args: { care: true, target: '95', note: '示意数据：目标' } };
export const CareDark: Story = { args: { care: true, theme: 'dark' } };
export const AutoTheme: Story = { args: { theme: 'auto' } };
export const RingsDark: Story = { args: { ...Rings.args, theme: 'dark' } };

/**
 * Loading: a round skeleton the size of the ring. `data-src` points at a URL the story keeps
 * pending (see stories/support/pending-data.ts); after the 15 s data timeout the ring shows
 * `fetch-timeout` with a retry button, as it would for a server that never answers.
 */
export const Loading: Story = {
  args: { value: '', previous: '', src: PENDING_SRC },
  beforeEach: holdPendingRequests,
  parameters: { civicState: 'loading' } satisfies CivicParameters,
};
export const Empty: Story = { args: { value: '', previous: '' }, parameters: { civicState: 'empty' } satisfies CivicParameters };
/** Bad input: `data-max="0"` is invalid-number naming data-max. */
export const ErrorState: Story = {
  args: { max: '0' },
  parameters: { civicState: 'error', civicError: 'invalid-number' } satisfies CivicParameters,
};

// The same ring in each language (the target is illustrative, and says so).
const TEXT: Record<Lang, Partial<Args>> = {
  'zh-CN': { label: '机械化清扫率', changeLabel: '较年初', source: SOURCE, note: '示意数据：目标95%为演示虚构' },
  'zh-TW': { label: '機械化清掃率', changeLabel: '較年初', source: '鞍山市2021年民生工作報告', note: '示意資料：目標95%為演示虛構' },
  en: {
    label: 'Mechanised street cleaning',
    changeLabel: 'since January',
    source: 'Anshan livelihood report 2021',
    note: 'Illustrative target',
  },
};
const STATE_ARGS: Record<CivicState, Partial<Args>> = {
  ready: { target: '95' },
  loading: { value: '', previous: '', src: PENDING_SRC, note: '' },
  empty: { value: '', previous: '', note: '' },
  error: { max: '0', note: '' },
};
const CODES = { error: 'invalid-number' };

/** Every state in 简体, 繁體 and English: 78% → 92%, "+14个百分点 较年初" / "+14 points since January". */
export const Locales: Story = {
  render: (a) => statesBy(LOCALES, ({ lang }, s) => ring({ ...a, ...TEXT[lang], ...STATE_ARGS[s], lang }), CODES, '200px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Every state in the light, dark and care (关怀模式) themes. */
export const Themes: Story = {
  render: (a) => statesBy(THEMES, ({ theme, care }, s) => ring({ ...a, ...TEXT['zh-CN'], ...STATE_ARGS[s], theme, care }), CODES, '200px'),
  beforeEach: holdPendingRequests,
  parameters: { civicWide: true } satisfies CivicParameters,
};

/** Progressive enhancement: a child table, one row per ring. */
export const FromChildTable: Story = {
  render: () => html`<civic-progress-ring data-label="机械化清扫率" data-source=${SOURCE}>
    <table><tr><th>时点</th><th>清扫率（%）</th></tr><tr><td>年初</td><td>78</td></tr><tr><td>目前</td><td>92</td></tr></table>
  </civic-progress-ring>`,
};
