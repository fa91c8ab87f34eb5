/**
 * Stands in for ECharts' SVG map resource in the bundled builds (see scripts/lib/geojson-maps-only.mjs).
 * civic-viz registers only GeoJSON boundaries, so ECharts' SVG map parser (≈ 4 KB gzip of the map
 * chunk) never runs; this keeps it out of the download and fails loudly if that ever changes.
 */
export class GeoSVGResource {
  constructor() {
    throw new Error('[civic-viz] SVG maps are not included in this build: register GeoJSON boundaries');
  }
}
