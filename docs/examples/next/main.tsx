import { renderDashboard } from './client.js';

// The docs site is static: this page renders in the browser. server.tsx + client.tsx are the
// server-rendered form, tested with a real server render in packages/civic-viz/test.
renderDashboard(document.getElementById('app')!);
