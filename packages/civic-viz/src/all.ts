// Registers all four elements.
import './indicator-card/define.js';
import './progress-ring/define.js';
import './trend-chart/define.js';
import './district-map/define.js';
