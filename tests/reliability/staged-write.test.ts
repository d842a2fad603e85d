/**
 * Staged writes (util/atomic-write.ts): outputs are encoded into a buffer piece by piece
 * and written to a temporary sibling; the bytes must be exactly those of the pieces,
 * whatever their sizes and wherever a multi-byte character falls.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commitStaged, stageChunks, writeFileAtomic } from '../../src/util/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'geokg-staged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (chunks: Array<string | Uint8Array>) => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));

describe('stageChunks', () => {
  it('writes exactly the bytes of its pieces, across buffer boundaries and past the buffer size', () => {
    const MiB = 1 << 20;
    const chunks: Array<string | Uint8Array> = [
      'a'.repeat(MiB - 1), 'é€😀', // three- and four-byte characters right at the first boundary
      '€'.repeat(MiB / 2), // a piece whose UTF-8 is larger than the buffer
      new Uint8Array([0, 255, 10]), 'x'.repeat(3 * MiB), '\uD800 lone surrogate', '',
    ];
    const file = join(dir, 'big.txt');
    commitStaged([[stageChunks(file, chunks), file]]);
    expect(readFileSync(file).equals(bytesOf(chunks))).toBe(true);
  });

  it('writes exactly the bytes of any sequence of small pieces', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 60 }), (chunks) => {
      const file = join(dir, 'small.txt');
      writeFileAtomic(file, chunks.join(''));
      const streamed = join(dir, 'streamed.txt');
      commitStaged([[stageChunks(streamed, chunks), streamed]]);
      expect(readFileSync(streamed).equals(readFileSync(file))).toBe(true);
      expect(readFileSync(streamed).equals(bytesOf(chunks))).toBe(true);
    }), { numRuns: 100 });
  });

  it('gives every staged copy of a file its own temporary name', () => {
    const target = join(dir, 'same.json');
    const staged = Array.from({ length: 5 }, (_, i) => stageChunks(target, [String(i)]));
    expect(new Set(staged).size).toBe(5);
    commitStaged([[staged[4], target]]);
    for (const tmp of staged.slice(0, 4)) rmSync(tmp);
    expect(readFileSync(target, 'utf8')).toBe('4');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('commitStaged and abandoned temporary files', () => {
  it('removes the siblings that ended processes left, and keeps those of running ones and unrelated files', () => {
    const target = join(dir, 'graph.json');
    // a process that has ended: its id is free (or reused by a process that then runs, which keeps its file)
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    const tmpOf = (pid: number, n: number) => `.graph.json.${pid}.0.1795720016176.${n}.tmp`;
    const left = [tmpOf(ended, 0), tmpOf(ended, 1)];
    const live = [tmpOf(process.pid, 9), tmpOf(process.ppid, 0)];
    const unrelated = [`.evidence.jsonl.${ended}.0.1.0.tmp`, `.graph.json.${ended}.tmp`, 'graph.json.bak'];
    for (const name of [...left, ...live, ...unrelated]) writeFileSync(join(dir, name), 'x');
    commitStaged([[stageChunks(target, ['{}']), target]]);
    const present = new Set(readdirSync(dir));
    expect(left.filter((n) => present.has(n))).toEqual([]);
    expect([...live, ...unrelated].filter((n) => !present.has(n))).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('{}');
    for (const name of [...live, ...unrelated]) rmSync(join(dir, name));
  });
});
