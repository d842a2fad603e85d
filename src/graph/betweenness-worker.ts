/** The worker thread of betweenness-thread.ts: betweenness over the arrays it is given, posted back. */
import { parentPort, workerData } from 'node:worker_threads';
import { betweennessOfArrays } from './betweenness.js';
import type { BetweennessJob } from './betweenness-thread.js';

if (!parentPort) throw new Error('geokg/metrics: betweenness-worker must run in a worker thread');
const job = workerData as BetweennessJob;
const figures = betweennessOfArrays(job.starts, job.out);
parentPort.postMessage(figures, [figures.buffer]);
