/**
 * Entity recognition throughput (tokens, sentences, gazetteer matching, linking,
 * coreference) on a generated corpus of at least 5 MB, beside wink-nlp's readDoc on the
 * same texts. Text analysis alone is reported too, as the first stage of both.
 */
import { analyzeEntities, contractEntities } from '../dist/entities/index.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { analyzeText } from '../dist/text/sentences.js';
import { documentLayout } from '../dist/text/layout.js';
import type { SourceDocument } from '../dist/model.js';
import { corpusDir, countWords, generateCorpus, loadDocuments, winkReadDoc } from './generate.js';
import type { Benchmark, BenchFigure } from './harness.js';

/** Articles for a corpus of more than 5 MB of text (about 1.7 KB of text an article). */
export const THROUGHPUT_ARTICLES = 3500;

/** A full collection before each timed run (with `--expose-gc`), so no run pays for the garbage of the one before. */
export function settleHeap(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median ms of each function over `reps` interleaved rounds, so drift hits all of them alike. */
export function interleavedMedians(reps: number, fns: Array<() => void>): number[] {
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    fns.forEach((fn, i) => {
      settleHeap();
      const t0 = performance.now();
      fn();
      times[i].push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

export async function throughputCorpus(quick: boolean): Promise<{ docs: SourceDocument[]; words: number; megabytes: number }> {
  const count = quick ? 200 : THROUGHPUT_ARTICLES;
  const corpus = generateCorpus({ count, dir: corpusDir(`articles-${count}`) });
  const docs = await loadDocuments(corpus.dir);
  let words = 0;
  let bytes = 0;
  for (const d of docs) {
    words += countWords(d.text);
    bytes += Buffer.byteLength(d.text);
  }
  return { docs, words, megabytes: bytes / 1e6 };
}

export const benchmark: Benchmark = {
  id: 'entities',
  description: 'entity recognition vs wink-nlp readDoc, words/s on the same generated texts',
  processes: 5,
  async run({ quick }) {
    const { docs, words, megabytes } = await throughputCorpus(quick);
    const catalog = loadCatalog();
    const readDoc = winkReadDoc();
    const textStage = () => { for (const d of docs) analyzeText(d.text); };
    const entityStage = () => {
      for (const d of docs) {
        const text = analyzeText(d.text);
        const analysis = analyzeEntities({ document: d, text, skip: documentLayout(d).skip }, catalog);
        contractEntities(analysis, d.text);
      }
    };
    const wink = () => { for (const d of docs) readDoc(d.text); };
    entityStage(); // warm-up: gazetteer, lexicons, JIT
    wink();
    const [textMs, entityMs, winkMs] = interleavedMedians(quick ? 1 : 5, [textStage, entityStage, wink]);
    const size = `${docs.length} docs, ${megabytes.toFixed(1)} MB, ${words.toLocaleString('en-US')} words`;
    const winkWps = words / (winkMs / 1000);
    const figures: BenchFigure[] = [
      { name: `text analysis (tokens, sentences), ${size}`, value: words / (textMs / 1000), unit: 'words/s', better: 'higher', baseline: { name: 'wink readDoc', value: winkWps } },
      {
        name: `entity recognition, ${size}`, value: words / (entityMs / 1000), unit: 'words/s', better: 'higher',
        baseline: { name: 'wink readDoc', value: winkWps }, target: { value: 2 * winkWps, description: '≥ 2× readDoc' },
      },
      { name: `entity recognition, ${size}`, value: docs.length / (entityMs / 1000), unit: 'docs/s', better: 'higher', baseline: { name: 'wink readDoc', value: docs.length / (winkMs / 1000) } },
    ];
    if (megabytes < 5 && !quick) figures[1].notes = 'corpus under 5 MB';
    return figures;
  },
};
