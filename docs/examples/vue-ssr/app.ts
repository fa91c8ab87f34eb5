/**
 * A Nuxt-style Vue 3 page: one app definition for the server (`createSSRApp` +
 * `renderToString`, server.ts) and the browser (`createSSRApp(…).mount()` hydrates, client.ts).
 * In your app the imports from packages/civic-viz/src are `civic-viz/vue` and `civic-viz`.
 *
 * `isCustomElement` must be set for BOTH compilers. In Nuxt: `vue: { compilerOptions: {
 * isCustomElement: isCivicTag } }` in nuxt.config (it reaches the server and the client build);
 * with Vite: `vue({ template: { compilerOptions: { isCustomElement: isCivicTag } } })` and, for a
 * server that compiles templates at run time, `app.config.compilerOptions.isCustomElement` as below.
 */
import { createSSRApp, defineComponent, reactive, ref, type App, type PropType, type RenderFunction } from 'vue';
import type { CivicPointSelectDetail, CivicRegionSelectDetail } from '../../../packages/civic-viz/src/index.js';
import { isCivicTag } from '../../../packages/civic-viz/src/vue.js';
import { TEMPLATE } from './template.js';

export type Picked = CivicPointSelectDetail | CivicRegionSelectDetail;

/**
 * The dashboard. `render` is the template compiled at build time (the browser, under a strict
 * CSP, cannot compile templates); without it the template is compiled where it runs (Node).
 */
export function dashboard(render?: RenderFunction) {
  return defineComponent({
    name: 'CivicDashboard',
    props: { onSelect: Function as PropType<(detail: Picked) => void> },
    ...(render ? { render } : { template: TEMPLATE }),
    setup(props) {
      const type = ref<'bar' | 'line'>('bar');
      const picked = ref('');
      return {
        type,
        picked,
        // 城乡低保标准提高幅度 (2021); the station counts are illustrative (示意数据).
        relief: reactive({ labels: ['城市低保', '农村低保'], values: [5.62, 8.09] }),
        stations: { 铁东区: 61, 海城: 88, 岫岩: 40 },
        toggle: () => (type.value = type.value === 'bar' ? 'line' : 'bar'),
        onPoint: (e: CustomEvent<CivicPointSelectDetail>) => {
          picked.value = `${e.detail.label} ${e.detail.value}%`;
          props.onSelect?.(e.detail);
        },
        onRegion: (e: CustomEvent<CivicRegionSelectDetail>) => {
          picked.value = `${e.detail.region} ${e.detail.value ?? ''}处`;
          props.onSelect?.(e.detail);
        },
      };
    },
  });
}

/** The app, the same on server and client: `isCustomElement` for the run-time compiler too. */
export function createDashboardApp(props: { onSelect?: (d: Picked) => void } = {}, render?: RenderFunction): App {
  const app = createSSRApp(dashboard(render), props);
  app.config.compilerOptions.isCustomElement = isCivicTag;
  return app;
}
