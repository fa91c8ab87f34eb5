/**
 * Normalizes the district map's data into one shape, whatever it came from. Pure.
 *
 * Accepted shapes (the same for `data-values`, the `values` property, `data-src` JSON and a
 * child `<script type="application/json">`):
 * - an object of region → value: `{"铁东区": 61, "海城": 88}`;
 * - `{"regions": [{"name": "铁东区", "value": 61}, …]}` (`region` may replace `name`);
 * - the array inside it on its own: `[{"name": "铁东区", "value": 61}]`, or pairs `[["铁东区", 61]]`.
 * Tables (CSV from `data-src`, child `<table>`): first column the region, second the value; the
 * header row names the value column (a first row whose second cell is a number is data, not a
 * header). A value of null, "", a dash (-, –, —), … or N/A means "no data" for that region; anything
 * else that is not a finite number is `invalid-number`, naming the attribute and the region.
 */
import type { Payload } from '../core/parse.js';
import { CivicError, isRecord, toNumber, type TextTable } from '../core/parse.js';
import { parseJson } from '../core/json.js';
import { isMissing, readNumber } from '../core/number.js';
import type { GeoRegion } from './geo-source.js';
import { indexRegions, matchRegions, type JoinKey, type RegionIndex, type Unmatched } from './match.js';

/** One region's value as written in the data; null = no data. */
export interface MapEntry {
  name: string;
  value: number | null;
}

/** The district map's normalized data (also the `civic-data` event's detail). */
export interface MapData {
  entries: MapEntry[];
  /** Name of the value column, from a table's header row. */
  valueLabel?: string;
}

/** A value from data: a finite number, or null for no data. */
export function toValue(raw: unknown, attribute: string, region: string): number | null {
  if (isMissing(raw)) return null;
  return toNumber(raw, attribute, `the value of ${JSON.stringify(region)}`);
}

function fromArray(items: unknown[], attribute: string): MapEntry[] {
  return items.map((item, i) => {
    let name: unknown;
    let value: unknown;
    if (Array.isArray(item)) [name, value] = item;
    else if (isRecord(item)) {
      name = item.name ?? item.region;
      value = item.value;
    }
    if (typeof name !== 'string' && typeof name !== 'number') {
      throw new CivicError('invalid-json', `item ${i + 1} has no region name (expected {"name": …, "value": …})`, attribute);
    }
    const n = String(name).trim();
    if (!n) throw new CivicError('invalid-json', `item ${i + 1} has an empty region name`, attribute);
    return { name: n, value: toValue(value, attribute, n) };
  });
}

/** Normalizes JSON (parsed) or a JS object/array; null when there are no entries. */
export function fromJson(value: unknown, attribute: string): MapData | null {
  let entries: MapEntry[];
  if (Array.isArray(value)) entries = fromArray(value, attribute);
  else if (isRecord(value) && Array.isArray(value.regions)) entries = fromArray(value.regions, attribute);
  else if (isRecord(value)) {
    entries = Object.keys(value).map((k) => {
      const name = k.trim();
      if (!name) throw new CivicError('invalid-json', 'a region name is empty', attribute);
      return { name, value: toValue(value[k], attribute, name) };
    });
  } else {
    throw new CivicError('invalid-json', 'expected an object of region → value, {"regions": […]} or an array', attribute);
  }
  return entries.length ? { entries } : null;
}

const looksNumeric = (s: string | undefined) => readNumber(s).ok;

/** Normalizes a CSV or `<table>`: region, value. */
export function fromTable(table: TextTable, attribute: string): MapData | null {
  let { header, rows } = table;
  // "铁东区,61" as the first line is data, not a header.
  if (header.length && looksNumeric(header[1])) {
    rows = [header, ...rows];
    header = [];
  }
  if (!rows.length) return null;
  const entries = rows.map((row, i) => {
    if (row.length < 2) throw new CivicError('invalid-json', `row ${i + 1} needs two columns: region, value`, attribute);
    const name = row[0].trim();
    if (!name) throw new CivicError('invalid-json', `row ${i + 1} has no region name`, attribute);
    return { name, value: toValue(row[1], attribute, name) };
  });
  const valueLabel = header[1]?.trim();
  return { entries, ...(valueLabel ? { valueLabel } : {}) };
}

/** Normalizes inline data (`data-values` or the `values` property). */
export function fromValues(raw: unknown, attribute = 'data-values'): MapData | null {
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!text) return null;
    // The shared parser: size and depth caps, prototype keys dropped (docs/guide/accessibility.html, security).
    return fromJson(parseJson(text, attribute), attribute);
  }
  return fromJson(raw, attribute);
}

/** Normalizes external data from `data-src` or the element's children. */
export function fromPayload(payload: Payload): MapData | null {
  return payload.kind === 'json' ? fromJson(payload.value, payload.from) : fromTable(payload.table, payload.from);
}

/** One region of the map with its value (null = no data) and rank. */
export interface RegionDatum {
  name: string;
  value: number | null;
  /** 1 = highest value; ties share a rank; null without a value. */
  rank: number | null;
  /** The name as written in the data, when it differs from the region's name. */
  input?: string;
  /** Representative point (lon, lat), for keyboard order and tooltip placement. */
  center: [number, number];
}

/** Data joined to the map: what the option builder, summary, table and keyboard read. */
export interface MapView {
  /** Every region of the map, in the map's order, with or without a value. */
  regions: RegionDatum[];
  /** How many regions have a value (the "共7个" of a rank). */
  ranked: number;
  /** Data names not applied to any region (unknown, ambiguous or duplicate). */
  unmatched: Unmatched[];
}

/** Joins normalized data to a map's regions: matching, then ranks by value, highest first. */
export function joinData(
  data: MapData,
  regions: readonly GeoRegion[],
  index: RegionIndex = indexRegions(regions),
  by: JoinKey = 'name',
): MapView {
  const { matched, unmatched } = matchRegions(data.entries, index, by);
  const values = [...matched.values()].map((m) => m.value).filter((v): v is number => v != null);
  const sorted = [...values].sort((a, b) => b - a);
  // Competition ranking (1, 2, 2, 4): a tie shares the better rank.
  const rankOf = (v: number) => sorted.indexOf(v) + 1;
  const out: RegionDatum[] = regions.map((r) => {
    const m = matched.get(r.name);
    const value = m?.value ?? null;
    return {
      name: r.name,
      value,
      rank: value == null ? null : rankOf(value),
      ...(m && m.input !== r.name ? { input: m.input } : {}),
      center: r.center,
    };
  });
  return { regions: out, ranked: values.length, unmatched };
}

/**
 * The keyboard order of regions (indices into `regions`): ←/→ walk them west → east by their
 * centre's longitude, ↑/↓ north → south by latitude; ties by name, so the order is stable.
 */
export function spatialOrder(regions: readonly { name: string; center: [number, number] }[], axis: 'x' | 'y'): number[] {
  const idx = regions.map((_, i) => i);
  const key = (i: number) => (axis === 'x' ? regions[i].center[0] : -regions[i].center[1]);
  return idx.sort((a, b) => key(a) - key(b) || (regions[a].name < regions[b].name ? -1 : regions[a].name > regions[b].name ? 1 : 0));
}
