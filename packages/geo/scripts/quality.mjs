// Geometry checks shared by the build (to choose a safe simplification) and the tests.

/** Do segments ab and cd cross or touch anywhere other than a shared endpoint? */
function segmentsCross(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const same = (p, q) => p[0] === q[0] && p[1] === q[1];
  if (same(a, c) || same(a, d) || same(b, c) || same(b, d)) return false;
  const o1 = o(a, b, c), o2 = o(a, b, d), o3 = o(c, d, a), o4 = o(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  const on = (p, q, r) => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (o1 === 0 && on(a, b, c)) || (o2 === 0 && on(a, b, d)) || (o3 === 0 && on(c, d, a)) || (o4 === 0 && on(c, d, b));
}

/**
 * Counts crossing pairs of edges among `rings` (all rings of one feature: a ring crossing
 * itself or another ring of the same district). Edges are bucketed on a grid, so this is
 * close to linear for real boundaries.
 */
export function countCrossings(rings) {
  const edges = [];
  for (const r of rings) for (let i = 0; i + 1 < r.length; i++) edges.push([r[i], r[i + 1]]);
  return crossingPairs(edges).length;
}

/** Index pairs of crossing edges among `edges` ([a, b, …] each), bucketed on a grid. */
export function crossingPairs(edges) {
  if (edges.length < 2) return [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [a] of edges) {
    minX = Math.min(minX, a[0]); maxX = Math.max(maxX, a[0]);
    minY = Math.min(minY, a[1]); maxY = Math.max(maxY, a[1]);
  }
  const n = Math.ceil(Math.sqrt(edges.length));
  const sx = n / (maxX - minX || 1), sy = n / (maxY - minY || 1);
  const cell = (v, min, s) => Math.max(0, Math.min(n - 1, Math.floor((v - min) * s)));
  const grid = new Map();
  edges.forEach(([a, b], i) => {
    const x0 = cell(Math.min(a[0], b[0]), minX, sx), x1 = cell(Math.max(a[0], b[0]), minX, sx);
    const y0 = cell(Math.min(a[1], b[1]), minY, sy), y1 = cell(Math.max(a[1], b[1]), minY, sy);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const k = x * n + y;
      const list = grid.get(k);
      if (list) list.push(i); else grid.set(k, [i]);
    }
  });
  const seen = new Set();
  const pairs = [];
  for (const list of grid.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      const key = a < b ? a * edges.length + b : b * edges.length + a;
      if (seen.has(key)) continue;
      seen.add(key);
      if (segmentsCross(edges[a][0], edges[a][1], edges[b][0], edges[b][1])) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Vertices of one district lying near, but not on, another district's border: the mark of a
 * sliver or gap between neighbours. "Near" means between 1.5 quantization steps (1.5e-4°) and
 * 0.003° (~300 m). `features`: per district, its polygons (rings of [lon, lat]).
 */
export function sliverVertices(features) {
  const cell = 0.003;
  const grid = new Map();
  features.forEach((ps, f) => ps.flat().forEach((r) => {
    for (let i = 0; i + 1 < r.length; i++) {
      const [a, b] = [r[i], r[i + 1]];
      for (let x = Math.floor(Math.min(a[0], b[0]) / cell); x <= Math.floor(Math.max(a[0], b[0]) / cell); x++)
        for (let y = Math.floor(Math.min(a[1], b[1]) / cell); y <= Math.floor(Math.max(a[1], b[1]) / cell); y++) {
          const k = x * 1e6 + y;
          const list = grid.get(k);
          if (list) list.push([a, b, f]); else grid.set(k, [[a, b, f]]);
        }
    }
  }));
  let count = 0;
  features.forEach((ps, f) => ps.flat().forEach((r) => r.forEach((p) => {
    let best = Infinity;
    for (let x = Math.floor(p[0] / cell) - 1; x <= Math.floor(p[0] / cell) + 1; x++)
      for (let y = Math.floor(p[1] / cell) - 1; y <= Math.floor(p[1] / cell) + 1; y++)
        for (const [a, b, g] of grid.get(x * 1e6 + y) ?? []) {
          if (g === f) continue;
          const dx = b[0] - a[0], dy = b[1] - a[1];
          const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
          best = Math.min(best, Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]));
        }
    if (best > 1.5e-4 && best < 0.003) count++;
  })));
  return count;
}
