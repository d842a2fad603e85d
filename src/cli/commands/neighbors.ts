/** `geokg neighbors A`: the entities around one entity, grouped by distance and relation. */
import type { Command } from 'commander';
import type { GeoGraph } from '../../graph/types.js';
import { CliError, EXIT } from '../exit-codes.js';
import { PathOptionError } from '../../paths/find-paths.js';
import { egoNetwork } from '../../paths/neighbors.js';
import type { EgoNetwork, EgoOptions } from '../../paths/neighbors.js';
import { hopArrow, labelOf } from '../../paths/format.js';
import type { RelationType } from '../../model.js';
import { DEFAULT_GRAPH_FILE, PROCESS_OUTPUT, loadGraph, parseIntegerOption, parseListOption, resolveForCli } from './path.js';
import type { CommandOutput } from './path.js';
import { terminalText } from '../terminal-text.js';

export interface NeighborsCommandOptions {
  types?: string;
  depth?: string;
  modality?: string;
  json?: boolean;
  graph?: string;
}

/**
 * Text listing: for each distance, the relations that reach the entities at that distance
 * from the ring before, grouped by relation type.
 */
export function formatEgoNetwork(graph: GeoGraph, network: EgoNetwork, center: string, options: Required<EgoOptions>): string {
  const distance = new Map(network.nodes.map((n) => [n.id, n.distance]));
  const reached = network.nodes.length - 1;
  const scope = options.modality === 'asserted' ? 'asserted relations' : 'all modalities';
  const lines = [
    `${labelOf(graph, center)} (${center}): ${reached} ${reached === 1 ? 'entity' : 'entities'} within ${options.depth} ${options.depth === 1 ? 'hop' : 'hops'} (${scope})`,
  ];
  for (let d = 1; d <= options.depth; d++) {
    const byRelation = new Map<string, string[]>();
    for (const edge of network.edges) {
      const ds = distance.get(edge.source)!;
      const dt = distance.get(edge.target)!;
      // the edge reaches ring d when one end is at d - 1 and the other at d
      let from: string;
      let to: string;
      if (ds === d - 1 && dt === d) [from, to] = [edge.source, edge.target];
      else if (dt === d - 1 && ds === d) [from, to] = [edge.target, edge.source];
      else continue;
      const arrow = hopArrow({ relation: edge.relation, modality: edge.modality, directed: edge.directed, forward: edge.source === from });
      const weight = edge.weight === 1 ? '1 mention' : `${edge.weight} mentions`;
      const line = `${labelOf(graph, from)} ${arrow} ${labelOf(graph, to)} (${to})  [${weight}]`;
      const list = byRelation.get(edge.relation) ?? [];
      list.push(line);
      byRelation.set(edge.relation, list);
    }
    if (byRelation.size === 0) continue;
    lines.push('', `distance ${d}`);
    for (const relation of [...byRelation.keys()].sort()) {
      lines.push(`  ${relation}`);
      for (const line of byRelation.get(relation)!.sort()) lines.push(`    ${line}`);
    }
  }
  return lines.join('\n');
}

export function runNeighbors(name: string, opts: NeighborsCommandOptions, io: CommandOutput = PROCESS_OUTPUT): EgoNetwork {
  const depth = parseIntegerOption(opts.depth, '--depth') ?? 1;
  const modality = (opts.modality ?? 'asserted') as 'asserted' | 'all';
  const types = parseListOption(opts.types) as RelationType[] | undefined;
  const graph = loadGraph(opts.graph);
  const center = resolveForCli(graph, name, io);
  let network: EgoNetwork;
  try {
    network = egoNetwork(graph, center, { depth, types, modality });
  } catch (err) {
    if (err instanceof PathOptionError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
  if (opts.json) io.out(`${JSON.stringify({ center, depth, modality, types: types ?? null, ...network }, null, 2)}\n`);
  else io.out(terminalText(`${formatEgoNetwork(graph, network, center, { depth, modality, types: types ?? [] })}\n`));
  return network;
}

export function registerNeighbors(program: Command): void {
  program
    .command('neighbors')
    .description('list the entities around one entity, grouped by distance and relation')
    .argument('<entity>', 'entity id, name or alias')
    .option('--types <list>', 'only these relation types (comma-separated)')
    .option('--depth <n>', 'hops from the entity', '1')
    .option('--modality <which>', 'asserted (facts only) or all', 'asserted')
    .option('--json', 'print { center, nodes, edges } as JSON')
    .option('--graph <file>', 'graph file', DEFAULT_GRAPH_FILE)
    .action((entity: string, opts: NeighborsCommandOptions) => {
      runNeighbors(entity, opts);
    });
}
