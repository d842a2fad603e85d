/**
 * Markdown with optional YAML front matter (title, date, source, url). The
 * front matter is removed from the text; the body keeps its Markdown as
 * written, so offsets point at what the file says. Front matter that is not
 * valid YAML makes the file an error naming the line.
 */
import { parseDocument } from 'yaml';
import { buildRecord, corpusError, type LoadedRecord, type RecordMetadata } from '../record.js';

// An opening fence on the first line, a closing "---" or "..." on a line of its own.
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_HEADING = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

export interface FrontMatter {
  /** The parsed mapping. */
  data: Record<string, unknown>;
  /** The body after the front matter. */
  body: string;
}

/** Splits off the front matter; throws with the file line of the first YAML error. */
export function splitFrontMatter(raw: string): FrontMatter {
  const m = FRONT_MATTER.exec(raw);
  if (!m) return { data: {}, body: raw };
  const block = m[1] ?? '';
  const doc = parseDocument(block, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    // Lines are counted in the file: the opening fence is line 1.
    const line = block.slice(0, error.pos[0]).split('\n').length + 1;
    throw new FrontMatterError(line, error.message.split('\n')[0]);
  }
  const data: unknown = doc.toJS();
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontMatterError(2, 'front matter is not a mapping of keys to values');
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: raw.slice(m[0].length).replace(/^\s*\n/, '') };
}

export class FrontMatterError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(`front matter is not valid YAML at line ${line}: ${reason}`);
  }
}

export function loadMarkdown(raw: string, path: string): LoadedRecord[] {
  let front: FrontMatter;
  try {
    front = splitFrontMatter(raw);
  } catch (err) {
    if (err instanceof FrontMatterError) return [corpusError(path, err.message, err.line)];
    throw err;
  }
  const { data, body } = front;
  const metadata: RecordMetadata = { title: data.title, date: data.date, source: data.source, url: data.url };
  const record = buildRecord(body, metadata, path);
  // A title line taken from the layout is a heading here: "# Title" means "Title".
  if (record.ok && record.title !== null && data.title === undefined) {
    const heading = ATX_HEADING.exec(record.title);
    if (heading) record.title = heading[1].trim();
  }
  return [record];
}
