import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { outputPaths, registerExport } from '../../../src/cli/commands/export.js';
import { CliError, EXIT } from '../../../src/cli/exit-codes.js';
import { writeCsv } from '../../../src/formats/csv.js';
import { writeGexf } from '../../../src/formats/gexf.js';
import { SMALL_FIXTURE, loadSmallGraph } from '../../formats/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'geokg-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command('geokg').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerExport(program);
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
  await program.parseAsync(['node', 'geokg', 'export', ...args]);
  vi.restoreAllMocks();
  return { stdout, stderr };
}

describe('geokg export', () => {
  it('writes GEXF to a file, atomically, in the chosen dialect', async () => {
    const out = join(dir, 'graph.gexf');
    await run('--format', 'gexf', '--in', SMALL_FIXTURE, '-o', out, '--gexf-version', '1.2draft');
    expect(readFileSync(out, 'utf8')).toBe(writeGexf(loadSmallGraph(), { version: '1.2draft' }));
  });

  it('prints to stdout without -o', async () => {
    const { stdout } = await run('--format', 'graphml', '--in', SMALL_FIXTURE);
    expect(stdout).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  });

  it('writes the CSV edge table to -o and the node table beside it', async () => {
    const out = join(dir, 'relations.csv');
    await run('--format', 'csv', '--in', SMALL_FIXTURE, '-o', out);
    const { nodes, edges } = writeCsv(loadSmallGraph());
    expect(readFileSync(out, 'utf8')).toBe(edges);
    expect(readFileSync(join(dir, 'relations.nodes.csv'), 'utf8')).toBe(nodes);
  });

  it('refuses an unknown format as a usage error', async () => {
    const error = await run('--format', 'dot', '--in', SMALL_FIXTURE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).code).toBe('commander.invalidArgument');
  });

  it('fails with exit code 1 when the input cannot be read', async () => {
    const missing = join(dir, 'missing.json');
    const error = await run('--format', 'json', '--in', missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.FAILURE);
    expect((error as CliError).message).toContain(missing);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const parseError = await run('--format', 'json', '--in', broken).catch((e: unknown) => e);
    expect((parseError as CliError).exitCode).toBe(EXIT.FAILURE);
    expect((parseError as CliError).message).toMatch(/is not JSON/);
  });
});

describe('outputPaths', () => {
  it('puts the main file at -o and derives the others from its base name', () => {
    const files = [{ suffix: '.csv', content: '' }, { suffix: '.nodes.csv', content: '' }];
    expect(outputPaths('out/graph.csv', files)).toEqual(['out/graph.csv', 'out/graph.nodes.csv']);
    expect(outputPaths('edges', files)).toEqual(['edges', 'edges.nodes.csv']);
  });
});
