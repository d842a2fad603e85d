/**
 * Parallel extraction for `geokg build --jobs N`: a pool of worker threads, each holding
 * the catalog. Two kinds of work:
 * - batches of corpus files (the build): every batch is posted to every worker, and the
 *   workers take them in order by counting up one shared number, so the next batch goes
 *   to whichever worker is free first without a round trip through the main thread, and
 *   a stalled worker holds up only the batch it is on;
 * - single documents (extract, extractParallel): each goes to the least busy worker.
 * Results are handed back in the order asked for by the callers (orderedMap,
 * corpus-outcomes.ts), so everything downstream sees the same sequence whatever the
 * number of jobs.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { extractSafely } from '../api.js';
import type { CatalogView } from '../entities/gazetteer.js';
import type { ExtractionLimits } from '../limits.js';
import type { ExtractionResult, SourceDocument } from '../model.js';
import { startModuleWorker } from '../util/module-worker.js';
import type { ExtractionCache } from './cache.js';
import { DeltaDecoder, decodeOutcomes, type OutcomesMessage } from './delta-codec.js';
import { CLAIM_NEXT, claimSlot, type WorkerReply, type WorkerSetup, type WorkerTask } from './worker-protocol.js';
import type { DocumentOutcome, FileTask } from './process-file.js';

export interface ExtractionPoolOptions {
  /** Worker threads; default os.availableParallelism(). */
  jobs?: number;
  catalog: CatalogView;
  limits?: Partial<ExtractionLimits>;
}

export interface ExtractionPoolSetup extends ExtractionPoolOptions {
  /** Cache for file batches (the build's); none: every document is extracted and nothing is stored. */
  cache?: ExtractionCache;
  force?: boolean;
}

/** Documents queued per worker: enough to keep every worker busy, few enough to bound memory. */
export const IN_FLIGHT_PER_JOB = 8;
/** Single documents a worker holds at once: one at work and one queued. */
const DOCUMENTS_PER_WORKER = 2;

export function defaultJobs(): number {
  return availableParallelism();
}

export function checkJobs(jobs: number): number {
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new Error(`geokg/workers: jobs must be a positive integer, got ${String(jobs)}`);
  return jobs;
}

function startWorker(workerData: WorkerSetup): Worker {
  return startModuleWorker(import.meta.url, 'extract-worker', { workerData });
}

function errorRecord(doc: SourceDocument, error: string): ExtractionResult {
  return { document: { id: doc.id, path: doc.path, title: doc.title, date: doc.date, source: doc.source }, error };
}

interface Pending<T> {
  resolve: (value: T) => void;
  fail: (reason: string) => void;
}

interface Batch extends Pending<DocumentOutcome[][]> {
  files: FileTask[];
}

interface DocumentTask extends Pending<ExtractionResult> {
  document: SourceDocument;
}

interface PoolWorker {
  worker: Worker;
  /** Its place in the shared claims. */
  index: number;
  /** Reads this worker's encoded deltas (it numbers strings its own way). */
  decoder: DeltaDecoder;
  documents: Map<number, DocumentTask>;
  ready: boolean;
  /** Settles once the worker is up, or has stopped before it was. */
  started: Promise<void>;
  markStarted: () => void;
  dead: boolean;
}

export class ExtractionPool {
  readonly jobs: number;
  private readonly setup: WorkerSetup;
  /** [next batch to take, then per worker the batch it has taken (-1: none)]. */
  private readonly claims: Int32Array;
  private readonly workers: PoolWorker[] = [];
  private readonly batches = new Map<number, Batch>();
  private nextBatch = 0;
  private readonly documentQueue: DocumentTask[] = [];
  private nextDocument = 0;
  private closed = false;
  /** startAll() calls waiting for their workers. */
  private starting = 0;

  constructor(options: ExtractionPoolSetup) {
    this.jobs = checkJobs(options.jobs ?? defaultJobs());
    this.claims = new Int32Array(new SharedArrayBuffer(4 * (CLAIM_NEXT + 1 + this.jobs))).fill(-1);
    this.claims[CLAIM_NEXT] = 0;
    this.setup = {
      catalog: { entries: options.catalog.entries, titles: options.catalog.titles }, limits: options.limits,
      cacheFolder: options.cache?.dir, force: options.force, claims: this.claims, index: 0,
    };
    // one worker now, the others as work waits for them (grow): a corpus of a few files, or
    // a --jobs far above the files, does not start threads it cannot keep busy
    this.workers.push(this.spawn(0));
  }

  /** Starts workers, up to `jobs`, while more work waits than the running ones can hold. */
  private grow(): void {
    const documents = () => this.documentQueue.length + this.workers.reduce((n, w) => n + w.documents.size, 0);
    while (this.workers.length < this.jobs && !this.closed
      && (this.batches.size > this.workers.length || documents() > this.workers.length * DOCUMENTS_PER_WORKER)) {
      this.addWorker();
    }
  }

