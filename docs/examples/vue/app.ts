/**
 * civic-viz in a Vue 3 app, written with render functions: no template is compiled in the
 * browser (the runtime compiler needs eval, which a strict CSP forbids; templates in .vue files
 * compiled at build time are fine too). In your app the imports from packages/civic-viz/src are:
 *
 *   import 'civic-viz/trend-chart.js';       // registers <civic-trend-chart>
 *   import type { CivicVueProps } from 'civic-viz/vue';   // also types the tags in templates
 *   import type { CivicPointSelectDetail } from 'civic-viz';
 *
 * Vue sets `labels` and `values` as properties (real arrays) because the element has them once
 * its define module ran; `data-*` become attributes; `onCivicSelect` (a template's
 * `@civic-select`) listens to `civic-select`. If the element may not be defined yet (e.g. with
 * the autoloader), use the `.values` key (`:values.prop` in a template) to force the property.
 */
import { createApp, defineComponent, h, ref, type PropType } from 'vue';
import '../../../packages/civic-viz/src/trend-chart/define.js';
import type { CivicPointSelectDetail } from '../../../packages/civic-viz/src/index.js';
import type { CivicVueProps } from '../../../packages/civic-viz/src/vue.js';

const LABELS = ['城市低保', '农村低保'];
const VALUES = [5.62, 8.09];

/** 城乡低保标准提高幅度 (2021): a bar chart whose selection is shown below it. */
export const ReliefChart = defineComponent({
  name: 'ReliefChart',
  props: {
    /** Called with the point the reader picked (Enter on the focused chart, or a click). */
    onSelect: Function as PropType<(detail: CivicPointSelectDetail) => void>,
  },
  setup(props) {
    const picked = ref<CivicPointSelectDetail | null>(null);
    const chart: CivicVueProps<'civic-trend-chart'> = {
      'data-label': '城乡低保标准提高幅度',
      'data-type': 'bar',
      'data-unit': '%',
      'data-source': '鞍山市民政局',
      labels: LABELS,
      values: VALUES,
      onCivicSelect: (e) => {
        picked.value = e.detail;
        props.onSelect?.(e.detail);
      },
    };
    return () =>
      h('figure', { class: 'civic-example' }, [
        h('civic-trend-chart', chart),
        h(
          'figcaption',
          { 'aria-live': 'polite' },
          picked.value ? `已选择：${picked.value.label} ${picked.value.value}%` : '聚焦图表后用方向键选择，按 Enter 确认；也可直接点击柱形。',
        ),
      ]);
  },
});

/** Mounts the example into `container`; returns the function that unmounts it. */
export function mountVueExample(container: Element, props: { onSelect?: (detail: CivicPointSelectDetail) => void } = {}): () => void {
  const app = createApp(ReliefChart, props);
  app.mount(container);
  return () => app.unmount();
}
