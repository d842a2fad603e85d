/**
 * `geokg build`: corpus -> extractions (cached per document) -> one data graph with
 * metrics and layout -> graph-out/. Files stream from the walk into the extraction
 * threads, which load, extract and cache each document and send back only its graph
 * delta (corpus-outcomes.ts); texts never reach this thread. A document that fails is
 * reported, never fatal. Nothing in the output folder is touched until everything is
 * computed, every file is streamed to a temporary name and the set is renamed into place
 * at the end, so an interrupted build leaves the previous graph.
 */
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { walkCorpusSync, type WalkOptions } from '../corpus/walk.js';
import { loadCatalog } from '../entities/catalog/load.js';
import type { CatalogView } from '../entities/gazetteer.js';
import { gexfChunks } from '../formats/gexf.js';
import { jsonChunks } from '../formats/json.js';
import { GraphAggregator } from '../graph/aggregate.js';
import { layout } from '../graph/layout.js';
import { LAYOUT_THREAD_MIN_NODES, startLayout } from '../graph/layout-thread.js';
import { BETWEENNESS_THREAD_MIN_NODES, startBetweenness } from '../graph/betweenness-thread.js';
import { computeMetrics, DEFAULT_BETWEENNESS_MAX_NODES, directedProjection } from '../graph/metrics.js';
import type { GeoGraph } from '../graph/types.js';
import { MODALITIES, RELATION_TYPES, type Modality, type RelationType } from '../model.js';
import { commitStaged, stageChunks, stageFile } from '../util/atomic-write.js';
import { collectGarbage } from '../util/collect-garbage.js';
import type { ExtractionLimits } from '../limits.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { BUILD_WRITE_BATCH, ExtractionCache, extractionFingerprint } from './cache.js';
import { checkCacheKeep, DEFAULT_CACHE_KEEP, markCacheUsed, pruneCacheFolders } from './cache-prune.js';
import { corpusOutcomes } from './corpus-outcomes.js';
import type { ProcessContext } from './process-file.js';
import { ExtractionPool, checkJobs, defaultJobs } from './workers.js';

/** Heap in use above which the build collects once its aggregator is let go (about 3,000 articles). */
const COLLECT_ABOVE_BYTES = 128 * 1024 * 1024;

export const OUTPUT_FILES = {
  graph: 'graph.json',
  gexf: 'graph.gexf',
  evidence: 'evidence.jsonl',
  report: 'build-report.json',
} as const;

export interface BuildProgress {
  /** Corpus files started so far (a JSONL file holds many documents). */
  done: number;
  /** Corpus files in all; undefined until counted. */
  total?: number;
  path: string;
}

