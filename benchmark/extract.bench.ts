/**
 * Full extraction (entities and relations) throughput on one thread, on the same
 * generated corpus of at least 5 MB as the entities benchmark, beside wink-nlp's readDoc;
 * the relation stage alone is timed on the entity analyses computed beforehand.
 */
import { analyzeEntities } from '../dist/entities/index.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { extractDocument, relationStageInput } from '../dist/pipeline.js';
import { extractRelations } from '../dist/relations/extract.js';
import { analyzeText } from '../dist/text/sentences.js';
import { documentLayout } from '../dist/text/layout.js';
import { interleavedMedians, throughputCorpus } from './entities.bench.js';
import { winkReadDoc } from './generate.js';
import type { Benchmark } from './harness.js';

export const benchmark: Benchmark = {
  id: 'extract',
  description: 'full extraction (entities + relations) on one thread vs wink-nlp readDoc',
  processes: 5,
  async run({ quick }) {
    const { docs, words, megabytes } = await throughputCorpus(quick);
    const catalog = loadCatalog();
    const readDoc = winkReadDoc();
    let relations = 0;
    const full = () => { relations = 0; for (const d of docs) relations += extractDocument(d, { catalog }).relations.length; };
    const wink = () => { for (const d of docs) readDoc(d.text); };
    full();
    wink();
    // full extraction and readDoc first, with nothing else held in the heap
    const [fullMs, winkMs] = interleavedMedians(quick ? 1 : 5, [full, wink]);
    // the relation stage's input as the pipeline builds it (lexicons, the dateline's state), prepared outside the timed loop
    const inputs = docs.map((d) => {
      const text = analyzeText(d.text);
      const layout = documentLayout(d);
      return relationStageInput(d, text, layout.skip, analyzeEntities({ document: d, text, skip: layout.skip }, catalog), catalog);
    });
    const relationStage = () => { for (const input of inputs) extractRelations(input); };
    const [relationMs] = interleavedMedians(quick ? 1 : 3, [relationStage]);
    const size = `${docs.length} docs, ${megabytes.toFixed(1)} MB`;
    const winkWps = words / (winkMs / 1000);
    return [
      { name: `relation stage alone, ${size}`, value: words / (relationMs / 1000), unit: 'words/s', better: 'higher', baseline: { name: 'wink readDoc', value: winkWps } },
      {
        name: `full extraction, 1 thread, ${size}`, value: words / (fullMs / 1000), unit: 'words/s', better: 'higher',
        baseline: { name: 'wink readDoc', value: winkWps }, target: { value: winkWps, description: '≥ 1.0× readDoc' },
        notes: `${relations} relations`,
      },
      { name: `full extraction, 1 thread, ${size}`, value: docs.length / (fullMs / 1000), unit: 'docs/s', better: 'higher', baseline: { name: 'wink readDoc', value: docs.length / (winkMs / 1000) } },
    ];
  },
};
