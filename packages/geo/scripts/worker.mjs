// One build worker: builds its share of the maps and writes their files (see build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { writeCity } from './city.mjs';

const { entries, dist, attribution } = workerData;
const out = [];
for (const entry of entries) {
  const built = writeCity(dist, entry, attribution);
  out.push({ index: built.index, report: built.report });
}
parentPort.postMessage(out);
