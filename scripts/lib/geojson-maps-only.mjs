import { fileURLToPath } from 'node:url';

const stub = fileURLToPath(new URL('../../packages/civic-viz/src/echarts/no-svg-maps.ts', import.meta.url));

/**
 * Bundled builds only: ECharts' map registry imports its SVG map resource (with zrender's SVG
 * parser) next to the GeoJSON one. civic-viz registers GeoJSON only, so the SVG resource is
 * replaced by a stub that throws if it is ever constructed.
 */
export function geojsonMapsOnly() {
  return {
    name: 'civic-geojson-maps-only',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]echarts[\\/]lib[\\/]coord[\\/]geo[\\/]/.test(importer) && /\/GeoSVGResource\.js$/.test(source)) return stub;
      return null;
    },
  };
}
