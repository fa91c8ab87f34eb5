import { mountVueExample } from './app.js';

mountVueExample(document.getElementById('app')!);
