// The geometry steps shared by every map: shared-border simplification and quantization.
//
// Why a topology: simplifying each district's polygon on its own would thin the same shared
// border differently on each side and open slivers/gaps. topojson-server splits the rings into
// arcs shared between neighbours, so each border is simplified exactly once and both districts
// get the same vertices. Arc endpoints (junctions of 3+ districts) are always kept.
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import { crossingPairs } from './quality.mjs';

// 1e-4° ≈ 11 m / 8 m (lat / lon). The source is already on a 1/1024° grid (~100 m), so this
// rounding never merges two source vertices and adds far less error than the source has.
export const DECIMALS = 4;

// Triangle area in km² on a local equirectangular projection. topojson's default planar
// weight works in raw degrees, where a degree of longitude is shorter than a degree of
// latitude; scaling by cos(lat) makes the threshold mean the same thing in both directions.
export const KM_PER_DEG = (Math.PI / 180) * 6371.0088;
export function weightKm2([a, b, c]) {
  const k = Math.cos(((a[1] + b[1] + c[1]) / 3) * (Math.PI / 180));
  return (Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2) * k * KM_PER_DEG ** 2;
}

// Area in km² on the sinusoidal (equal-area) projection; used to report how much
// simplification moved each district. Tests use the same formula on the source.
export function ringAreaKm2(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    s += x0 * Math.cos((y0 * Math.PI) / 180) * y1 - x1 * Math.cos((y1 * Math.PI) / 180) * y0;
  }
  return (s / 2) * KM_PER_DEG ** 2; // signed: > 0 means counter-clockwise
}
export const polygons = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
export const areaKm2 = (g) =>
  polygons(g).reduce((sum, rings) => sum + rings.reduce((s, r, i) => s + Math.abs(ringAreaKm2(r)) * (i ? -1 : 1), 0), 0);
export const countPoints = (g) => polygons(g).flat().reduce((n, r) => n + r.length, 0);

let q = 10 ** DECIMALS;
const round = (v) => Math.round(v * q) / q;
// Round, drop repeats the rounding may create, and orient rings the RFC 7946 way (exterior
// counter-clockwise, holes clockwise). ECharts ignores winding; other consumers get a
// predictable file.
function cleanRing(ring, exterior) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (ringAreaKm2(out) > 0 !== exterior) out.reverse();
  return out;
}
const cleanPolygon = (p) => p.map((r, k) => cleanRing(r, k === 0));

/**
 * Prepares a topology of `geometries` (an array of GeoJSON geometries, one per district) once;
 * the returned function simplifies it at a given minimum triangle area (km²) and returns the
 * quantized geometries in the same order. Presimplifying is the slow part, so callers that try
 * several thresholds pay for it once.
 *
 * Options (off for `anshan`, whose output must not change):
 * - `keepRings`: a closed ring (an island) keeps at least a triangle instead of vanishing;
 * - `repair`: where two simplified edges cross (a border crossing itself or its neighbour),
 *   the source points the two edges skipped are put back, until nothing crosses that did not
 *   cross in the input;
 * - `decimals`: rounding of the output (4 ≈ 10 m; 5 for maps of tiny districts such as Macau);
 * - `areas` (with `repair`): a district whose area moved by more than `maxAreaDelta` (a
 *   fraction) gets its borders at a finer threshold (÷8 per round, then in full).
 */
export function simplifier(geometries, { keepRings = false, repair = false, areas = null, maxAreaDelta = 0.01, decimals = DECIMALS } = {}) {
  const input = {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', id: i, properties: {}, geometry })),
  };
  const pre = presimplify(topology({ d: input }), weightKm2);
  if (keepRings) {
    for (const arc of pre.arcs) {
      const [f, l] = [arc[0], arc[arc.length - 1]];
      if (arc.length < 5 || f[0] !== l[0] || f[1] !== l[1]) continue;
      const inner = arc.slice(1, -1).map((p, i) => [p[2], i + 1]).sort((a, b) => b[0] - a[0]);
      for (const [, i] of inner.slice(0, 2)) arc[i][2] = Infinity;
    }
  }
  const toGeoJSON = (topo) => {
    q = 10 ** decimals;
    return feature(topo, topo.objects.d).features.map(({ geometry: g }) =>
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: cleanPolygon(g.coordinates) }
        : { type: 'MultiPolygon', coordinates: (g.coordinates ?? []).map(cleanPolygon) },
    );
  };
  if (!repair) return (minWeightKm2) => toGeoJSON(simplify(pre, minWeightKm2));
  return (minWeightKm2) => {
    // Weights are per call: restoring points for one threshold must not leak into another.
    const weights = pre.arcs.map((arc) => arc.map((p) => p[2]));
    const filtered = () => pre.arcs.map((arc, a) => arc.filter((_, i) => weights[a][i] >= minWeightKm2).map((p) => [p[0], p[1]]));
    const geoms = pre.objects.d.geometries;
    const arcsOf = (g) => [...new Set((g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []).flat(2).map((i) => (i < 0 ? ~i : i)))];
    for (let round = 0; areas && round < 4; round++) {
      const out = toGeoJSON({ type: 'Topology', arcs: filtered(), objects: pre.objects });
      const off = out.flatMap((g, i) => (Math.abs(areaKm2(g) - areas[i]) > maxAreaDelta * 0.8 * areas[i] ? [i] : []));
      if (!off.length) break;
      const finer = round < 3 ? minWeightKm2 / 8 ** (round + 1) : 0;
      for (const i of off) for (const a of arcsOf(geoms[i])) weights[a] = weights[a].map((w) => (w >= finer ? Math.max(w, minWeightKm2) : w));
    }
    for (let round = 0; round < 8; round++) {
      const kept = weights.map((w) => w.flatMap((v, i) => (v >= minWeightKm2 ? [i] : [])));
      const crossing = crossingEdges(pre.arcs, kept);
      if (!crossing.length) break;
      let restored = 0;
      for (const [arc, k] of crossing) {
        const [i0, i1] = [kept[arc][k], kept[arc][k + 1]];
        for (let i = i0 + 1; i < i1; i++) if (weights[arc][i] < Infinity) (weights[arc][i] = Infinity), restored++;
      }
      if (!restored) break; // the crossings are in the source itself
    }
    return toGeoJSON({ type: 'Topology', arcs: filtered(), objects: pre.objects });
  };
}

/** Edges `[arc, k]` (k-th kept edge of an arc) that cross another kept edge. */
function crossingEdges(arcs, kept) {
  const edges = [];
  kept.forEach((idx, a) => {
    for (let k = 0; k + 1 < idx.length; k++) edges.push([arcs[a][idx[k]], arcs[a][idx[k + 1]], a, k]);
  });
  const bad = [];
  for (const [e, f] of crossingPairs(edges)) bad.push([edges[e][2], edges[e][3]], [edges[f][2], edges[f][3]]);
  return bad;
}
