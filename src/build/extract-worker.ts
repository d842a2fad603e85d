/**
 * The extraction worker of `geokg build --jobs N`: receives documents, extracts them with
 * the catalog it was started with, and posts back one ExtractionResult per document. A
 * document whose extraction throws comes back as an error record; the worker lives on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractSafely } from '../api.js';
import type { CatalogView } from '../entities/gazetteer.js';
import type { ExtractionLimits } from '../limits.js';
import type { SourceDocument } from '../model.js';

export interface WorkerSetup {
  catalog: CatalogView;
  limits?: Partial<ExtractionLimits>;
}

export interface WorkerTask {
  id: number;
  document: SourceDocument;
}

if (!parentPort) throw new Error('geokg/workers: extract-worker must run in a worker thread');
const port = parentPort;
const { catalog, limits } = workerData as WorkerSetup;

port.on('message', (task: WorkerTask) => {
  port.postMessage({ id: task.id, result: extractSafely(task.document, catalog, limits) });
});
