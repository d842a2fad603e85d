/**
 * A document's error as one `file:line: problem` line, the file named once: the corpus
 * reader's messages ("geokg/corpus: file:line: problem") name it already.
 */
export function errorLine(path: string, line: number | undefined, error: string): string {
  const where = `${path}${line === undefined ? '' : `:${line}`}`;
  const named = error.indexOf(`${where}: `);
  return `${where}: ${named >= 0 ? error.slice(named + where.length + 2) : error}`;
}
