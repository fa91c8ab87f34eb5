// Loaded before browser tests: ECharts' ESM files read process.env.NODE_ENV.
window.process = { env: { NODE_ENV: 'production' } };
