/**
 * Where a document's actors can be: not in the date line, the byline or the dateline
 * ("WASHINGTON, March 13 (Yonhap) --"), which name places and agencies, not actors.
 */
import type { SourceDocument } from '../model.js';
import { parseDateline } from '../corpus/wire.js';

// place, optional ", Month Day", optional "(Agency)", then a dash
const DATELINE_RE = /^(\p{Lu}[\p{Lu}\p{M} .'’]{1,40}?)(?:,\s*[\p{L}.]+\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s+(?:--|—|–|-)\s+/u;

export interface Layout {
  /** Character ranges that hold no actors. */
  skip: Array<[number, number]>;
  /** Where the article body starts (after the dateline). */
  bodyStart: number;
}

export function documentLayout(doc: Pick<SourceDocument, 'text' | 'title' | 'bodyStart' | 'place'>): Layout {
  const start = doc.bodyStart ?? 0;
  const skip: Array<[number, number]> = [];
  let bodyStart = start;
  if (start > 0) {
    // keep the title line, skip what lies between it and the body (date line, byline)
    const titleAt = doc.title ? doc.text.indexOf(doc.title) : -1;
    const from = titleAt >= 0 && titleAt < start ? titleAt + doc.title!.length : 0;
    skip.push([from, start]);
  }
  const head = doc.text.slice(start, start + 160);
  const wire = parseDateline(head);
  const m = wire ? null : DATELINE_RE.exec(head);
  const length = wire?.length ?? (m && (!doc.place || m[1].trim().toUpperCase() === doc.place.toUpperCase() || m[0].includes('(')) ? m[0].length : 0);
  if (length > 0) {
    bodyStart = start + length;
    skip.push([start, bodyStart]);
  }
  return { skip, bodyStart };
}
