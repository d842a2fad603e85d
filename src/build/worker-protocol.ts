/** What the extraction pool (workers.ts) and its workers (extract-worker.ts) say to each other. */
import type { CatalogView } from '../entities/gazetteer.js';
import type { ExtractionLimits } from '../limits.js';
import type { ExtractionResult, SourceDocument } from '../model.js';
import type { OutcomesMessage } from './delta-codec.js';
import type { FileTask } from './process-file.js';

export interface WorkerSetup {
  catalog: CatalogView;
  limits?: Partial<ExtractionLimits>;
  /** The cache folder chosen by the main thread (ExtractionCache.dir); none: no cache. */
  cacheFolder?: string;
  force?: boolean;
  /** Shared with the pool: the next batch to take, then the batch each worker has taken. */
  claims: Int32Array;
  /** The worker's place in `claims`. */
  index: number;
}

export const CLAIM_NEXT = 0;
export const claimSlot = (index: number): number => CLAIM_NEXT + 1 + index;

export type WorkerTask =
  | { id: number; document: SourceDocument }
  | { batch: number; files: FileTask[] };

export type WorkerReply =
  | { ready: true }
  | { id: number; result: ExtractionResult }
  | ({ batch: number } & OutcomesMessage);
