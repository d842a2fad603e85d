/** The extraction limits are options of the CLI: a document over a limit is an error record, the others come out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'geokg-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function geokg(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
}

describe('limit options', () => {
  it('refuses a document with more entities than --max-entities, and extracts the rest (exit 3)', () => {
    writeFileSync(join(dir, 'many.txt'), 'Russia attacked Ukraine. Japan met China. France criticized Iran.\n');
    writeFileSync(join(dir, 'few.txt'), 'Russia attacked Ukraine.\n');
    const run = geokg('extract', dir, '--jsonl', '--max-entities', '3');
    expect(run.status).toBe(3);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const many = lines.find((l) => l.document.path.endsWith('many.txt'));
    const few = lines.find((l) => l.document.path.endsWith('few.txt'));
    expect(many.error).toMatch(/maxEntities exceeded: \d+ \(limit 3\)/);
    expect(few.relations.map((r: { type: string }) => r.type)).toContain('attack');
    expect(run.stderr).toContain('many.txt');
  }, 30_000);

  it('rejects a limit that is not a positive integer as a usage error', () => {
    const run = geokg('extract', dir, '--max-sentence-tokens', '0');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/positive integer/);
  }, 30_000);
});
