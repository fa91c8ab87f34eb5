/** A point of the chart: series index and category index. */
export interface Point {
  s: number;
  i: number;
}

/** The shape the keys walk: how many categories and series, and whether bars lie horizontally. */
export interface Grid {
  categories: number;
  series: number;
  horizontal: boolean;
}

/**
 * The point `key` moves to: ←/→ (Home/End) between categories, ↑/↓ between series; in a
 * horizontal chart of one series ↑/↓ walk the categories, listed top to bottom. Before the
 * keyboard has `started`, an arrow shows the current point without moving. No wrapping.
 * Undefined for a key the chart does not use. Pure.
 */
export function stepPoint(grid: Grid, from: Point | null, started: boolean, key: string): Point | undefined {
  const { categories: n, series: k } = grid;
  const cur = from ?? { s: 0, i: 0 };
  const move = (x: number, d: number, max: number) => (started ? Math.max(0, Math.min(max - 1, x + d)) : x);
  const vertical = grid.horizontal && k === 1;
  switch (key) {
    case 'ArrowRight':
      return { s: cur.s, i: move(cur.i, 1, n) };
    case 'ArrowLeft':
      return { s: cur.s, i: move(cur.i, -1, n) };
    case 'Home':
      return { s: cur.s, i: 0 };
    case 'End':
      return { s: cur.s, i: n - 1 };
    case 'ArrowDown':
      return vertical ? { s: 0, i: move(cur.i, 1, n) } : { s: move(cur.s, 1, k), i: cur.i };
    case 'ArrowUp':
      return vertical ? { s: 0, i: move(cur.i, -1, n) } : { s: move(cur.s, -1, k), i: cur.i };
    default:
      return undefined;
  }
}
