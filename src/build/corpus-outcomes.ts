/**
 * The extraction stage of `geokg build` as one stream: the corpus walk, cut into small
 * batches of files, processed in worker threads (or in this thread with one job), and
 * every document's outcome in corpus order. Batches cut the main thread's work per file
 * (a message, a promise, a wake-up) by the batch size; they stay small so that work is
 * still done in about corpus order.
 */
import { walkCorpusSync, type WalkEntry, type WalkOptions } from '../corpus/walk.js';
import { processFile, type DocumentOutcome, type ProcessContext } from './process-file.js';
import type { ExtractionPool } from './workers.js';

/**
 * A batch closes at this many files or bytes, whichever comes first. A worker takes one
 * batch at a time, so a stalled worker holds up only a few files.
 */
export const FILES_PER_BATCH = 4;
export const BYTES_PER_BATCH = 64 * 1024;
/** About one article: how file sizes are turned into work. */
const BYTES_PER_UNIT = 4096;
/** Work in flight per job, in articles, beside the oldest batch's own. */
export const UNITS_IN_FLIGHT_PER_JOB = 8;

/** The work in a batch, in about articles: a JSON lines file of fifty weighs about fifty. */
function weightOf(batch: WalkEntry[]): number {
  let units = 0;
  for (const entry of batch) units += entry.ok ? Math.max(1, Math.round(entry.size / BYTES_PER_UNIT)) : 1;
  return units;
}

/**
 * Maps batches through `fn`, yielding results in input order, with up to `limit(w)` work
 * in flight when the oldest batch weighs w. Results are taken in order, so while a worker
 * spends long on one big batch the others may run ahead by about as much, and no further
 * (a build killed half way has cached about a prefix of the corpus).
 */
async function* inOrder<R>(source: Iterable<WalkEntry[]>, fn: (batch: WalkEntry[]) => R | Promise<R>, limit: (oldest: number) => number): AsyncGenerator<R> {
  const queue: Array<{ result: Promise<R>; weight: number }> = [];
  let inFlight = 0;
  for (const batch of source) {
    const weight = weightOf(batch);
    queue.push({ result: Promise.resolve(fn(batch)), weight });
    inFlight += weight;
    while (queue.length && inFlight >= limit(queue[0].weight)) {
      const head = queue.shift()!;
      inFlight -= head.weight;
      yield await head.result;
    }
  }
  while (queue.length) yield await queue.shift()!.result;
}

/** Consecutive walk entries, cut into batches (the walk is synchronous: see walkCorpusSync). */
export function* batches(entries: Iterable<WalkEntry>, maxFiles = FILES_PER_BATCH, maxBytes = BYTES_PER_BATCH): Generator<WalkEntry[]> {
  let batch: WalkEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    batch.push(entry);
    if (entry.ok) bytes += entry.size;
    if (batch.length >= maxFiles || bytes >= maxBytes) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) yield batch;
}

/** A walk entry that is not a file to read: its error, as the file's only outcome. */
function walkFailure(entry: WalkEntry & { ok: false }): DocumentOutcome[] {
  return [{ ok: false, path: entry.path, error: entry.error }];
}

async function inPool(pool: ExtractionPool, batch: WalkEntry[]): Promise<DocumentOutcome[][]> {
  const files = batch.flatMap((entry) => (entry.ok ? [{ path: entry.path }] : []));
  const results = files.length ? await pool.processFiles(files) : [];
  let next = 0;
  return batch.map((entry) => (entry.ok ? results[next++] : walkFailure(entry)));
}

/**
 * Every document outcome of the corpus in corpus order, files processed by `pool`, or in
 * this thread with `context` when there is no pool. A file that cannot be read or a
 * record that cannot be loaded is an error outcome naming it (and its line).
 */
export async function* corpusOutcomes(corpus: string[], run: { pool: ExtractionPool } | { context: ProcessContext }, walk: WalkOptions = {}): AsyncGenerator<DocumentOutcome> {
  const start = 'pool' in run
    ? (batch: WalkEntry[]) => inPool(run.pool, batch)
    : (batch: WalkEntry[]) => batch.map((entry) => (entry.ok ? processFile({ path: entry.path }, run.context) : walkFailure(entry)));
  const base = 'pool' in run ? run.pool.jobs * UNITS_IN_FLIGHT_PER_JOB : 0;
  const limit = 'pool' in run ? (oldest: number) => base + 2 * oldest : () => 0;
  for await (const files of inOrder(batches(walkCorpusSync(corpus, walk)), start, limit)) {
    for (const outcomes of files) yield* outcomes;
  }
}
