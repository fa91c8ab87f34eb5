import { mountReactExample } from './app.js';

mountReactExample(document.getElementById('app')!);
