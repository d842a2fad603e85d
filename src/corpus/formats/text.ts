/** Plain text: the whole file is the document; its wire layout gives title, date, source and place. */
import { buildRecord, type LoadedRecord } from '../record.js';

export function loadText(raw: string, path: string): LoadedRecord[] {
  return [buildRecord(raw, {}, path)];
}
