import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerPath, runPath } from '../../src/cli/commands/path.js';
import type { CommandOutput, PathJson } from '../../src/cli/commands/path.js';
import { registerNeighbors } from '../../src/cli/commands/neighbors.js';
import { CliError, EXIT } from '../../src/cli/exit-codes.js';
import { readGraphFile } from '../../src/graph/io.js';
import { findPaths } from '../../src/paths/find-paths.js';
import { formatPath, hopArrow, pathLine, truncateText } from '../../src/paths/format.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/graphs/paths-sample.json', import.meta.url));

interface Run {
  stdout: string;
  stderr: string;
  error: unknown;
}

/** Runs `geokg <args>` on a program with only the path and neighbors commands, capturing output. */
async function run(...args: string[]): Promise<Run> {
  const program = new Command('geokg').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerPath(program);
  registerNeighbors(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  let error: unknown = null;
  try {
    await program.parseAsync(['node', 'geokg', ...args]);
  } catch (e) {
    error = e;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr, error };
}

function exitCodeOf(error: unknown): number | null {
  return error instanceof CliError ? error.exitCode : null;
}

afterEach(() => vi.restoreAllMocks());

describe('geokg path', () => {
  it('prints the paths with arrows, one hop a line with its evidence', async () => {
    const { stdout, error } = await run('path', 'John Kerry', 'North Korea', '--k', '5', '--graph', FIXTURE);
    expect(error).toBeNull();
    expect(stdout).toContain('John Kerry -[affiliation]-> United States -[alliance]- South Korea <-[threat]- North Korea');
    expect(stdout).toMatch(/^1\. /);
    expect(stdout).toMatch(/\n5\. /);
    expect(stdout).not.toMatch(/\n6\. /);
    expect(stdout).toContain('      "Washington called South Korea a linchpin ally');
    expect(stdout).toContain('(Kerry reaffirms nuclear umbrella over Seoul and Tokyo, 2014-03-14)');
  });

  it('prints { source, target, options, paths } with --json', async () => {
    const { stdout, error } = await run(
      'path', 'kerry', 'pyongyang', '--json', '--weighted', '--k', '2', '--types', 'affiliation, alliance,threat', '--graph', FIXTURE,
    );
    expect(error).toBeNull();
    const json = JSON.parse(stdout) as PathJson;
    expect(json.source).toBe('john-kerry');
    expect(json.target).toBe('PRK');
    expect(json.options).toEqual({
      k: 2, types: ['affiliation', 'alliance', 'threat'], excludeTypes: [], directed: false, maxHops: 6, modality: 'asserted', weighted: true,
    });
    const graph = readGraphFile(FIXTURE);
    expect(json.paths).toEqual(findPaths(graph, 'john-kerry', 'PRK', { ...json.options, types: json.options.types! }));
    expect(json.paths[0].nodes).toEqual(['john-kerry', 'USA', 'KOR', 'PRK']);
  });

  it('passes --directed, --exclude-types, --max-hops and --modality through', async () => {
    const directed = await run('path', 'USA', 'PRK', '--directed', '--graph', FIXTURE);
    expect(exitCodeOf(directed.error)).toBe(EXIT.FAILURE);
    const hypothetical = await run('path', 'USA', 'PRK', '--modality', 'all', '--max-hops', '1', '--json', '--graph', FIXTURE);
    expect(JSON.parse(hypothetical.stdout).paths[0].hops[0].modality).toBe('hypothetical');
    const noThreat = await run('path', 'USA', 'PRK', '--exclude-types', 'threat', '--graph', FIXTURE);
    expect(exitCodeOf(noThreat.error)).toBe(EXIT.FAILURE);
  });

  it('fails with exit code 2 and suggestions on an unknown name', async () => {
    const { error } = await run('path', 'Jon Kery', 'North Korea', '--graph', FIXTURE);
    expect(exitCodeOf(error)).toBe(EXIT.USAGE);
    expect((error as Error).message).toMatch(/no entity named "Jon Kery".*did you mean John Kerry \(john-kerry\)/);
  });

  it('fails with exit code 2 on bad options, naming the value', async () => {
    const types = await run('path', 'USA', 'KOR', '--types', 'alliances', '--graph', FIXTURE);
    expect(exitCodeOf(types.error)).toBe(EXIT.USAGE);
    expect((types.error as Error).message).toContain('unknown relation type "alliances"');
    const empty = await run('path', 'USA', 'KOR', '--types', ',', '--graph', FIXTURE);
    expect(exitCodeOf(empty.error)).toBe(EXIT.USAGE);
    expect((empty.error as Error).message).toContain('types must name at least one relation type');
    const k = await run('path', 'USA', 'KOR', '--k', '0', '--graph', FIXTURE);
    expect(exitCodeOf(k.error)).toBe(EXIT.USAGE);
    expect((k.error as Error).message).toContain('k must be a positive integer');
    const hops = await run('path', 'USA', 'KOR', '--max-hops', 'three', '--graph', FIXTURE);
    expect((hops.error as Error).message).toContain('--max-hops must be an integer, got "three"');
    const modality = await run('path', 'USA', 'KOR', '--modality', 'negated', '--graph', FIXTURE);
    expect(exitCodeOf(modality.error)).toBe(EXIT.USAGE);
    const same = await run('path', 'Seoul', 'South Korea', '--graph', FIXTURE);
    expect(exitCodeOf(same.error)).toBe(EXIT.USAGE);
  });

  it('fails with exit code 1 and a clear message when there is no path', async () => {
    const { stdout, error } = await run('path', 'Ramos-Horta', 'North Korea', '--graph', FIXTURE);
    expect(stdout).toBe('');
    expect(exitCodeOf(error)).toBe(EXIT.FAILURE);
    expect((error as Error).message).toBe(
      'no path from José Ramos-Horta (jose-ramos-horta) to North Korea (PRK) within 6 hops (asserted relations only)',
    );
  });

  it('fails with exit code 1 when the graph file is missing', async () => {
    const { error } = await run('path', 'USA', 'KOR', '--graph', '/nonexistent/graph.json');
    expect(exitCodeOf(error)).toBe(EXIT.FAILURE);
    expect((error as Error).message).toContain('/nonexistent/graph.json');
  });

  it('notes an ambiguous name on stderr and keeps the most mentioned entity', () => {
    const io: CommandOutput & { text: string; notes: string } = {
      text: '', notes: '',
      out(t) { this.text += t; },
      err(t) { this.notes += t; },
    };
    const result = runPath('Korea', 'Japan', { graph: FIXTURE, k: '1' }, io);
    expect(result.source).toBe('KOR');
    expect(io.notes).toContain('"Korea" also names PRK; using KOR');
    expect(io.text).toMatch(/^1\. South Korea /);
  });
});

describe('geokg neighbors', () => {
  it('lists neighbors grouped by distance and relation', async () => {
    const { stdout, error } = await run('neighbors', 'John Kerry', '--depth', '2', '--graph', FIXTURE);
    expect(error).toBeNull();
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('John Kerry (john-kerry): 5 entities within 2 hops (asserted relations)');
    const d1 = lines.indexOf('distance 1');
    const d2 = lines.indexOf('distance 2');
    expect(d1).toBeGreaterThan(0);
    expect(d2).toBeGreaterThan(d1);
    expect(lines.slice(d1, d2)).toContain('    John Kerry -[affiliation]-> United States (USA)  [3 mentions]');
    expect(lines.slice(d2)).toContain('  alliance');
    expect(lines.slice(d2)).toContain('    China -[threat]-> South Korea (KOR)  [1 mention]');
  });

  it('prints JSON and honours --types and --modality', async () => {
    const { stdout } = await run('neighbors', 'PRK', '--types', 'negotiation', '--modality', 'all', '--json', '--graph', FIXTURE);
    const json = JSON.parse(stdout);
    expect(json.center).toBe('PRK');
    expect(json.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['CHN', 'PRK', 'USA']);
    expect(json.edges.every((e: { relation: string }) => e.relation === 'negotiation')).toBe(true);
  });

  it('fails with exit code 2 on an unknown name or a bad depth', async () => {
    expect(exitCodeOf((await run('neighbors', 'Atlantis', '--graph', FIXTURE)).error)).toBe(EXIT.USAGE);
    expect(exitCodeOf((await run('neighbors', 'USA', '--depth', '-2', '--graph', FIXTURE)).error)).toBe(EXIT.USAGE);
  });
});

describe('path text format', () => {
  it('draws arrows by direction and marks non-asserted hops', () => {
    expect(hopArrow({ relation: 'threat', modality: 'asserted', directed: true, forward: true })).toBe('-[threat]->');
    expect(hopArrow({ relation: 'threat', modality: 'asserted', directed: true, forward: false })).toBe('<-[threat]-');
    expect(hopArrow({ relation: 'alliance', modality: 'asserted', directed: false, forward: true })).toBe('-[alliance]-');
    expect(hopArrow({ relation: 'negotiation', modality: 'hypothetical', directed: false, forward: true })).toBe('-[negotiation?hypothetical]-');
  });

  it('truncates long evidence at a word boundary', () => {
    const long = 'word '.repeat(100);
    const cut = truncateText(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(truncateText('short  sentence\n here', 50)).toBe('short sentence here');
  });

  it('renders a path and each hop with its evidence', () => {
    const graph = readGraphFile(FIXTURE);
    const [path] = findPaths(graph, 'KOR', 'usfk', { k: 1, types: ['funding'] });
    expect(pathLine(graph, path)).toBe('South Korea -[funding]-> United States Forces Korea');
    expect(formatPath(graph, path, 2).split('\n')).toEqual([
      '2. South Korea -[funding]-> United States Forces Korea  [1 hop, cost 1]',
      '   1) South Korea -[funding]-> United States Forces Korea',
      `      "${graph.getEdgeAttribute(path.hops[0].edge, 'evidence')[0].sentence}" (Kerry reaffirms nuclear umbrella over Seoul and Tokyo, 2014-03-14)`,
    ]);
  });
});
