// Registers all four elements and re-exports their classes and data types.
export * from './indicator-card/define.js';
export * from './progress-ring/define.js';
export * from './trend-chart/define.js';
export * from './district-map/define.js';
