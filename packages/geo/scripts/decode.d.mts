// Types for decode.mjs so the TypeScript tests can import it.
export type Position = [number, number];
export interface DecodedFeature {
  type: 'Feature';
  id?: string | number;
  properties: { name: string; [k: string]: unknown };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}
export interface DecodedCollection { type: 'FeatureCollection'; features: DecodedFeature[] }
export declare const DEFAULT_SCALE: number;
export declare function decodeRing(str: string, offsets: [number, number] | number[], scale?: number): Position[];
export declare function encodeRing(ring: Position[], scale?: number): { str: string; offsets: [number, number] };
export declare function decodeGeoJSON(json: unknown): DecodedCollection;
