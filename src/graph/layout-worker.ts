/**
 * The worker thread of layout-thread.ts: ForceAtlas2's iterations over the matrices it is
 * given (graphology-layout-forceatlas2's own iterate, as its web worker runs it), posting
 * the node matrix back.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ForceAtlas2Job, Iterate } from './layout-thread.js';

if (!parentPort) throw new Error('geokg/layout: layout-worker must run in a worker thread');
const iterate = createRequire(import.meta.url)('graphology-layout-forceatlas2/iterate.js') as Iterate;
const job = workerData as ForceAtlas2Job;
for (let i = 0; i < job.iterations; i++) iterate(job.settings, job.nodes, job.edges);
parentPort.postMessage(job.nodes, [job.nodes.buffer]);
