/**
 * Atomic file output: write to a temporary sibling, fsync, then rename over the target.
 * Several files that belong together are staged first and renamed together (commitStaged).
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * Writes chunks (strings or bytes) to a temporary sibling of `file` and returns its path.
 * Chunks are buffered up to 1 MiB so a large output never has to be one string.
 */
export function stageChunks(file: string, chunks: Iterable<string | Uint8Array>): string {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const CHUNK = 1 << 20;
  try {
    const fd = openSync(tmp, 'w');
    try {
      let buffer = '';
      for (const chunk of chunks) {
        if (typeof chunk !== 'string') {
          if (buffer) { writeSync(fd, buffer); buffer = ''; }
          writeSync(fd, chunk);
          continue;
        }
        buffer += chunk;
        if (buffer.length >= CHUNK) { writeSync(fd, buffer); buffer = ''; }
      }
      if (buffer) writeSync(fd, buffer);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return tmp;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes `data` to a temporary sibling of `file` and returns its path, for commitStaged(). */
export function stageFile(file: string, data: string | Uint8Array): string {
  return stageChunks(file, [data]);
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  commitStaged([[stageFile(file, data), file]]);
}

/**
 * Renames staged files over their targets, after checking that every target can be
 * replaced (a folder in the way fails before any file is replaced). On failure the
 * staged files are removed.
 */
export function commitStaged(staged: Array<[tmp: string, file: string]>): void {
  try {
    for (const [, file] of staged) {
      if (existsSync(file) && statSync(file).isDirectory()) throw new Error(`geokg/output: cannot replace ${file}: it is a folder`);
    }
    for (const [tmp, file] of staged) renameSync(tmp, file);
  } catch (err) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw err;
  }
}
