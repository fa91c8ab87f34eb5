import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geojsonMapsOnly } from '../../../scripts/lib/geojson-maps-only.mjs';

const resolve = geojsonMapsOnly().resolveId as unknown as (source: string, importer?: string) => string | null;
const manager = '/repo/node_modules/echarts/lib/coord/geo/geoSourceManager.js';

test("ECharts' SVG map resource resolves to the stub; everything else is left to the resolver", () => {
  assert.match(resolve('./GeoSVGResource.js', manager) ?? '', /packages[\\/]civic-viz[\\/]src[\\/]echarts[\\/]no-svg-maps\.ts$/);
  assert.equal(resolve('./GeoJSONResource.js', manager), null);
  assert.equal(resolve('./GeoSVGResource.js', '/repo/packages/civic-viz/src/x.ts'), null);
  assert.equal(resolve('./GeoSVGResource.js'), null);
});

test('the stub fails loudly if an SVG map is ever registered', async () => {
  const { GeoSVGResource } = await import('../src/echarts/no-svg-maps.js');
  assert.throws(() => new GeoSVGResource(), /SVG maps are not included/);
});
