import { mountDashboard } from './app.js';

mountDashboard(document.getElementById('app')!);
