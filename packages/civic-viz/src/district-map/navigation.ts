import { spatialOrder } from './model.js';

/** What the keys walk: region names with their centres ([lng, lat]). */
type Regions = readonly { name: string; center: [number, number] }[];

const order = (regions: Regions, axis: 'x' | 'y') => spatialOrder(regions, axis).map((i) => regions[i].name);

/** The region the keyboard starts on: the selected one, else the westernmost. */
export const firstRegion = (regions: Regions, selected: string): string | null => selected || order(regions, 'x')[0] || null;

/**
 * The region `key` moves to from `from`: ←/→ west → east and ↑/↓ north → south by the regions'
 * centres, Home/End the westernmost/easternmost; from no region, the first in that direction.
 * Undefined for a key the map does not use. Pure.
 */
export function stepRegion(regions: Regions, from: string | null, key: string): string | null | undefined {
  const go = (axis: 'x' | 'y', d: number) => {
    const names = order(regions, axis);
    const i = from ? names.indexOf(from) : -1;
    return (i < 0 ? names[d > 0 ? 0 : names.length - 1] : names[Math.max(0, Math.min(names.length - 1, i + d))]) ?? null;
  };
  switch (key) {
    case 'ArrowRight':
      return go('x', 1);
    case 'ArrowLeft':
      return go('x', -1);
    case 'ArrowDown':
      return go('y', 1);
    case 'ArrowUp':
      return go('y', -1);
    case 'Home':
      return order(regions, 'x')[0] ?? null;
    case 'End':
      return order(regions, 'x').at(-1) ?? null;
    default:
      return undefined;
  }
}
