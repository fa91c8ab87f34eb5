import { defineConfig } from 'vite';

// ECharts' ESM reads process.env.NODE_ENV.
export default defineConfig({ define: { 'process.env.NODE_ENV': '"production"' } });
