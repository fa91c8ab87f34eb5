export { renderHTML, renderPage, TAGS, type RenderOptions, type RenderReport } from './render.js';
export { renderImages, type ElementImage, type ImageOptions, type ImageTheme } from './image.js';
export { svgToPng, missingGlyphs, findFonts, DEFAULT_IMAGE_FONTS } from './png.js';
