/**
 * Profiling aid: full extraction (or, with `relations`, the relation stage alone on analyses
 * prepared beforehand) over the throughput corpus, for `node --cpu-prof`:
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx benchmark/profile-extract.ts [ROUNDS] [relations]`
 */
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { analyzeEntities } from '../dist/entities/index.js';
import { extractDocument, relationStageInput } from '../dist/pipeline.js';
import { extractRelations } from '../dist/relations/extract.js';
import { documentLayout } from '../dist/text/layout.js';
import { analyzeText } from '../dist/text/sentences.js';
import { throughputCorpus } from './entities.bench.js';

const rounds = Number(process.argv[2] ?? 3);
const relationsOnly = process.argv[3] === 'relations';
const { docs, words } = await throughputCorpus(false);
const catalog = loadCatalog();
const inputs = relationsOnly ? docs.map((d) => {
  const text = analyzeText(d.text);
  const layout = documentLayout(d);
  return relationStageInput(d, text, layout.skip, analyzeEntities({ document: d, text, skip: layout.skip }, catalog), catalog);
}) : [];
const run = relationsOnly
  ? () => { for (const input of inputs) extractRelations(input); }
  : () => { for (const d of docs) extractDocument(d, { catalog }); };
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  console.log(`round ${r + 1}: ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s, ${((ms * 1000) / words).toFixed(3)} µs/word`);
}
