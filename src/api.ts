/**
 * The library's extraction API: the same behaviour as `geokg extract`. Documents stream
 * from disk one at a time; a document that cannot be read or extracted yields an error
 * record naming its file, and the others still come out.
 */
import type { ExtractionResult, SourceDocument } from './model.js';
import { loadCatalog, type Catalog } from './entities/catalog/load.js';
import { loadCorpus, documentId, type LoadOptions } from './corpus/load.js';
import { extractDocument } from './pipeline.js';
import { parseDateline } from './corpus/wire.js';
import type { CatalogView } from './entities/gazetteer.js';
import type { ExtractionLimits } from './limits.js';

export interface ExtractApiOptions extends LoadOptions {
  /** User catalog files (`--catalog FILE`). */
  catalogFiles?: string[];
  /** A corpus folder whose catalog.json is picked up. */
  corpusDir?: string;
  /** A catalog already loaded (overrides catalogFiles/corpusDir). */
  catalog?: CatalogView;
  limits?: Partial<ExtractionLimits>;
}

/** The catalog of an extraction: packaged entries, the catalog.json of each corpus folder (`paths`, then corpusDir), then catalogFiles. */
export function catalogFor(options: ExtractApiOptions = {}, paths: string[] = []): CatalogView {
  const corpus = options.corpusDir === undefined ? paths : [...paths, options.corpusDir];
  return options.catalog ?? loadCatalog({ files: options.catalogFiles, corpus });
}

function checkPaths(paths: unknown): string[] {
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) {
    throw new TypeError(`geokg/api: extract takes an array of file or folder paths, got ${JSON.stringify(paths) ?? String(paths)}`);
  }
  return paths;
}

/** A document's date, as SourceDocument has it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Extract every document under `paths` (files or folders, read recursively). */
export async function* extract(paths: string[], options: ExtractApiOptions = {}): AsyncGenerator<ExtractionResult> {
  const catalog = catalogFor(options, checkPaths(paths));
  for await (const loaded of loadCorpus(paths, options)) {
    if (!loaded.ok) {
      // (the reader's message names the file and the line)
      yield { document: { path: loaded.path }, error: loaded.error };
      continue;
    }
    yield extractSafely(loaded.document, catalog, options.limits);
  }
}

export function extractSafely(doc: SourceDocument, catalog: CatalogView, limits?: Partial<ExtractionLimits>): ExtractionResult {
  try {
    return extractDocument(doc, { catalog, limits });
  } catch (err) {
    return { document: { id: doc.id, path: doc.path, title: doc.title, date: doc.date, source: doc.source }, error: `extraction failed: ${(err as Error).message}` };
  }
}

/** Extract from a string: for scripts and tests that hold the text already. */
export function extractText(text: string, meta: Partial<Omit<SourceDocument, 'text'>> = {}, options: ExtractApiOptions = {}): ExtractionResult {
  if (typeof text !== 'string') throw new TypeError(`geokg/api: extractText takes the text as a string, got ${typeof text}`);
  if (meta.date != null && (typeof meta.date !== 'string' || !ISO_DATE.test(meta.date))) {
    throw new TypeError(`geokg/api: date must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(meta.date)}`);
  }
  const doc: SourceDocument = {
    id: meta.id ?? documentId(text), path: meta.path ?? '<text>', title: meta.title ?? null, date: meta.date ?? null,
    // (a text that opens with a dateline names its place as a file's would: "KABUL (AP) - ...")
    source: meta.source ?? null, url: meta.url ?? null, place: meta.place ?? parseDateline(text)?.place ?? null, bodyStart: meta.bodyStart ?? 0, text,
  };
  return extractSafely(doc, catalogFor(options), options.limits);
}

export type { Catalog };
