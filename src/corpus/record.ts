/**
 * What a format module makes of one file: records of text plus metadata, or
 * errors for the parts it could not read. The loader turns records into
 * SourceDocuments (id, path); format modules stay pure and path-agnostic
 * except for naming the file in messages.
 */
import { normaliseMetadataDate, parseYear } from './dates.js';
import { recognizeWireLayout } from './wire.js';

export interface LoadedDocumentRecord {
  ok: true;
  text: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  place: string | null;
  bodyStart: number;
  /** Problems that did not stop the record (an unparseable date). */
  warnings: string[];
  /** 1-based line of the record in a JSONL file. */
  line?: number;
}

export interface LoadedErrorRecord {
  ok: false;
  error: string;
  line?: number;
}

export type LoadedRecord = LoadedDocumentRecord | LoadedErrorRecord;

/** Metadata a format read beside the text (front matter, HTML meta, JSON fields). */
export interface RecordMetadata {
  title?: unknown;
  date?: unknown;
  source?: unknown;
  url?: unknown;
}

export function corpusError(path: string, message: string, line?: number): LoadedErrorRecord {
  if (line === undefined) return { ok: false, error: `geokg/corpus: ${path}: ${message}` };
  return { ok: false, error: `geokg/corpus: ${path}:${line}: ${message}`, line };
}

function metadataString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ') || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/**
 * Builds a record from text and metadata. The wire layout of the text supplies
 * whatever the metadata leaves out; explicit metadata wins where both speak.
 */
export function buildRecord(text: string, metadata: RecordMetadata, path: string, line?: number): LoadedRecord {
  const warnings: string[] = [];
  const { date: metaDate, unparsed } = normaliseMetadataDate(metadata.date);
  const metaYear = parseYear(metadata.date);
  if (unparsed !== null && metaYear === null) {
    warnings.push(`geokg/corpus: ${line === undefined ? path : `${path}:${line}`}: date "${unparsed}" does not parse; the document has no date`);
  }
  const title = metadataString(metadata.title);
  const layout = recognizeWireLayout(text, { title, year: metaYear ?? (metaDate ? Number(metaDate.slice(0, 4)) : null) });
  if (!layout.text.trim()) return corpusError(path, 'empty document', line);
  const record: LoadedDocumentRecord = {
    ok: true,
    text: layout.text,
    title: title ?? layout.title,
    date: metaDate ?? layout.date,
    source: metadataString(metadata.source) ?? layout.source,
    url: metadataString(metadata.url),
    place: layout.place,
    bodyStart: layout.bodyStart,
    warnings,
  };
  if (line !== undefined) record.line = line;
  return record;
}
