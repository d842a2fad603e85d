/**
 * Atomic file output: write to a temporary sibling, fsync, then rename over the target.
 * Several files that belong together are staged first and renamed together (commitStaged).
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let staged = 0;

/** A temporary sibling of `file`, unique across processes, worker threads and calls. */
function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${threadId}.${Date.now()}.${staged++}.tmp`);
}

const BUFFER_BYTES = 1 << 20;
/** A UTF-16 code unit is at most 3 bytes of UTF-8. */
const MAX_BYTES_PER_UNIT = 3;
/** One buffer per thread, reused from one staged file to the next. */
let spare: Buffer | null = null;

/**
 * Writes chunks (strings or bytes) to a temporary sibling of `file` and returns its path.
 * Strings are encoded into a 1 MiB buffer that is written whenever it fills, so a large
 * output never has to be one string, nor a chain of joined ones.
 */
export function stageChunks(file: string, chunks: Iterable<string | Uint8Array>): string {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = temporaryName(file);
  try {
    const fd = openSync(tmp, 'w');
    try {
      // taken while in use, so a chunk source that stages a file of its own gets another
      const buffer = spare ?? Buffer.allocUnsafe(BUFFER_BYTES);
      spare = null;
      let used = 0;
      const flush = () => {
        for (let done = 0; done < used;) done += writeSync(fd, buffer, done, used - done);
        used = 0;
      };
      for (const chunk of chunks) {
        if (typeof chunk === 'string' && chunk.length * MAX_BYTES_PER_UNIT <= BUFFER_BYTES) {
          if (used + chunk.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) flush();
          used += buffer.write(chunk, used);
        } else {
          flush();
          if (typeof chunk === 'string') writeSync(fd, chunk);
          else writeSync(fd, chunk);
        }
      }
      flush();
      spare = buffer;
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
  removeAbandoned(staged.map(([, file]) => file));
}

/** .<name>.<pid>.<thread>.<time>.<count>.tmp, as temporaryName() makes them. */
const STAGED_NAME = /^\.(.+)\.(\d+)\.\d+\.\d+\.\d+\.tmp$/;

/** Whether a process of that id runs on this machine (EPERM: it does, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary siblings of `files` that processes which have ended left behind (a
 * build killed while writing), so they do not pile up beside the outputs; each folder is
 * read once. A sibling of a running process, this one included, may still be on its way and
 * is left alone.
 */
function removeAbandoned(files: string[]): void {
  const namesByFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const names = namesByFolder.get(dirname(file)) ?? new Set<string>();
    names.add(basename(file));
    namesByFolder.set(dirname(file), names);
  }
  for (const [dir, names] of namesByFolder) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const match = STAGED_NAME.exec(entry);
      if (!match || !names.has(match[1])) continue;
      const pid = Number(match[2]);
      if (pid === process.pid || isRunning(pid)) continue;
      rmSync(join(dir, entry), { force: true });
    }
  }
}
