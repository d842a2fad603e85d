/**
 * JSON corpora: a .json file holds one record or an array of records; a
 * .jsonl file holds one record a line. A record has `text` and optional
 * title, date, source and url. A broken record is an error naming the file
 * and its line; the other records still load.
 */
import { buildRecord, corpusError, type LoadedRecord } from '../record.js';

const METADATA_FIELDS = ['title', 'date', 'source', 'url'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One parsed record to a loaded record, or the reason it is not one. */
function fromValue(value: unknown, path: string, line: number | undefined, label: string): LoadedRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return corpusError(path, `${label} is ${describe(value)}, not a record object`, line);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return corpusError(path, `${label} has no "text" string (found ${describe(record.text)})`, line);
  }
  for (const field of METADATA_FIELDS) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(field === 'date' && typeof v === 'number')) {
      return corpusError(path, `${label} field "${field}" is ${describe(v)}, not a string`, line);
    }
  }
  return buildRecord(record.text.replace(/\r\n?/g, '\n'), record, path, line);
}

/** The 1-based line of a character offset, for JSON.parse messages that give only a position. */
function lineOfOffset(raw: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++;
  return line;
}

function parseErrorLine(raw: string, err: Error): number | undefined {
  const lineCol = /line (\d+) column \d+/.exec(err.message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(err.message);
  return position ? lineOfOffset(raw, Number(position[1])) : undefined;
}

export function loadJson(raw: string, path: string): LoadedRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return [corpusError(path, `invalid JSON: ${(err as Error).message}`, parseErrorLine(raw, err as Error))];
  }
  if (!Array.isArray(data)) return [fromValue(data, path, undefined, 'the record')];
  if (data.length === 0) return [corpusError(path, 'empty document: the array holds no records')];
  return data.map((value, i) => fromValue(value, path, undefined, `record ${i + 1}`));
}

export function loadJsonl(raw: string, path: string): LoadedRecord[] {
  const records: LoadedRecord[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i].trim();
    if (!source) continue;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (err) {
      records.push(corpusError(path, `invalid JSON: ${(err as Error).message}`, line));
      continue;
    }
    records.push(fromValue(value, path, line, 'the record'));
  }
  if (records.length === 0) records.push(corpusError(path, 'empty document'));
  return records;
}
