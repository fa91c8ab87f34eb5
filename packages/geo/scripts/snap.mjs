// Makes neighbouring districts share their border vertices before the topology is built.
//
// Why: in many source files a border between two districts is drawn twice with different
// vertices (each district was simplified on its own). topojson then finds a "junction"
// wherever the two drawings part, cutting the border into two-point arcs that can never be
// simplified, and the thin gaps between the drawings show as slivers. On the source's own
// 1/1024° grid: (1) a vertex within TOL of another district's vertex moves onto it; (2) a
// vertex within TOL of another district's edge is inserted into that edge; (3) spikes and
// repeats this leaves (a → b → a) are removed. Both districts then run through the same
// points and topojson sees one shared border.

const key = (x, y) => x * 4294967296 + y;

/**
 * The grid to snap on: the source's 1/1024° grid when every coordinate lies on it (the
 * ECharts-encoded files), else a 1e-6° grid with a 2-step tolerance (the Taiwan, Hong Kong
 * and Macau files are survey-precision GeoJSON whose neighbours already share vertices).
 */
function gridOf(geometries) {
  const on1024 = geometries.every((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).every((p) => p.every((r) => r.every(([x, y]) => Number.isInteger(x * 1024) && Number.isInteger(y * 1024)))));
  return on1024 ? { SCALE: 1024, TOL: 1 } : { SCALE: 1e6, TOL: 2 };
}

let SCALE = 1024;
function ringsOf(g) {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p) =>
    p.map((r) => r.slice(0, -1).map(([x, y]) => [Math.round(x * SCALE), Math.round(y * SCALE)])),
  );
}

/** Removes repeats and spikes (a, b, a) from a closed ring given without its closing point. */
function clean(r) {
  let out = r;
  for (let changed = true; changed && out.length > 3; ) {
    changed = false;
    const next = [];
    for (const v of out) {
      const last = next[next.length - 1];
      if (last && last[0] === v[0] && last[1] === v[1]) { changed = true; continue; }
      const before = next[next.length - 2];
      if (before && before[0] === v[0] && before[1] === v[1]) { next.pop(); changed = true; continue; }
      next.push(v);
    }
    while (next.length > 1 && next[0][0] === next.at(-1)[0] && next[0][1] === next.at(-1)[1]) { next.pop(); changed = true; }
    out = next;
  }
  return out;
}

/** `geometries`: GeoJSON Polygon/MultiPolygon per district; returns snapped copies. */
export function snapShared(geometries) {
  const grid0 = gridOf(geometries);
  SCALE = grid0.SCALE;
  const tol = grid0.TOL;
  const polys = geometries.map(ringsOf);
  // Cells of about 2/1024° whatever the grid: small enough to be quick, large enough that a
  // long edge spans few of them.
  const size = Math.max(tol, Math.round(SCALE / 512));
  const cell = (v) => Math.floor(v / size);
  const grid = new Map();
  const put = (x, y, f) => {
    const k = key(cell(x), cell(y));
    const list = grid.get(k) ?? [];
    if (!list.some((c) => c.x === x && c.y === y && c.f === f)) list.push({ x, y, f });
    grid.set(k, list);
  };
  const around = (x0, x1, y0, y1, fn) => {
    for (let cx = cell(x0) - 1; cx <= cell(x1) + 1; cx++) for (let cy = cell(y0) - 1; cy <= cell(y1) + 1; cy++) grid.get(key(cx, cy))?.forEach(fn);
  };
  // (1) vertices: the first district to claim a position keeps it.
  polys.forEach((ps, f) => ps.forEach((p) => p.forEach((r) => r.forEach((v, i) => {
    let best = null;
    let bestD = tol * tol + 1e-9;
    around(v[0], v[0], v[1], v[1], (c) => {
      const d = (c.x - v[0]) ** 2 + (c.y - v[1]) ** 2;
      if (c.f !== f && d <= bestD && !(best && d === bestD)) [best, bestD] = [c, d];
    });
    if (best) r[i] = [best.x, best.y];
    put(r[i][0], r[i][1], f);
  }))));
  // (2) edges pick up the other districts' vertices lying along them.
  const out = polys.map((ps, f) => ps.map((p) => p.map((r) => {
    const res = [];
    for (let i = 0; i < r.length; i++) {
      const a = r[i];
      const b = r[(i + 1) % r.length];
      res.push(a);
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      if (!len2) continue;
      const found = new Map();
      around(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]), (c) => {
        if (c.f === f) return;
        const t = ((c.x - a[0]) * dx + (c.y - a[1]) * dy) / len2;
        if (t <= 0 || t >= 1) return;
        const ex = a[0] + t * dx - c.x;
        const ey = a[1] + t * dy - c.y;
        if (ex * ex + ey * ey <= tol * tol) found.set(key(c.x, c.y), [t, c.x, c.y]);
      });
      [...found.values()].sort((u, v) => u[0] - v[0]).forEach(([, x, y]) => res.push([x, y]));
    }
    // (3) back to a closed ring in degrees.
    const c = clean(res);
    return [...c, c[0]].map(([x, y]) => [x / SCALE, y / SCALE]);
  }).filter((r) => r.length >= 4)).filter((p) => p.length));
  return out.map((ps) => (ps.length === 1 ? { type: 'Polygon', coordinates: ps[0] } : { type: 'MultiPolygon', coordinates: ps }));
}
