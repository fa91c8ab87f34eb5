import type { Plugin } from 'vite';
/** Builds a city's boundaries module of @civic-viz/geo when a page first imports it and it is not built yet. */
export function geoOnDemand(): Plugin;
