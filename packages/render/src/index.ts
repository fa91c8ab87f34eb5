export { renderHTML, renderPage, TAGS, type RenderOptions, type RenderReport } from './render.js';
