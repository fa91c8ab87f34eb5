/**
 * Where the district map's boundaries come from: a built-in map of `@civic-viz/geo`, imported
 * lazily (`data-map="anshan"`), or any GeoJSON FeatureCollection at a URL (`data-geo-src`),
 * plain or in ECharts' compressed `UTF8Encoding` form, with the region name read from
 * `data-name-property`. `normalizeGeo` (pure) validates and decodes; `GeoController` loads.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchText } from '../core/fetch.js';
import { LatestLoad } from '../core/latest-load.js';
import { CivicError, isRecord } from '../core/parse.js';
import { parseJson } from '../core/json.js';
import { resolveMap, type MapCatalog } from './map-catalog.js';

type Position = [number, number];
type Ring = Position[];
type Polygon = Ring[];

/** A plain GeoJSON feature as handed to ECharts: `properties.name` is the region's name. */
export interface MapFeature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'MultiPolygon'; coordinates: Polygon[] };
}

/** One region of a map: its name, code, other spellings and a representative point (lon, lat). */
export interface GeoRegion {
  name: string;
  /** Division code (GB/T 2260) when the map carries one (`properties.adcode`). */
  adcode?: string;
  aliases: string[];
  /** Area-weighted centroid of the region's largest polygon. */
  center: Position;
}

/** A validated, decoded map. */
export interface GeoMap {
  /** Registration key: equal keys mean the same boundaries. */
  key: string;
  collection: { type: 'FeatureCollection'; features: MapFeature[] };
  /** Regions in the order of the source's features. */
  regions: GeoRegion[];
  /** Extent `[west, south, east, north]` in degrees. */
  bounds: [number, number, number, number];
  /** Current divisions the boundaries lack (built-in maps made before a change, e.g. 莱芜区 in 济南市). */
  missing?: { name: string; adcode: number }[];
}

/**
 * The built-in maps, each a lazy import of `@civic-viz/geo` (only fetched when drawn).
 * `anshan` loads without the catalog; any other name first loads the catalog (names and
 * codes, no geometry) to find the map, then that one map.
 */
export const builtinMaps: Record<string, () => Promise<unknown>> = {
  anshan: () => import('@civic-viz/geo/anshan').then((m) => m.default),
};
const catalog = () => import('@civic-viz/geo') as Promise<MapCatalog & { maps: Record<string, () => Promise<unknown>> }>;

/** Largest GeoJSON text accepted from `data-geo-src` (8 MiB). */
export const MAX_GEO_CHARS = 8 << 20;

// ECharts' compressed form: each ring a string, two chars per point, zigzag + delta from
// `encodeOffsets`, divided by UTF8Scale (1024 unless given). Our own reading of the format.
function decodeRing(str: string, offsets: unknown, scale: number): Ring {
  if (!Array.isArray(offsets) || offsets.length < 2) throw new Error('missing encodeOffsets');
  let x = Number(offsets[0]);
  let y = Number(offsets[1]);
  const out: Ring = [];
  for (let i = 0; i + 1 < str.length; i += 2) {
    const dx = str.charCodeAt(i) - 64;
    const dy = str.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / scale, y / scale]);
  }
  return out;
}

function readRing(raw: unknown, offsets: unknown, encoded: boolean, scale: number): Ring {
  if (encoded && typeof raw === 'string') return decodeRing(raw, offsets, scale);
  if (!Array.isArray(raw)) throw new Error('a ring is not an array of positions');
  return raw.map((p) => {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error('a position is not [longitude, latitude]');
    return [p[0], p[1]] as Position;
  });
}

function readPolygon(raw: unknown, offsets: unknown, encoded: boolean, scale: number): Polygon {
  if (!Array.isArray(raw) || !raw.length) throw new Error('a polygon has no rings');
  const rings = raw.map((r, i) => readRing(r, Array.isArray(offsets) ? offsets[i] : undefined, encoded, scale));
  if (rings[0].length < 3) throw new Error('a polygon ring has fewer than 3 positions');
  return rings;
}

/** Signed area and centroid of a ring (planar, in degrees: good enough to order and place). */
function ringCentroid(ring: Ring): { area: number; center: Position } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = ring.length;
    return { area: 0, center: [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n] };
  }
  return { area: Math.abs(a / 2), center: [cx / (3 * a), cy / (3 * a)] };
}