export interface BuildOptions {
  /** Files and folders of the corpus, read recursively. */
  corpus: string[];
  /** Output folder (graph-out). */
  out: string;
  /** Extract every document again, ignoring (but refreshing) the cache. */
  force?: boolean;
  /** Extra catalog files (--catalog). */
  catalogFiles?: string[];
  /** A catalog already loaded; overrides catalogFiles. */
  catalog?: CatalogView;
  /** Cache root; default .geokg-cache in the working directory. */
  cacheDir?: string;
  /** Cache folders kept in the root, the build's own among them, by last use (default 3; cache-prune.ts). */
  cacheKeep?: number;
  evidenceCap?: number;
  /** Seed of layout and community detection. */
  seed?: number;
  /** Extraction threads; default os.availableParallelism(). 1 extracts in this thread. */
  jobs?: number;
  /** Per-document extraction limits (see limits.ts). */
  limits?: Partial<ExtractionLimits>;
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildError {
  path: string;
  line?: number;
  error: string;
}

export interface BuildReport {
  documents: { total: number; ok: number; failed: number; fromCache: number; extracted: number };
  entities: number;
  /** Edges of the graph: one per (source, type, target, modality). */
  relations: { total: number; byType: Record<RelationType, number>; byModality: Record<Modality, number> };
  errors: BuildError[];
  /** Problems that did not affect the graph (e.g. a cache entry that could not be written). */
  warnings: string[];
  /** Cache folders of other catalogs or extractor versions removed after the extraction (least recently used first out). */
  cachePruned: string[];
  /** Milliseconds per stage. */
  timings: { catalog: number; extract: number; aggregate: number; metrics: number; layout: number; write: number; total: number };
  extractorVersion: string;
  corpus: string[];
  out: string;
  /** Files written to `out`; empty when no document could be built (the folder is left as it was). */
  outputs: string[];
}

/** Catalog of a build: packaged entries, each corpus folder's catalog.json, then --catalog files. */
function buildCatalog(options: BuildOptions): CatalogView {
  return options.catalog ?? loadCatalog({ files: options.catalogFiles, corpus: options.corpus });
}

function countFiles(paths: string[], walk: WalkOptions): number {
  let count = 0;
  for (const entry of walkCorpusSync(paths, walk)) if (entry.ok) count++;
  return count;
}

/**
 * Refuses, before any extraction, an output folder that is a file or cannot be written
 * (the nearest existing folder on its way, for one still to be made): finding out at the
 * write stage would waste the whole build.
 */
function checkOutputFolder(out: string): void {
  let existing = resolve(out);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    throw new Error(`geokg/build: cannot write the output folder ${out}: ${existing === resolve(out) ? 'it is a file' : `${existing} is a file`}`);
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch (err) {
    throw new Error(`geokg/build: cannot write the output folder ${out}: ${(err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied (EACCES)' : (err as Error).message}`);
  }
}

/** The graph's name: the corpus folders' names. */
function graphName(corpus: string[]): string {
  return corpus.map((p) => basename(resolve(p))).join(', ') || 'geokg';
}

function relationCounts(graph: GeoGraph): BuildReport['relations'] {
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  const byModality = Object.fromEntries(MODALITIES.map((m) => [m, 0])) as Record<Modality, number>;
  graph.forEachEdge((_e, attrs) => {
    byType[attrs.relation]++;
    byModality[attrs.modality]++;
  });
  return { total: graph.size, byType, byModality };
}

function emptyRelations(): BuildReport['relations'] {
  return {
    total: 0,
    byType: Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>,
    byModality: Object.fromEntries(MODALITIES.map((m) => [m, 0])) as Record<Modality, number>,
  };
}

export async function buildGraph(options: BuildOptions): Promise<BuildReport> {
  if (!options || !Array.isArray(options.corpus) || !options.corpus.every((p) => typeof p === 'string') || typeof options.out !== 'string') {
    throw new TypeError(`geokg/build: buildGraph takes { corpus: an array of paths, out: a folder }, got ${JSON.stringify(options && { corpus: options.corpus, out: options.out })}`);
  }
  const started = performance.now();
  let mark = started;
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const report: BuildReport = {
    documents: { total: 0, ok: 0, failed: 0, fromCache: 0, extracted: 0 },
    entities: 0,
    relations: emptyRelations(),
    errors: [],
    warnings: [],
    cachePruned: [],
    timings: { catalog: 0, extract: 0, aggregate: 0, metrics: 0, layout: 0, write: 0, total: 0 },
    extractorVersion: EXTRACTOR_VERSION,
    corpus: options.corpus,
    out: options.out,
    outputs: [],
  };

  const cacheKeep = checkCacheKeep(options.cacheKeep ?? DEFAULT_CACHE_KEEP);
  checkOutputFolder(options.out);
  const catalog = buildCatalog(options);
  const cache = new ExtractionCache({ dir: options.cacheDir, fingerprint: extractionFingerprint(catalog, options.limits), writeBatch: BUILD_WRITE_BATCH });
  report.timings.catalog = lap();

  let aggregator: GraphAggregator | null = new GraphAggregator({ evidenceCap: options.evidenceCap, name: graphName(options.corpus) });
  // the outputs of an earlier build into a folder inside the corpus are not articles
  const walk: WalkOptions = { skip: [options.out] };
  const totalFiles = options.onProgress ? countFiles(options.corpus, walk) : undefined;
  let filesStarted = 0;
  let lastPath: string | undefined;
  const fail = (error: BuildError) => {
    report.documents.failed++;
    report.errors.push(error);
  };

  // Corpus files stream from the walk into the extraction threads, which load, extract and
  // cache each document and reduce it to its graph delta; deltas come back in corpus order
  // and go straight into the aggregator. With one job that all happens in this thread.
  const jobs = checkJobs(options.jobs ?? defaultJobs());
  const prepared = cache.prepare();
  if (prepared.warning) report.warnings.push(prepared.warning);
  const usableCache = prepared.usable ? cache : undefined;
  if (usableCache) markCacheUsed(cache.dir);
  const context: ProcessContext = { catalog, limits: options.limits, cache: usableCache, force: options.force === true };
  const pool = jobs > 1 ? new ExtractionPool({ jobs, catalog, limits: options.limits, cache: usableCache, force: context.force }) : null;
  try {
    for await (const outcome of corpusOutcomes(options.corpus, pool ? { pool } : { context }, walk)) {
      if (outcome.path !== lastPath) {
        filesStarted++;
        lastPath = outcome.path;
      }
      report.documents.total++;
      if (!outcome.ok) {
        fail(outcome.line === undefined ? { path: outcome.path, error: outcome.error } : { path: outcome.path, line: outcome.line, error: outcome.error });
      } else {
        // problems that did not stop the document (a date that does not parse)
        for (const w of outcome.warnings ?? []) if (report.warnings.length < 1000) report.warnings.push(`${outcome.path}: ${w}`);
        if (!outcome.delta) {
          fail({ path: outcome.path, error: outcome.error ?? 'extraction failed' });
        } else {
          if (outcome.fromCache) report.documents.fromCache++;
          else report.documents.extracted++;
          if (outcome.cacheWarning && report.warnings.length < 20) report.warnings.push(outcome.cacheWarning);
          aggregator.addDelta(outcome.delta);
          report.documents.ok++;
        }
      }
      options.onProgress?.({ done: filesStarted, total: totalFiles, path: outcome.path });
    }
  } finally {
    await pool?.close();
    // (with one job, the last entries this thread extracted are committed here)
    const warning = cache.close();
    if (warning && report.warnings.length < 1000) report.warnings.push(warning);
  }
  if (usableCache) {
    const pruned = pruneCacheFolders(cache.dir, cacheKeep);
    report.cachePruned = pruned.removed;
    report.warnings.push(...pruned.warnings);
  }
  report.timings.extract = lap();

  if (report.documents.ok === 0) {
    report.timings.total = Math.round(performance.now() - started);
    return report;
  }

  let graph: GeoGraph | null = aggregator.graph();
  report.entities = graph.order;
  report.relations = relationCounts(graph);
  report.timings.aggregate = lap();

  // Every file is written to a temporary name first and the set is renamed into place only
  // when all were written, so a failure leaves the previous outputs together and consistent.
  // Each file is streamed in pieces, and what a file needs is let go once it is written: the
  // evidence goes first, so that the aggregator is let go before the metrics and the layout
  // (which then run beside the graph alone), and the graph goes after graph.json.
  // With more than one job and a graph of some size, ForceAtlas2 runs meanwhile in a thread of
  // its own (layout-thread.ts): the timings then give the layout what is left after the metrics.
  const file = (name: string) => join(options.out, name);
  const staged: Array<[string, string]> = [];
  const pendingLayout = jobs > 1 && graph.order >= LAYOUT_THREAD_MIN_NODES ? startLayout(graph, { seed: options.seed }) : null;
  // ... and so does the betweenness, the largest of the metrics (betweenness-thread.ts)
  const pendingBetweenness = jobs > 1 && graph.order >= BETWEENNESS_THREAD_MIN_NODES && graph.order <= DEFAULT_BETWEENNESS_MAX_NODES
    ? startBetweenness(directedProjection(graph)) : null;
  try {
    staged.push([stageChunks(file(OUTPUT_FILES.evidence), aggregator.evidenceJsonl()), file(OUTPUT_FILES.evidence)]);
    aggregator = null;
    // the aggregator is garbage now: collected before the metrics build their projections, the heap
    // is sized by the graph alone (collect-garbage.ts); a small build does not need the pause
    if (process.memoryUsage().heapUsed > COLLECT_ABOVE_BYTES) collectGarbage();
    const evidenceMs = lap();
    computeMetrics.assign(graph, { seed: options.seed, betweenness: await pendingBetweenness?.result() });
    report.timings.metrics = lap();
    if (pendingLayout) await pendingLayout.assign();
    else layout.assign(graph, { seed: options.seed });
    report.timings.layout = lap();
    staged.push([stageChunks(file(OUTPUT_FILES.gexf), gexfChunks(graph, { version: '1.3' })), file(OUTPUT_FILES.gexf)]);
    staged.push([stageChunks(file(OUTPUT_FILES.graph), jsonChunks(graph)), file(OUTPUT_FILES.graph)]);
    graph = null;
    report.timings.write = evidenceMs + lap();
    report.timings.total = Math.round(performance.now() - started);
    report.outputs = [OUTPUT_FILES.graph, OUTPUT_FILES.gexf, OUTPUT_FILES.evidence, OUTPUT_FILES.report];
    staged.push([stageFile(file(OUTPUT_FILES.report), `${JSON.stringify(report, null, 2)}\n`), file(OUTPUT_FILES.report)]);
    commitStaged(staged);
  } catch (err) {
    await pendingLayout?.cancel();
    await pendingBetweenness?.cancel();
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw err;
  }
  return report;
}
