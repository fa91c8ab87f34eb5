// Types for geojson-maps-only.mjs so vite.config.ts can import it under strict TypeScript.
import type { Plugin } from 'vite';
export declare function geojsonMapsOnly(): Plugin;
