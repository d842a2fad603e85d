import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGoldDir, registerEval } from '../../../src/cli/commands/eval.js';
import { CliError, EXIT } from '../../../src/cli/exit-codes.js';
import { RELATION_TYPES } from '../../../src/model.js';

const GOLD = fileURLToPath(new URL('../../gold', import.meta.url));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<string> {
  const program = new Command('geokg').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerEval(program);
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
  await program.parseAsync(['node', 'geokg', 'eval', ...args]);
  vi.restoreAllMocks();
  return stdout;
}

describe('geokg eval', () => {
  it('--set keeps the gold files of the named sets only', () => {
    const d = loadGoldDir(GOLD, ['d']);
    expect(d.length).toBe(20);
    expect(d.every(({ gold }) => gold.document.startsWith('d-'))).toBe(true);
    expect(loadGoldDir(GOLD, ['a', 'c']).map(({ gold }) => gold.document[0])).toEqual([...Array(20).fill('a'), ...Array(20).fill('c')]);
  });

  it('an unknown set is a usage error naming the set and the folder', () => {
    try {
      loadGoldDir(GOLD, ['zz']);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(EXIT.USAGE);
      expect((err as Error).message).toContain('set zz');
    }
  });

  it('prints per-type counts whose sums are the overall precision and recall of the chosen set', async () => {
    const report = JSON.parse(await run(GOLD, '--set', 'b', '--json')) as { documents: number; precision: number; recall: number; perType: Record<string, { tp: number; fp: number; fn: number }> };
    expect(report.documents).toBe(20);
    let tp = 0, fp = 0, fn = 0;
    for (const t of RELATION_TYPES) { tp += report.perType[t].tp; fp += report.perType[t].fp; fn += report.perType[t].fn; }
    expect(report.precision).toBeCloseTo(tp / (tp + fp), 6);
    expect(report.recall).toBeCloseTo(tp / (tp + fn), 6);
    const text = await run(GOLD, '--set', 'b');
    expect(text).toMatch(/overall: F1=0\.\d{3} P=0\.\d{3} R=0\.\d{3} traps=\d+ documents=20/);
  });
});
