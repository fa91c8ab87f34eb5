// One build worker: builds its share of the maps and writes their files (see build.mjs).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildCity } from './city.mjs';
import { MAP_DTS } from './emit.mjs';

const { entries, dist, attribution } = workerData;
const out = [];
for (const entry of entries) {
  const built = buildCity(entry, attribution);
  writeFileSync(join(dist, 'maps', entry.key + '.js'), built.js);
  writeFileSync(join(dist, 'maps', entry.key + '.d.ts'), MAP_DTS(built.index));
  writeFileSync(join(dist, 'geojson', entry.key + '.geojson'), built.geojson + '\n');
  out.push({ index: built.index, report: built.report });
}
parentPort.postMessage(out);