/** The centroid of the largest polygon (an island or exclave does not pull it off the mainland). */
export function regionCenter(polygons: readonly Polygon[]): Position {
  let best = { area: -1, center: [0, 0] as Position };
  for (const poly of polygons) {
    const c = ringCentroid(poly[0]);
    if (c.area > best.area) best = c;
  }
  return [+best.center[0].toFixed(5), +best.center[1].toFixed(5)];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/**
 * Validates and decodes a GeoJSON FeatureCollection: polygons and multipolygons only (other
 * geometries are ignored; none at all is an error), the name taken from `nameProperty`,
 * features with the same name merged into one region. Throws `invalid-json` naming `attribute`.
 */
export function normalizeGeo(json: unknown, nameProperty = 'name', attribute = 'data-geo-src', key = ''): GeoMap {
  const fail = (msg: string): never => {
    throw new CivicError('invalid-json', msg, attribute);
  };
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return fail('expected a GeoJSON FeatureCollection');
  }
  const encoded = json.UTF8Encoding === true;
  const scale = Number(json.UTF8Scale ?? 1024) || 1024;
  const byName = new Map<string, { polygons: Polygon[]; aliases: Set<string>; adcode?: string }>();
  json.features.forEach((f, i) => {
    if (!isRecord(f) || !isRecord(f.geometry)) return;
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return;
    const props = isRecord(f.properties) ? f.properties : {};
    const rawName = props[nameProperty];
    const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName).trim() : '';
    if (!name) fail(`feature ${i + 1} has no "${nameProperty}" property (set data-name-property to the property holding region names)`);
    let polygons: Polygon[];
    try {
      polygons =
        g.type === 'Polygon'
          ? [readPolygon(g.coordinates, g.encodeOffsets, encoded, scale)]
          : (Array.isArray(g.coordinates) ? g.coordinates : fail('MultiPolygon coordinates are not an array')).map(
              (p: unknown, k: number) => readPolygon(p, Array.isArray(g.encodeOffsets) ? g.encodeOffsets[k] : undefined, encoded, scale),
            );
    } catch (e) {
      if (e instanceof CivicError) throw e;
      return fail(`feature ${i + 1} (${name}): ${(e as Error).message}`);
    }
    const entry = byName.get(name) ?? { polygons: [], aliases: new Set<string>() };
    const code = props.adcode;
    if ((typeof code === 'number' || typeof code === 'string') && /^\d{6}$/.test(String(code).trim())) entry.adcode = String(code).trim();
    entry.polygons.push(...polygons);
    strings(props.aliases).forEach((a) => entry.aliases.add(a.trim()));
    byName.set(name, entry);
  });
  if (!byName.size) fail('the FeatureCollection has no Polygon or MultiPolygon features');
  const features: MapFeature[] = [];
  const regions: GeoRegion[] = [];
  for (const [name, { polygons, aliases, adcode }] of byName) {
    features.push({ type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    regions.push({ name, ...(adcode ? { adcode } : {}), aliases: [...aliases], center: regionCenter(polygons) });
  }
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const poly of f.geometry.coordinates)
      for (const [x, y] of poly[0]) {
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
      }
  const missing = Array.isArray(json.missing)
    ? json.missing.filter(
        (m): m is { name: string; adcode: number } => isRecord(m) && typeof m.name === 'string' && typeof m.adcode === 'number',
      )
    : [];
  return { key, collection: { type: 'FeatureCollection', features }, regions, bounds, ...(missing.length ? { missing } : {}) };
}

/** Where to load boundaries from. */
export type GeoSource = { kind: 'builtin'; name: string } | { kind: 'url'; url: string; nameProperty: string };

/** The source the attributes name: `data-geo-src` wins over `data-map`; null when neither is set. */
export function geoSourceOf(geoSrc: string, map: string, nameProperty: string): GeoSource | null {
  const url = geoSrc?.trim();
  if (url) return { kind: 'url', url, nameProperty: nameProperty?.trim() || 'name' };
  const name = map?.trim();
  return name ? { kind: 'builtin', name } : null;
}

