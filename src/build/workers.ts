/**
 * Parallel extraction for `geokg build --jobs N`: a pool of worker threads, each holding
 * the catalog, fed from an async stream of documents with a bounded number in flight.
 * Results come back in input order, so everything downstream (aggregation, the report)
 * sees the same sequence whatever the number of jobs, and memory holds at most the
 * documents in flight, not the corpus.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractSafely } from '../api.js';
import type { CatalogView } from '../entities/gazetteer.js';
import type { ExtractionLimits } from '../limits.js';
import type { ExtractionResult, SourceDocument } from '../model.js';
import type { WorkerSetup, WorkerTask } from './extract-worker.js';

export interface ExtractionPoolOptions {
  /** Worker threads; default os.availableParallelism(). */
  jobs?: number;
  catalog: CatalogView;
  limits?: Partial<ExtractionLimits>;
}

/** Documents queued per worker: enough to keep every worker busy, few enough to bound memory. */
export const IN_FLIGHT_PER_JOB = 8;

export function defaultJobs(): number {
  return availableParallelism();
}

export function checkJobs(jobs: number): number {
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new Error(`geokg/workers: jobs must be a positive integer, got ${String(jobs)}`);
  return jobs;
}

/**
 * The worker next to this module: compiled JS under dist/; under src/ (tests, tsx) the
 * TypeScript entry, loaded after registering tsx in the worker thread.
 */
function startWorker(workerData: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url), { workerData });
  // tsx's ESM entry, found through its CommonJS twin (import.meta.resolve is not everywhere)
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

function errorRecord(doc: SourceDocument, error: string): ExtractionResult {
  return { document: { id: doc.id, path: doc.path, title: doc.title, date: doc.date, source: doc.source }, error };
}

interface Pending {
  document: SourceDocument;
  resolve: (result: ExtractionResult) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  dead: boolean;
}

/** A fixed set of extraction threads; each document goes to the least busy one. */
export class ExtractionPool {
  readonly jobs: number;
  private readonly setup: WorkerSetup;
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;
  private closed = false;

  constructor(options: ExtractionPoolOptions) {
    this.jobs = checkJobs(options.jobs ?? defaultJobs());
    this.setup = { catalog: { entries: options.catalog.entries, titles: options.catalog.titles }, limits: options.limits };
    for (let i = 0; i < this.jobs; i++) this.workers.push(this.spawn());
  }

  private spawn(): PoolWorker {
    const slot: PoolWorker = { worker: startWorker(this.setup), pending: new Map(), dead: false };
    slot.worker.on('message', (msg: { id: number; result: ExtractionResult }) => {
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      p.resolve(msg.result);
    });
    // a worker that dies (out of memory, a native crash) fails only the documents it held
    const fail = (reason: string) => {
      if (slot.dead) return;
      slot.dead = true;
      for (const p of slot.pending.values()) p.resolve(errorRecord(p.document, `extraction failed: worker stopped: ${reason}`));
      slot.pending.clear();
      const at = this.workers.indexOf(slot);
      if (at >= 0 && !this.closed) this.workers[at] = this.spawn();
    };
    slot.worker.on('error', (err: Error) => fail(err.message));
    slot.worker.on('exit', (code) => { if (slot.pending.size || !this.closed) fail(`exit code ${code}`); });
    slot.worker.unref();
    return slot;
  }

  /** Extracts one document in a worker; never rejects: failures are error records. */
  extract(document: SourceDocument): Promise<ExtractionResult> {
    if (this.closed) return Promise.reject(new Error('geokg/workers: the extraction pool is closed'));
    let slot = this.workers[0];
    for (const w of this.workers) if (w.pending.size < slot.pending.size) slot = w;
    const id = this.nextId++;
    const task: WorkerTask = { id, document };
    return new Promise((resolve) => {
      slot.pending.set(id, { document, resolve });
      slot.worker.ref();
      slot.worker.postMessage(task);
    }).finally(() => { if (!slot.pending.size) slot.worker.unref(); }) as Promise<ExtractionResult>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Maps an async stream through `fn` with at most `window` calls in flight, yielding the
 * results in input order. The source is pulled only as results are taken (backpressure).
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => R | Promise<R>, window: number): AsyncGenerator<R> {
  const queue: Array<Promise<R>> = [];
  for await (const item of source) {
    queue.push(Promise.resolve(fn(item)));
    if (queue.length >= window) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}

export interface ParallelExtractOptions extends ExtractionPoolOptions {
  /** Documents in flight; default jobs × IN_FLIGHT_PER_JOB. */
  window?: number;
}

/**
 * Extracts a stream of documents, `jobs` at a time, yielding [document, result] in input
 * order. With jobs = 1 extraction runs in this thread: a worker would only add copying.
 */
export async function* extractParallel(documents: AsyncIterable<SourceDocument>, options: ParallelExtractOptions): AsyncGenerator<[SourceDocument, ExtractionResult]> {
  const jobs = checkJobs(options.jobs ?? defaultJobs());
  if (jobs === 1) {
    for await (const doc of documents) yield [doc, extractSafely(doc, options.catalog, options.limits)];
    return;
  }
  const pool = new ExtractionPool({ ...options, jobs });
  try {
    const window = options.window ?? jobs * IN_FLIGHT_PER_JOB;
    yield* orderedMap(documents, async (doc) => [doc, await pool.extract(doc)] as [SourceDocument, ExtractionResult], window);
  } finally {
    await pool.close();
  }
}
