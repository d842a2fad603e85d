/** `geokg path A B`: how two entities are connected, as the k shortest paths with evidence. */
import type { Command } from 'commander';
import { readGraphFile } from '../../graph/io.js';
import type { GeoGraph } from '../../graph/types.js';
import { CliError, EXIT } from '../exit-codes.js';
import { PathOptionError, findPaths, resolvePathOptions } from '../../paths/find-paths.js';
import type { ResolvedPathOptions } from '../../paths/find-paths.js';
import { EntityNotFoundError, matchEntity } from '../../paths/resolve-entity.js';
import { formatPaths, labelOf } from '../../paths/format.js';
import type { PathOptions, PathResult } from '../../paths/types.js';
import type { RelationType } from '../../model.js';
import { terminalText } from '../terminal-text.js';

export const DEFAULT_GRAPH_FILE = 'graph-out/graph.json';

/** Options as commander hands them over (strings from the command line). */
export interface PathCommandOptions {
  k?: string;
  types?: string;
  excludeTypes?: string;
  directed?: boolean;
  maxHops?: string;
  modality?: string;
  weighted?: boolean;
  json?: boolean;
  graph?: string;
}

export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const PROCESS_OUTPUT: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(terminalText(text)),
};

export interface PathJson {
  source: string;
  target: string;
  options: ResolvedPathOptions;
  paths: PathResult[];
}

/** Parses an integer option strictly ("3", not "3x" or "2.5"); a usage error otherwise. */
export function parseIntegerOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new CliError(`${option} must be an integer, got "${value}"`, EXIT.USAGE);
  return Number(value);
}

/** Splits a comma-separated list option ("alliance, funding"), dropping empty items. */
export function parseListOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Loads the graph for a query command; a missing or malformed file fails with exit code 1. */
export function loadGraph(file: string | undefined): GeoGraph {
  try {
    return readGraphFile(file ?? DEFAULT_GRAPH_FILE);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FAILURE);
  }
}

/** Resolves a name for the CLI: unknown names are usage errors; ambiguity is noted on stderr. */
export function resolveForCli(graph: GeoGraph, name: string, io: CommandOutput): string {
  try {
    const match = matchEntity(graph, name);
    if (match.alsoNamed.length > 0) {
      io.err(`note: "${name}" also names ${match.alsoNamed.join(', ')}; using ${match.id} (${labelOf(graph, match.id)}), the most mentioned\n`);
    }
    return match.id;
  } catch (err) {
    if (err instanceof EntityNotFoundError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
}

function toPathOptions(opts: PathCommandOptions): PathOptions {
  return {
    k: parseIntegerOption(opts.k, '--k'),
    types: parseListOption(opts.types) as RelationType[] | undefined,
    excludeTypes: parseListOption(opts.excludeTypes) as RelationType[] | undefined,
    directed: Boolean(opts.directed),
    maxHops: parseIntegerOption(opts.maxHops, '--max-hops'),
    modality: (opts.modality ?? 'asserted') as PathOptions['modality'],
    weighted: Boolean(opts.weighted),
  };
}

/** The whole command: prints the paths (text or JSON); throws CliError on failure. */
export function runPath(sourceName: string, targetName: string, opts: PathCommandOptions, io: CommandOutput = PROCESS_OUTPUT): PathJson {
  let options: ResolvedPathOptions;
  try {
    options = resolvePathOptions(toPathOptions(opts));
  } catch (err) {
    if (err instanceof PathOptionError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
  const graph = loadGraph(opts.graph);
  const source = resolveForCli(graph, sourceName, io);
  const target = resolveForCli(graph, targetName, io);
  if (source === target) {
    throw new CliError(`"${sourceName}" and "${targetName}" are the same entity (${source})`, EXIT.USAGE);
  }
  const paths = findPaths(graph, source, target, { ...options, types: options.types ?? undefined });
  const result: PathJson = { source, target, options, paths };
  if (opts.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
  else if (paths.length > 0) io.out(terminalText(`${formatPaths(graph, paths)}\n`));
  if (paths.length === 0) {
    const filters = describeFilters(options);
    throw new CliError(
      `no path from ${labelOf(graph, source)} (${source}) to ${labelOf(graph, target)} (${target}) within ${options.maxHops} hops${filters}`,
      EXIT.FAILURE,
    );
  }
  return result;
}

function describeFilters(options: ResolvedPathOptions): string {
  const parts: string[] = [options.modality === 'asserted' ? 'asserted relations only' : 'all modalities'];
  if (options.types) parts.push(`types ${options.types.join(',')}`);
  if (options.excludeTypes.length > 0) parts.push(`excluding ${options.excludeTypes.join(',')}`);
  if (options.directed) parts.push('following direction');
  return ` (${parts.join('; ')})`;
}

export function registerPath(program: Command): void {
  program
    .command('path')
    .description('show how two entities are connected: the k shortest paths, each hop with its evidence')
    .argument('<source>', 'entity id, name or alias (e.g. "John Kerry")')
    .argument('<target>', 'entity id, name or alias (e.g. "North Korea")')
    .option('--k <n>', 'number of paths', '3')
    .option('--types <list>', 'only these relation types (comma-separated)')
    .option('--exclude-types <list>', 'never these relation types (comma-separated)')
    .option('--directed', 'follow directed relations forwards only')
    .option('--max-hops <n>', 'longest path in hops', '6')
    .option('--modality <which>', 'asserted (facts only) or all', 'asserted')
    .option('--weighted', 'prefer strong, well-evidenced relations')
    .option('--json', 'print { source, target, options, paths } as JSON')
    .option('--graph <file>', 'graph file', DEFAULT_GRAPH_FILE)
    .action((source: string, target: string, opts: PathCommandOptions) => {
      runPath(source, target, opts);
    });
}
