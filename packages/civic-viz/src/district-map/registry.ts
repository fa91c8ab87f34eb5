import { registryLoader, type ChartRegistry } from '../charts/chart-controller.js';
import type { GeoMap } from './geo-source.js';
import { indexRegions, type RegionIndex } from './match.js';

export type MapRegistry = typeof import('../echarts/map.js') & ChartRegistry;

/**
 * The map family's ECharts registry, imported on first use and remembered (see registryLoader),
 * with ECharts' shared core requested alongside (see the trend family's registry).
 */
export const loadMapRegistry = registryLoader(() =>
  Promise.all([import('../echarts/core.js'), import('../echarts/map.js')]).then(([, family]) => family as MapRegistry),
);

// Boundaries are registered with ECharts once per source key (one entry per distinct map, so
// creating and removing maps never grows ECharts' registry).
const registered = new Map<string, GeoMap>();

/** The name a map's boundaries are registered under. */
export const mapName = (geo: GeoMap): string => `civic:${geo.key}`;

/** Registers the boundaries with ECharts unless these very boundaries already are. */
export function ensureRegistered(registry: MapRegistry, geo: GeoMap): void {
  if (registered.get(mapName(geo)) === geo) return;
  registry.registerMap(mapName(geo), geo.collection as unknown as Parameters<MapRegistry['registerMap']>[1]);
  registered.set(mapName(geo), geo);
}

const indexes = new WeakMap<GeoMap, RegionIndex>();
/** The name index of a map's regions, built once per boundaries. */
export const indexOf = (geo: GeoMap): RegionIndex => indexes.get(geo) ?? (indexes.set(geo, indexRegions(geo.regions)), indexes.get(geo)!);