/** A stable key for a source: equal keys load the same boundaries. */
export const sourceKey = (s: GeoSource): string => (s.kind === 'builtin' ? `builtin:${s.name}` : `url:${s.nameProperty}:${s.url}`);

const builtinCache = new Map<string, GeoMap>();

/** Loads and normalizes a map. Throws CivicError: unknown-map, invalid-url, fetch-*, invalid-json. */
export async function loadGeo(source: GeoSource, signal: AbortSignal): Promise<GeoMap> {
  const key = sourceKey(source);
  if (source.kind === 'builtin') {
    let name = source.name.trim().toLowerCase();
    let load = Object.hasOwn(builtinMaps, name) ? builtinMaps[name] : undefined;
    if (!load) {
      const geo = await catalog();
      name = resolveMap(geo, source.name);
      load = geo.maps[name];
    }
    let geo = builtinCache.get(name);
    if (!geo) {
      geo = normalizeGeo(await load(), 'name', 'data-map', `builtin:${name}`);
      builtinCache.set(name, geo);
    }
    return geo;
  }
  const { text } = await fetchText(source.url, signal, 'data-geo-src');
  return normalizeGeo(parseJson(text, 'data-geo-src', MAX_GEO_CHARS), source.nameProperty, 'data-geo-src', key);
}

export interface GeoHost extends ReactiveControllerHost, HTMLElement {}

/**
 * Loads the map's boundaries for an element: once per source (a DOM move neither aborts a
 * finished load nor loads again), aborting an unfinished fetch when the element is removed,
 * and a superseded load never lands (the same `LatestLoad` rule as `data-src`).
 */
export class GeoController implements ReactiveController {
  /** The loaded map for the current source. */
  geo?: GeoMap;
  /** The error of the last load for the current source. */
  error?: CivicError;
  pending = false;
  /** Loads started (tests: a DOM move must not load again). */
  loads = 0;
  private given: GeoSource | null = null;
  private loadedKey?: string;
  private readonly latest = new LatestLoad();

  constructor(
    private readonly host: GeoHost,
    private readonly onError: (e: CivicError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A load aborted by a removal starts again when the element comes back.
    if (this.given && this.pending && !this.latest.running) void this.load(this.given);
  }

  hostDisconnected(): void {
    this.latest.cancelIfRemoved(this.host);
  }

  /** Sets the source; loads when it differs from the loaded one. Null = no source given. */
  sync(source: GeoSource | null): void {
    this.given = source;
    const key = source && sourceKey(source);
    if (key === this.loadedKey) return;
    this.loadedKey = key ?? undefined;
    this.geo = undefined;
    this.error = undefined;
    this.latest.cancel();
    this.pending = false;
    if (source) void this.load(source);
  }

  /** What the element still waits for: the load's error, or `'loading'` until the boundaries are there. */
  get blocker(): CivicError | 'loading' | undefined {
    return this.error ?? (this.geo ? undefined : 'loading');
  }

  /** The retry for `e` when it is this loader's error: a failed download retries, bad boundaries do not. */
  retryFor(e: CivicError): (() => void) | null | undefined {
    if (e !== this.error) return undefined;
    return e.code === 'fetch-failed' || e.code === 'fetch-timeout' ? () => this.retry() : null;
  }

  /** Loads the current source again (the retry button). */
  retry(): void {
    if (this.given) void this.load(this.given);
  }

  private async load(source: GeoSource): Promise<void> {
    const { signal, current } = this.latest.start();
    this.pending = true;
    this.error = undefined;
    this.loads++;
    this.host.requestUpdate();
    try {
      const geo = await loadGeo(source, signal);
      if (!current()) return;
      this.geo = geo;
    } catch (e) {
      if (!current()) return;
      // A built-in map that fails to arrive is a failed download (retry helps), not bad JSON.
      this.error =
        e instanceof CivicError
          ? e
          : new CivicError(
              source.kind === 'url' ? 'invalid-json' : 'fetch-failed',
              String((e as Error)?.message ?? e),
              source.kind === 'url' ? 'data-geo-src' : 'data-map',
            );
      this.onError(this.error);
    } finally {
      if (current()) {
        this.pending = false;
        this.latest.finish();
        this.host.requestUpdate();
      }
    }
  }
}
