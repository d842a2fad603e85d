/**
 * `geokg extract corpus | head`: the reader closes the pipe after the first bytes, and the
 * command must end quietly, not with an unhandled EPIPE and a stack trace.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../reliability/helpers.js';

const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const CLI = join(ROOT, 'src', 'cli', 'main.ts');

/** Runs geokg ARGS, closes its stdout once the first bytes arrive, and returns how it ended. */
function runUntilFirstBytes(args: string[]): Promise<{ code: number | null; stderr: string; bytes: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let bytes = 0;
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', (chunk: Buffer) => {
      bytes = chunk.length;
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, stderr, bytes }));
  });
}

describe('a reader that closes the pipe early', () => {
  it('ends extract quietly with exit code 0', async () => {
    const run = await runUntilFirstBytes(['extract', join(ROOT, 'corpus')]);
    expect(run.bytes).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
    expect(run.code).toBe(0);
  }, 60_000);
});
