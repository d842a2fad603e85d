/** Atomic file output: write to a temporary sibling, fsync, then rename over the target. */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes `data` to a temporary sibling of `file` and returns its path, for commitStaged(). */
export function stageFile(file: string, data: string | Uint8Array): string {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
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

/**
 * Renames staged files over their targets, after checking that every target can be
 * replaced (a folder in the way fails before any file is replaced).
 */
export function commitStaged(staged: Array<[tmp: string, file: string]>): void {
  for (const [, file] of staged) {
    if (existsSync(file) && statSync(file).isDirectory()) throw new Error(`geokg/output: cannot replace ${file}: it is a folder`);
  }
  for (const [tmp, file] of staged) renameSync(tmp, file);
}
