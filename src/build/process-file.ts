/**
 * Everything `geokg build` does for one corpus file before aggregation: read and decode
 * it, and for each of its documents take the extraction from the cache or extract it
 * (storing it in the cache), then reduce it to its graph delta. Worker threads run this
 * whole step, so the thread that aggregates receives only compact deltas in corpus order;
 * with one job it runs in that thread. A document that fails becomes an error outcome
 * naming its file; the others still come out.
 */
import { extractSafely } from '../api.js';
import { loadDocumentFile } from '../corpus/load.js';
import type { CatalogView } from '../entities/gazetteer.js';
import { documentDelta, type DocumentDelta } from '../graph/delta.js';
import type { ExtractionLimits } from '../limits.js';
import { isExtractionError, type DocumentInfo, type Extraction, type SourceDocument } from '../model.js';
import { entryKey, type ExtractionCache } from './cache.js';

/** A corpus file found by the walk. */
export interface FileTask {
  path: string;
}

export type DocumentOutcome =
  /** The file, or a record in it, could not be loaded. */
  | { ok: false; path: string; line?: number; error: string }
  | {
    ok: true;
    path: string;
    /** Problems that did not stop the document (a date that does not parse). */
    warnings?: string[];
    fromCache: boolean;
    /** Set when extraction failed; there is no delta then. */
    error?: string;
    delta?: DocumentDelta;
    /** The cache entry could not be written. */
    cacheWarning?: string;
  };

export interface ProcessContext {
  catalog: CatalogView;
  limits?: Partial<ExtractionLimits>;
  /** No cache: extract every document and store nothing (the extraction benchmark). */
  cache?: ExtractionCache;
  /** Extract again even when the cache has the document (the entry is refreshed). */
  force?: boolean;
}

/** As the build describes a document: the text may have moved or been copied since it was cached. */
function documentInfo(doc: SourceDocument): DocumentInfo {
  return { id: doc.id, path: doc.path, title: doc.title, date: doc.date, source: doc.source, url: doc.url ?? null };
}

function processDocument(doc: SourceDocument, context: ProcessContext): DocumentOutcome & { ok: true } {
  let extraction: Extraction;
  let fromCache = false;
  let cacheWarning: string | null = null;
  // (the key hashes the document's metadata: worked out once for the lookup and the store)
  const key = context.cache ? entryKey(doc) : '';
  const cached = context.force || !context.cache ? undefined : context.cache.get(doc, key);
  if (cached) {
    extraction = cached;
    fromCache = true;
  } else {
    const result = extractSafely(doc, context.catalog, context.limits);
    if (isExtractionError(result)) return { ok: true, path: doc.path, fromCache, error: result.error };
    extraction = result;
    cacheWarning = context.cache?.set(doc, result, key) ?? null;
  }
  let delta: DocumentDelta;
  try {
    delta = documentDelta({ ...extraction, document: documentInfo(doc) });
  } catch (err) {
    return { ok: true, path: doc.path, fromCache, error: (err as Error).message };
  }
  const outcome: DocumentOutcome & { ok: true } = { ok: true, path: doc.path, fromCache, delta };
  if (cacheWarning) outcome.cacheWarning = cacheWarning;
  return outcome;
}

/** Loads one corpus file and works out each of its documents, in file order. */
export function processFile(task: FileTask, context: ProcessContext): DocumentOutcome[] {
  return loadDocumentFile(task.path).map((loaded): DocumentOutcome => {
    if (!loaded.ok) return loaded.line === undefined ? { ok: false, path: loaded.path, error: loaded.error } : { ok: false, path: loaded.path, line: loaded.line, error: loaded.error };
    const outcome = processDocument(loaded.document, context);
    if (loaded.warnings?.length) outcome.warnings = loaded.warnings;
    return outcome;
  });
}
