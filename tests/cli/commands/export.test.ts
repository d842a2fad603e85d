import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { outputPaths, registerExport } from '../../../src/cli/commands/export.js';
import { CliError, EXIT } from '../../../src/cli/exit-codes.js';
import { writeCsv } from '../../../src/formats/csv.js';
import { filterGraph } from '../../../src/formats/filter.js';
import { writeGexf } from '../../../src/formats/gexf.js';
import { writeNeo4j } from '../../../src/formats/neo4j.js';
import type { SerializedGeoGraph } from '../../../src/graph/types.js';
import { SMALL_FIXTURE, loadSmallGraph } from '../../formats/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'geokg-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let helpText = '';

async function run(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  helpText = '';
  const program = new Command('geokg').exitOverride().configureOutput({ writeErr: () => {}, writeOut: (text) => { helpText += text; } });
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
  it('writes GEXF to a file, atomically, in the chosen dialect; --modality all exports the graph as built', async () => {
    const out = join(dir, 'graph.gexf');
    await run('--format', 'gexf', '--in', SMALL_FIXTURE, '-o', out, '--gexf-version', '1.2draft', '--modality', 'all');
    expect(readFileSync(out, 'utf8')).toBe(writeGexf(loadSmallGraph(), { version: '1.2draft' }));
  });

  it('exports the graph exactly as built by default, and facts only with --modality asserted', async () => {
    const graph = loadSmallGraph();
    const full = JSON.parse((await run('--format', 'json', '--in', SMALL_FIXTURE)).stdout) as SerializedGeoGraph;
    expect(full.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    expect(full.nodes.length).toBe(graph.order);
    const { stdout, stderr } = await run('--format', 'json', '--in', SMALL_FIXTURE, '--modality', 'asserted');
    const exported = JSON.parse(stdout) as SerializedGeoGraph;
    const asserted = graph.filterEdges((_e, a) => a.modality === 'asserted');
    expect(asserted.length).toBeLessThan(graph.size);
    expect(exported.edges.map((e) => e.key).sort()).toEqual(asserted.sort());
    expect(stderr).toContain(`${asserted.length} of ${graph.size} relations pass the filters`);
  });

  it('prints to stdout without -o', async () => {
    const { stdout } = await run('--format', 'graphml', '--in', SMALL_FIXTURE);
    expect(stdout).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  });

  it('writes the CSV edge table to -o and the node table beside it', async () => {
    const out = join(dir, 'relations.csv');
    await run('--format', 'csv', '--in', SMALL_FIXTURE, '-o', out, '--modality', 'all');
    const { nodes, edges } = writeCsv(loadSmallGraph());
    expect(readFileSync(out, 'utf8')).toBe(edges);
    expect(readFileSync(join(dir, 'relations.nodes.csv'), 'utf8')).toBe(nodes);
  });

  it('replaces none of the CSV files when one of them cannot be written', async () => {
    const out = join(dir, 'set.csv');
    writeFileSync(out, 'the previous edges\n');
    mkdirSync(join(dir, 'set.nodes.csv'));
    const error = await run('--format', 'csv', '--in', SMALL_FIXTURE, '-o', out).then(() => null, (err: unknown) => err);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.FAILURE);
    expect((error as CliError).message).toMatch(/cannot replace .*set\.nodes\.csv: it is a folder/);
    expect(readFileSync(out, 'utf8')).toBe('the previous edges\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
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

describe('geokg export --format neo4j', () => {
  it('writes nodes.csv, relationships.csv and load.cypher into the folder -o, creating it', async () => {
    const out = join(dir, 'neo4j', 'import');
    const { stderr } = await run('--format', 'neo4j', '--in', SMALL_FIXTURE, '-o', out, '--modality', 'all');
    const expected = writeNeo4j(loadSmallGraph());
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toBe(expected.nodes);
    expect(readFileSync(join(out, 'relationships.csv'), 'utf8')).toBe(expected.relationships);
    expect(readFileSync(join(out, 'load.cypher'), 'utf8')).toBe(expected.cypher);
    expect(stderr).toContain(`wrote ${join(out, 'load.cypher')}`);
  });

  it('needs -o, as a usage error', async () => {
    const error = await run('--format', 'neo4j', '--in', SMALL_FIXTURE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.USAGE);
    expect((error as CliError).message).toContain('-o DIR');
  });

  it('documents the folder and the filters in --help', async () => {
    await run('--help').catch((e: unknown) => e);
    expect(helpText).toMatch(/Neo4j: -o names a folder/);
    expect(helpText).toMatch(/--modality defaults to "all"/);
    for (const option of ['--types', '--min-weight', '--since', '--until', '--ego', '--depth']) expect(helpText).toContain(option);
  });
});

describe('geokg export filters', () => {
  const exportJson = async (...args: string[]) => {
    const { stdout } = await run('--format', 'json', '--in', SMALL_FIXTURE, ...args);
    const data = JSON.parse(stdout) as SerializedGeoGraph;
    return { nodes: data.nodes.map((n) => n.key).sort(), edges: data.edges.map((e) => e.key).sort() };
  };

  it('apply --types, --min-weight, --since and --until before the format', async () => {
    const graph = loadSmallGraph();
    const typed = await exportJson('--types', 'alliance, funding');
    expect(typed.edges).toEqual(graph.filterEdges((_e, a) => ['alliance', 'funding'].includes(a.relation) && a.modality === 'asserted').sort());
    expect(typed.nodes).toEqual(['JPN', 'KOR', 'USA', 'usfk']);
    const heavy = await exportJson('--min-weight', '2', '--modality', 'all');
    expect(heavy.edges).toEqual(graph.filterEdges((_e, a) => a.weight >= 2).sort());
    const dated = await exportJson('--since', '2014-04-01', '--until', '2014-12-31');
    expect(dated).toEqual(await filtered({ since: '2014-04-01', until: '2014-12-31', modality: 'asserted' }));
    expect(dated.edges).toContain('USA|sanction|PRK|asserted');
    expect(dated.edges).not.toContain('CHN|trade|KOR|asserted');
  });

  async function filtered(options: Parameters<typeof filterGraph>[1]) {
    const g = filterGraph(loadSmallGraph(), options);
    return { nodes: g.nodes().sort(), edges: g.edges().sort() };
  }

  it('apply --ego and --depth, resolving the entity by name', async () => {
    expect(await exportJson('--ego', 'John Kerry')).toEqual({
      nodes: ['CHN', 'USA', 'john-kerry'],
      edges: ['CHN|negotiation|john-kerry|asserted', 'john-kerry|affiliation|USA|asserted'],
    });
    expect(await exportJson('--ego', 'Tokyo', '--depth', '2', '--types', 'alliance')).toEqual(
      await filtered({ ego: { entity: 'JPN', depth: 2 }, types: ['alliance'], modality: 'asserted' }),
    );
  });

  it.each([
    [['--types', 'alliances'], 'unknown relation type "alliances"'],
    [['--types', ','], '--types needs at least one relation type'],
    [['--min-weight', 'heavy'], '--min-weight must be a non-negative number, got "heavy"'],
    [['--min-weight', '-2'], 'got "-2"'],
    [['--since', '2014-13-01'], 'since must be a date YYYY-MM-DD, got "2014-13-01"'],
    [['--since', '2015-01-01', '--until', '2014-01-01'], 'since 2015-01-01 is after until 2014-01-01'],
    [['--depth', '2'], '--depth needs --ego'],
    [['--ego', 'USA', '--depth', 'two'], '--depth must be a non-negative integer, got "two"'],
    [['--ego', 'Kery'], 'no entity named "Kery" in the graph; did you mean John Kerry (john-kerry)'],
  ])('refuse %j with exit code 2, naming the bad value', async (args, message) => {
    const out = join(dir, 'never.gexf');
    const error = await run('--format', 'gexf', '--in', SMALL_FIXTURE, '-o', out, ...args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.USAGE);
    expect((error as CliError).message).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown --modality through commander', async () => {
    const error = await run('--format', 'gexf', '--in', SMALL_FIXTURE, '--modality', 'facts').catch((e: unknown) => e);
    expect((error as CommanderError).code).toBe('commander.invalidArgument');
  });
});

describe('outputPaths', () => {
  it('puts the main file at -o and derives the others from its base name', () => {
    const files = [{ suffix: '.csv', content: '' }, { suffix: '.nodes.csv', content: '' }];
    expect(outputPaths('out/graph.csv', files)).toEqual(['out/graph.csv', 'out/graph.nodes.csv']);
    expect(outputPaths('edges', files)).toEqual(['edges', 'edges.nodes.csv']);
  });

  it('puts every file of a folder format inside the folder -o', () => {
    const files = [{ suffix: 'nodes.csv', content: '' }, { suffix: 'load.cypher', content: '' }];
    expect(outputPaths('out/neo4j', files, true)).toEqual([join('out/neo4j', 'nodes.csv'), join('out/neo4j', 'load.cypher')]);
  });
});
