/**
 * A Next.js-style page: rendered to HTML on the server (server.tsx), hydrated in the browser
 * (client.tsx). In your app the imports from packages/civic-viz/src are `civic-viz/react` and
 * `civic-viz`; with the Next.js App Router this file starts with 'use client'.
 *
 * The components from civic-viz/react set arrays and objects (`labels`, `values`) as properties
 * and attach `onCivicSelect` after hydration; each registers its tag in the browser, so nothing
 * else needs importing. Plain `<civic-trend-chart values={…}>` tags would lose those props at
 * hydration in React 19 and never get them in React 18.
 */
import { useState } from 'react';
import type { CivicPointSelectDetail, CivicRegionSelectDetail } from '../../../packages/civic-viz/src/index.js';
import { CivicDistrictMap, CivicIndicatorCard, CivicProgressRing, CivicTrendChart } from '../../../packages/civic-viz/src/react.js';

/** 城乡低保标准提高幅度 (2021). */
export const RELIEF = { labels: ['城市低保', '农村低保'], values: [5.62, 8.09] };
/** Illustrative (示意数据): the report gives only the total, 370余处. */
export const STATIONS = { 铁东区: 61, 海城: 88, 岫岩: 40 };

export interface DashboardProps {
  /** Called with what the reader picked on the chart or the map. */
  onSelect?: (detail: CivicPointSelectDetail | CivicRegionSelectDetail) => void;
}

/** Four civic-viz components; a selection is shown below them, the button redraws the chart. */
export function Dashboard({ onSelect }: DashboardProps) {
  const [picked, setPicked] = useState('');
  const [type, setType] = useState<'bar' | 'line'>('bar');
  return (
    <div className="civic-example">
      <CivicIndicatorCard data-label="稳岗返还资金" data-value="219000000" data-unit="元" data-previous="180000000" data-source="鞍山市人社局" />
      <CivicProgressRing data-label="机械化清扫率" data-value="92" data-previous="78" data-target="95" data-unit="%" data-change-label="较年初" />
      <CivicTrendChart
        data-label="城乡低保标准提高幅度"
        data-unit="%"
        data-source="鞍山市民政局"
        type={type}
        labels={RELIEF.labels}
        values={RELIEF.values}
        onCivicSelect={(e) => {
          setPicked(`${e.detail.label} ${e.detail.value}%`);
          onSelect?.(e.detail);
        }}
      />
      <button type="button" onClick={() => setType((t) => (t === 'bar' ? 'line' : 'bar'))}>
        {type === 'bar' ? '改为折线图' : '改为柱状图'}
      </button>
      <CivicDistrictMap
        data-label="各县（市）区退休人员社会化管理服务站点（示意数据）"
        data-map="anshan"
        data-unit="处"
        values={STATIONS}
        onCivicSelect={(e) => {
          setPicked(`${e.detail.region} ${e.detail.value ?? ''}处`);
          onSelect?.(e.detail);
        }}
      />
      <p className="picked" aria-live="polite">
        {picked ? `已选择：${picked}` : '点击图表中的柱形或地图中的区县，或用键盘聚焦后按 Enter。'}
      </p>
    </div>
  );
}
