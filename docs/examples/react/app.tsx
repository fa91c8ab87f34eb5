/**
 * civic-viz in a React 19 app. In your app the three imports from packages/civic-viz/src are:
 *
 *   import 'civic-viz/trend-chart.js';          // registers <civic-trend-chart>
 *   import type {} from 'civic-viz/react';      // JSX typing of the civic-* tags
 *   import type { CivicPointSelectDetail } from 'civic-viz';
 *
 * React 19 passes `labels` and `values` as properties (real arrays), because the element has
 * those properties once its define module ran — import it before rendering. `data-*` props
 * become attributes. `oncivic-select` listens to the `civic-select` event.
 *
 * Plain tags suit React 19 client rendering only. With server rendering + hydrateRoot, or with
 * React 18, use the components of civic-viz/react (docs/examples/next, docs/examples/react18).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../packages/civic-viz/src/trend-chart/define.js';
import type {} from '../../../packages/civic-viz/src/react.js';
import type { CivicPointSelectDetail } from '../../../packages/civic-viz/src/index.js';

const LABELS = ['城市低保', '农村低保'];
const VALUES = [5.62, 8.09];

export interface ReliefChartProps {
  /** Called with the point the reader picked (Enter on the focused chart, or a click). */
  onSelect?: (detail: CivicPointSelectDetail) => void;
}

/** 城乡低保标准提高幅度 (2021): a bar chart whose selection is shown below it. */
export function ReliefChart({ onSelect }: ReliefChartProps) {
  const [picked, setPicked] = useState<CivicPointSelectDetail | null>(null);
  return (
    <figure className="civic-example">
      <civic-trend-chart
        data-label="城乡低保标准提高幅度"
        data-type="bar"
        data-unit="%"
        data-source="鞍山市民政局"
        labels={LABELS}
        values={VALUES}
        oncivic-select={(e) => {
          setPicked(e.detail);
          onSelect?.(e.detail);
        }}
      />
      <figcaption aria-live="polite">
        {picked ? `已选择：${picked.label} ${picked.value}%` : '聚焦图表后用方向键选择，按 Enter 确认；也可直接点击柱形。'}
      </figcaption>
    </figure>
  );
}

/** Mounts the example into `container`; returns the function that unmounts it. */
export function mountReactExample(container: Element, props: ReliefChartProps = {}): () => void {
  const root = createRoot(container);
  root.render(<ReliefChart {...props} />);
  return () => root.unmount();
}
