/**
 * Betweenness in a worker thread, for a build with more than one job: by far the largest
 * of the metrics (O(V·E), seconds at 10k articles), it runs beside the evidence being
 * written. The worker runs betweenness.ts over the same arrays, so the figures are the same
 * to the bit; a worker that fails leaves the work to this thread.
 */
import type { DirectedGraph } from 'graphology';
import { startOneShotWorker } from '../util/module-worker.js';
import { adjacency, betweennessOfArrays, byNode } from './betweenness.js';

/** Below this many nodes betweenness takes less time here than starting a thread for it. */
export const BETWEENNESS_THREAD_MIN_NODES = 1000;

/** What the worker is given: an Adjacency's arrays. */
export interface BetweennessJob {
  starts: Uint32Array<ArrayBuffer>;
  out: Uint32Array<ArrayBuffer>;
}

export interface PendingBetweenness {
  /** The figures by node, once the worker is done (computed here if it failed or was cancelled). */
  result(): Promise<Record<string, number>>;
  /** Stops the worker: the figures are not wanted any more. */
  cancel(): Promise<void>;
}

/**
 * Starts the betweenness of `graph` (a simple directed graph, as hopBetweenness takes) in a
 * worker thread and returns at once; the graph may be let go meanwhile.
 */
export function startBetweenness(graph: DirectedGraph): PendingBetweenness {
  const { nodes, starts, out } = adjacency(graph);
  // the worker gets copies: these stay here for the fallback
  const job: BetweennessJob = { starts: starts.slice(), out: out.slice() };
  let cancelled = false;
  const worker = startOneShotWorker<Float64Array>(import.meta.url, 'betweenness-worker', { workerData: job, transferList: [job.starts.buffer, job.out.buffer] });
  return {
    async result() {
      const figures = await worker.result;
      await worker.terminate();
      return byNode(nodes, !cancelled && figures?.length === nodes.length ? figures : betweennessOfArrays(starts, out));
    },
    async cancel() {
      cancelled = true;
      await worker.terminate();
    },
  };
}
