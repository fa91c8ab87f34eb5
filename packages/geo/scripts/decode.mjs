// Decoder for ECharts' compressed GeoJSON ("UTF8Encoding").
//
// Our own implementation of the format read by ECharts' decodeGeoJSON
// (echarts/lib/coord/geo/parseGeoJson.js). Each ring is a string; every pair
// of chars is one (x, y) point stored as charCode - 64, zigzag-encoded
// (sign folded into bit 0) and delta-encoded from the previous point, the first
// delta starting at `encodeOffsets`. Integers are divided by `UTF8Scale`
// (default 1024) to give degrees.
//
// Shared by scripts/build.mjs and the node tests, so the tests check the
// build output against the source rather than against the build's own view.

export const DEFAULT_SCALE = 1024;

/** Decode one encoded ring string into [[lon, lat], ...]. */
export function decodeRing(str, offsets, scale = DEFAULT_SCALE) {
  const out = [];
  let x = offsets[0];
  let y = offsets[1];
  for (let i = 0; i < str.length; i += 2) {
    const dx = str.charCodeAt(i) - 64;
    const dy = str.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1); // zigzag: 0,1,2,3,... -> 0,-1,1,-2,...
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** Inverse of decodeRing (used by tests to round-trip). Points must lie on the 1/scale grid. */
export function encodeRing(ring, scale = DEFAULT_SCALE) {
  const ints = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
  const offsets = ints[0].slice();
  let px = offsets[0];
  let py = offsets[1];
  let s = '';
  for (const [x, y] of ints) {
    const dx = x - px;
    const dy = y - py;
    px = x;
    py = y;
    s += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
  }
  return { str: s, offsets };
}

/**
 * Return a plain GeoJSON copy of `json`. If it is not flagged `UTF8Encoding`
 * it is already plain (ECharts behaves the same way) and only the leftover
 * `encodeOffsets` keys are dropped. The input is never mutated.
 */
export function decodeGeoJSON(json) {
  const encoded = json.UTF8Encoding === true;
  const scale = json.UTF8Scale ?? DEFAULT_SCALE;
  const rings = (rs, offs) => rs.map((r, i) => (encoded ? decodeRing(r, offs[i], scale) : r.map((p) => [p[0], p[1]])));
  const features = json.features.map((f) => {
    const { type, coordinates, encodeOffsets } = f.geometry;
    let coords;
    if (type === 'Polygon') coords = rings(coordinates, encodeOffsets);
    else if (type === 'MultiPolygon') coords = coordinates.map((poly, i) => rings(poly, encodeOffsets?.[i]));
    else throw new Error(`unsupported geometry type ${type}`);
    return { type: 'Feature', id: f.id, properties: { ...f.properties }, geometry: { type, coordinates: coords } };
  });
  return { type: 'FeatureCollection', features };
}
