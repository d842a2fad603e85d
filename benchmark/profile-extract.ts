/**
 * Profiling aid: full extraction over the throughput corpus, for `node --cpu-prof`.
 * `npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof benchmark/profile-extract.ts [ROUNDS]`
 */
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { extractDocument } from '../dist/pipeline.js';
import { throughputCorpus } from './entities.bench.js';

const rounds = Number(process.argv[2] ?? 3);
const { docs, words } = await throughputCorpus(false);
const catalog = loadCatalog();
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const d of docs) extractDocument(d, { catalog });
  const ms = performance.now() - t0;
  console.log(`round ${r + 1}: ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s`);
}