  private addWorker(): void {
    const slot = this.spawn(this.workers.length);
    this.workers.push(slot);
    for (const [seq, batch] of this.batches) slot.worker.postMessage({ batch: seq, files: batch.files } satisfies WorkerTask);
  }

  /** Worker threads started so far (at most `jobs`). */
  get threads(): number {
    return this.workers.length;
  }

  /** Starts all `jobs` workers now and resolves once each is up (the benchmarks time the extraction alone). */
  async startAll(): Promise<void> {
    this.checkOpen();
    while (this.workers.length < this.jobs) this.addWorker();
    // held while starting: an idle pool's workers do not keep the process alive
    this.starting++;
    this.updateRefs();
    try {
      await Promise.all(this.workers.map((slot) => slot.started));
    } finally {
      this.starting--;
      this.updateRefs();
    }
  }

  private spawn(index: number): PoolWorker {
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => { markStarted = resolve; });
    const slot: PoolWorker = {
      worker: startWorker({ ...this.setup, index }), index, decoder: new DeltaDecoder(), documents: new Map(), ready: false, dead: false,
      started, markStarted,
    };
    slot.worker.on('message', (msg: WorkerReply) => this.receive(slot, msg));
    // a worker that dies (out of memory, a native crash) fails only the work it held
    const fail = (reason: string) => {
      if (slot.dead) return;
      slot.dead = true;
      slot.markStarted();
      const why = `extraction failed: worker stopped: ${reason}`;
      for (const task of slot.documents.values()) task.fail(why);
      slot.documents.clear();
      const taken = this.claims[claimSlot(index)];
      this.batches.get(taken)?.fail(why);
      this.batches.delete(taken);
      if (this.workers[index] === slot && !this.closed) {
        this.workers[index] = this.spawn(index);
        for (const [seq, batch] of this.batches) this.workers[index].worker.postMessage({ batch: seq, files: batch.files } satisfies WorkerTask);
      }
      this.dispatchDocuments();
    };
    slot.worker.on('error', (err: Error) => fail(err.message));
    slot.worker.on('exit', (code) => { if (!this.closed) fail(`exit code ${code}`); });
    if (!this.batches.size && !this.documentQueue.length) slot.worker.unref();
    return slot;
  }

  private receive(slot: PoolWorker, msg: WorkerReply): void {
    if ('ready' in msg) {
      slot.ready = true;
      slot.markStarted();
    }
    else if ('batch' in msg) {
      // strings arrive once: every message must be decoded, in order, even one nobody waits for
      const files = decodeOutcomes(slot.decoder, msg as OutcomesMessage);
      const batch = this.batches.get(msg.batch);
      this.batches.delete(msg.batch);
      batch?.resolve(files);
    } else {
      const task = slot.documents.get(msg.id);
      slot.documents.delete(msg.id);
      task?.resolve(msg.result);
    }
    this.dispatchDocuments();
  }

  /** Hands queued documents to ready workers with room. */
  private dispatchDocuments(): void {
    for (const slot of this.workers) {
      while (this.documentQueue.length && slot.ready && !slot.dead && slot.documents.size < DOCUMENTS_PER_WORKER) {
        const task = this.documentQueue.shift()!;
        const id = this.nextDocument++;
        slot.documents.set(id, task);
        slot.worker.postMessage({ id, document: task.document } satisfies WorkerTask);
      }
    }
    this.updateRefs();
  }

  /** Waiting work keeps the process alive; an idle pool that was never closed does not. */
  private updateRefs(): void {
    const busy = this.batches.size > 0 || this.documentQueue.length > 0 || this.starting > 0;
    for (const slot of this.workers) {
      if (busy || slot.documents.size) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new Error('geokg/workers: the extraction pool is closed');
  }

  /** Extracts one document in a worker; never rejects once queued: failures are error records. */
  extract(document: SourceDocument): Promise<ExtractionResult> {
    try {
      this.checkOpen();
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise((resolve) => {
      this.documentQueue.push({ document, resolve, fail: (reason) => resolve(errorRecord(document, reason)) });
      this.grow();
      this.dispatchDocuments();
    });
  }

  /**
   * Loads corpus files in a worker and works out their documents there (processFile),
   * one list of outcomes per file. Batches are taken in the order they are asked for.
   * Never rejects once queued: a worker that stops fails the files it held.
   */
  processFiles(files: FileTask[]): Promise<DocumentOutcome[][]> {
    try {
      this.checkOpen();
    } catch (err) {
      return Promise.reject(err);
    }
    const seq = this.nextBatch++;
    return new Promise((resolve) => {
      this.batches.set(seq, { files, resolve, fail: (error) => resolve(files.map((file) => [{ ok: false, path: file.path, error }])) });
      for (const slot of this.workers) if (!slot.dead) slot.worker.postMessage({ batch: seq, files } satisfies WorkerTask);
      this.grow();
      this.updateRefs();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const why = 'extraction failed: the extraction pool was closed';
    for (const task of this.documentQueue.splice(0)) task.fail(why);
    for (const batch of this.batches.values()) batch.fail(why);
    this.batches.clear();
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
