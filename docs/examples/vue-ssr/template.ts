/**
 * The page's template, as it would sit in a `.vue` file. It is compiled twice — on the server by
 * `@vue/server-renderer` (server.ts), for the browser at build time (what `@vitejs/plugin-vue`
 * or Nuxt does) — and both compilers must be told the civic-* tags are custom elements.
 *
 * Arrays go through `.prop` bindings: the server leaves them out of the HTML (a plain `values="5.62,8.09"`
 * attribute would only be ignored, with a warning) and the browser sets them as properties,
 * defined or not. Strings go through `data-*` attributes, which the server does write (Vue
 * renders a string `.prop` as a plain attribute too: `:type.prop` would become `type="bar"`).
 */
export const TEMPLATE = `<div class="civic-example">
  <civic-indicator-card data-label="稳岗返还资金" data-value="219000000" data-unit="元" data-previous="180000000" data-source="鞍山市人社局"></civic-indicator-card>
  <civic-progress-ring data-label="机械化清扫率" data-value="92" data-previous="78" data-target="95" data-unit="%" data-change-label="较年初"></civic-progress-ring>
  <civic-trend-chart data-label="城乡低保标准提高幅度" data-unit="%" data-source="鞍山市民政局"
    :data-type="type" :labels.prop="relief.labels" :values.prop="relief.values" @civic-select="onPoint"></civic-trend-chart>
  <button type="button" @click="toggle">{{ type === 'bar' ? '改为折线图' : '改为柱状图' }}</button>
  <civic-district-map data-label="各县（市）区退休人员社会化管理服务站点（示意数据）" data-map="anshan" data-unit="处"
    :values.prop="stations" @civic-select="onRegion"></civic-district-map>
  <p class="picked" aria-live="polite">{{ picked ? '已选择：' + picked : '点击图表中的柱形或地图中的区县，或用键盘聚焦后按 Enter。' }}</p>
</div>`;
