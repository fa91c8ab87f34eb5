/** @jsxImportSource react-18 */
/**
 * civic-viz in a React 18 app (client rendering with `createRoot`).
 *
 * In your app this file imports `react`, `react-dom/client` and `civic-viz/react`, and uses
 * `CivicTrendChart` and friends directly. This repository's own React is 19, so the example
 * runs React 18 side by side (the `react-18`/`react-dom-18` aliases) and binds the components to
 * it with `createCivicComponents` — the same call civic-viz/react makes with your `react`.
 *
 * React 18 writes every prop of a plain `<civic-trend-chart>` as an attribute (`values="5.62,8.09"`,
 * which the element does not read) and never attaches `oncivic-select`: use the components.
 */
import React, { useState } from 'react-18';
import { createRoot } from 'react-dom-18/client';
import type { CivicPointSelectDetail, CivicRegionSelectDetail } from '../../../packages/civic-viz/src/index.js';
import { createCivicComponents } from '../../../packages/civic-viz/src/react.js';

const { CivicDistrictMap, CivicIndicatorCard, CivicProgressRing, CivicTrendChart } = createCivicComponents(
  React as unknown as Parameters<typeof createCivicComponents>[0],
);

/** 城乡低保标准提高幅度 (2021). */
const RELIEF = { labels: ['城市低保', '农村低保'], values: [5.62, 8.09] };
/** Illustrative (示意数据): the report gives only the total, 370余处. */
const STATIONS = { 铁东区: 61, 海城: 88, 岫岩: 40 };

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

/** Mounts the dashboard into `container` with React 18's `createRoot`; returns the unmount function. */
export function mountDashboard(container: Element, props: DashboardProps = {}): () => void {
  const root = createRoot(container);
  root.render(<Dashboard {...props} />);
  return () => root.unmount();
}
