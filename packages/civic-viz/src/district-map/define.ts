import { CivicDistrictMap } from './district-map.js';

export { CivicDistrictMap };
export type { MapData, MapEntry } from './model.js';

CivicDistrictMap.define('civic-district-map');

declare global {
  interface HTMLElementTagNameMap {
    'civic-district-map': CivicDistrictMap;
  }
}
