/**
 * Compile-time checks of civic-viz/react's component props (run by `npm run typecheck`; not a
 * browser test): typed element properties, typed event details, refs to the element class.
 */
import { createRef } from 'react';
import {
  CivicDistrictMap,
  CivicProgressRing,
  CivicTrendChart,
  type CivicDistrictMapElement,
  type CivicTrendChartElement,
} from '../src/react.js';

const chartRef = createRef<CivicTrendChartElement>();
const mapRef = createRef<CivicDistrictMapElement>();

export const ok = [
  <CivicTrendChart
    key="chart"
    ref={chartRef}
    data-label="城乡低保标准提高幅度"
    type="bar"
    labels={['城市低保', '农村低保']}
    values={[5.62, null]}
    series={[{ name: '城市', values: [1, 2] }]}
    onCivicSelect={(e) => e.detail.value.toFixed(1) + e.detail.label}
    onCivicData={(e) => e.detail.series[0].values.length}
    onCivicError={(e) => e.detail.code === 'length-mismatch'}
    onCivicReady={() => chartRef.current?.focus()}
  />,
  <CivicDistrictMap key="map" ref={mapRef} data-map="anshan" values={{ 铁东区: 61 }} onCivicSelect={(e) => e.detail.region} />,
  <CivicProgressRing key="ring" data-value="92" rings={[{ label: '机械化清扫率', value: 92, max: 100 }]} />,
];

export const wrong = [
  // @ts-expect-error values are numbers
  <CivicTrendChart key="a" values={[{}]} />,
  // @ts-expect-error a map selection has no label
  <CivicDistrictMap key="b" onCivicSelect={(e) => e.detail.label} />,
  // @ts-expect-error a ring selects nothing
  <CivicProgressRing key="c" onCivicSelect={() => {}} />,
  // @ts-expect-error an unknown chart type
  <CivicTrendChart key="d" type="pie" />,
  // @ts-expect-error the state is the element's own
  <CivicTrendChart key="e" state="ready" />,
];
