/**
 * The worker of `geokg build --jobs N`. File batches (a few corpus files' paths each)
 * are posted to every worker; a worker takes the next one by counting up the number
 * shared by the pool, loads each file, takes each document from the cache or extracts it
 * (and caches it), and posts back only the documents' graph deltas, so the main thread
 * neither reads, decodes nor copies texts and extractions. A document task
 * (ExtractionPool.extract) posts back the full ExtractionResult. A document whose
 * extraction throws comes back as an error record; the worker lives on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractSafely } from '../api.js';
import { BUILD_WRITE_BATCH, ExtractionCache } from './cache.js';
import { DeltaEncoder, encodeOutcomes } from './delta-codec.js';
import { processFile, type DocumentOutcome, type FileTask } from './process-file.js';
import { CLAIM_NEXT, claimSlot, type WorkerReply, type WorkerSetup, type WorkerTask } from './worker-protocol.js';

if (!parentPort) throw new Error('geokg/workers: extract-worker must run in a worker thread');
const port = parentPort;
const setup = workerData as WorkerSetup;
const context = {
  catalog: setup.catalog,
  limits: setup.limits,
  cache: setup.cacheFolder === undefined ? undefined : new ExtractionCache({ folder: setup.cacheFolder, writeBatch: BUILD_WRITE_BATCH }),
  force: setup.force,
};

function fileOutcomes(file: FileTask): DocumentOutcome[] {
  try {
    return processFile(file, context);
  } catch (err) {
    // processFile turns every known failure into an outcome; this is a bug, and it must not stop the build
    return [{ ok: false, path: file.path, error: `extraction failed: ${(err as Error).message}` }];
  }
}

const encoder = new DeltaEncoder();
/** Batches posted and not yet taken by anyone, by number. */
const posted = new Map<number, FileTask[]>();
/** The batch this worker has taken and waits for or works on. */
let taken = -1;

function takeNext(): void {
  taken = Atomics.add(setup.claims, CLAIM_NEXT, 1);
  Atomics.store(setup.claims, claimSlot(setup.index), taken);
  // the batches before it are someone else's
  for (const seq of posted.keys()) if (seq < taken) posted.delete(seq);
}

/**
 * Commits the cache entries this worker holds back (the cache writes them in batches); if
 * that fails, the warning goes with the first document of the batch that can carry one.
 */
function flushCache(outcomes: DocumentOutcome[][]): void {
  const warning = context.cache?.flush();
  if (!warning) return;
  for (const o of outcomes.flat()) {
    if (!o.ok) continue;
    o.cacheWarning ??= warning;
    return;
  }
}

/**
 * Works through taken batches as long as they have arrived. When the next one has not, the
 * worker commits its held cache entries before it answers: the last batch of a build is
 * answered only once every entry is in the database, so closing the pool loses none.
 */
function work(): void {
  let files = posted.get(taken);
  while (files) {
    posted.delete(taken);
    const batch = taken;
    const outcomes = files.map(fileOutcomes);
    takeNext();
    files = posted.get(taken);
    if (!files) flushCache(outcomes);
    port.postMessage({ batch, ...encodeOutcomes(encoder, outcomes) } satisfies WorkerReply);
  }
}

takeNext();
port.postMessage({ ready: true } satisfies WorkerReply);
port.on('message', (task: WorkerTask) => {
  if ('batch' in task) {
    if (task.batch >= taken) posted.set(task.batch, task.files);
    work();
  } else {
    port.postMessage({ id: task.id, result: extractSafely(task.document, setup.catalog, setup.limits) } satisfies WorkerReply);
  }
});
