import { defineConfig } from 'vite';
import { geoOnDemand } from '../scripts/lib/geo-on-demand.mjs';

// ECharts' ESM reads process.env.NODE_ENV. Cities' boundaries not built yet are built when a
// story first shows one.
export default defineConfig({ define: { 'process.env.NODE_ENV': '"production"' }, plugins: [geoOnDemand()] });
