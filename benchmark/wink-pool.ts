/**
 * The baseline's own scaling: wink-nlp readDoc in a pool of worker threads, each loading
 * its files from disk and reading them, as geokg's extraction pool does. Files are handed
 * out as geokg's are, by counting up one shared number, so that the next file goes to
 * whichever worker is free. It shows what this machine gives a JS NLP library for a second
 * worker, beside what geokg gets.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadDocumentFile } from '../dist/corpus/load.js';
import { walkCorpus } from '../dist/corpus/walk.js';
import { startModuleWorker } from '../dist/util/module-worker.js';
import { winkReadDoc } from './generate.js';
import { threadCpuS, threadShares, type ThreadShares } from './threads.js';

interface PoolData {
  files: string[];
  /** One Int32: the next file to take. */
  next: SharedArrayBuffer;
}

type FromWorker = { ready: true } | { documents: number };

/**
 * Reads every file of `dir` with readDoc in `jobs` workers; the workers are up (model
 * loaded) before the clock starts. With the time, the CPU each kind of thread took (Linux).
 */
export async function winkPool(dir: string, jobs: number): Promise<{ ms: number; documents: number; threads?: ThreadShares }> {
  const files: string[] = [];
  for await (const entry of walkCorpus([dir])) if (entry.ok) files.push(entry.path);
  const data: PoolData = { files, next: new SharedArrayBuffer(4) };
  // this file is the workers' module too
  const workers = Array.from({ length: jobs }, () => startModuleWorker(import.meta.url, 'wink-pool', { workerData: data }));
  const replies = workers.map((w) => {
    const ready = new Promise<void>((resolve, reject) => { w.once('message', () => resolve()); w.once('error', reject); });
    const done = ready.then(() => new Promise<number>((resolve, reject) => { w.once('message', (m: FromWorker) => resolve('documents' in m ? m.documents : 0)); w.once('error', reject); }));
    return { ready, done };
  });
  await Promise.all(replies.map((r) => r.ready));
  const cpuBefore = threadCpuS();
  const started = performance.now();
  for (const w of workers) w.postMessage('go');
  const counts = await Promise.all(replies.map((r) => r.done));
  const ms = performance.now() - started;
  const cpuAfter = threadCpuS(); // before the workers end and their threads with them
  await Promise.all(workers.map((w) => w.terminate()));
  const threads = cpuBefore && cpuAfter ? threadShares(cpuBefore, cpuAfter, jobs) : undefined;
  return { ms, documents: counts.reduce((a, b) => a + b, 0), threads };
}

if (!isMainThread && parentPort && (workerData as PoolData | undefined)?.next) {
  const { files, next } = workerData as PoolData;
  const port = parentPort;
  const claims = new Int32Array(next);
  const readDoc = winkReadDoc();
  readDoc('Japan and China held talks.');
  port.once('message', () => {
    let documents = 0;
    for (let i = Atomics.add(claims, 0, 1); i < files.length; i = Atomics.add(claims, 0, 1)) {
      for (const r of loadDocumentFile(files[i])) if (r.ok) { readDoc(r.document.text); documents++; }
    }
    port.postMessage({ documents } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
