/** `geokg export`: the built graph, filtered (formats/filter.ts), as GEXF, GraphML, JSON, CSV or Neo4j files (formats/index.ts). */
import { Option, type Command } from 'commander';
import { rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readGraphFile } from '../../graph/io.js';
import type { GeoGraph } from '../../graph/types.js';
import { FILTER_MODALITIES, FilterOptionError, filterGraph, type FilterModality, type FilterOptions } from '../../formats/filter.js';
import {
  EXPORT_FORMATS, GEXF_VERSIONS, findExportFormat, type ExportFile, type ExportFormat, type GexfVersion,
} from '../../formats/index.js';
import { EntityNotFoundError } from '../../paths/resolve-entity.js';
import { commitStaged, stageFile } from '../../util/atomic-write.js';
import { CliError, EXIT } from '../exit-codes.js';
import { PROCESS_OUTPUT, parseListOption, resolveForCli } from './path.js';

export const DEFAULT_GRAPH_FILE = 'graph-out/graph.json';
/** As in the viewer, `geokg path` and `geokg neighbors`: facts unless asked otherwise. */
// an export is the graph as built unless a filter is asked for: hypothetical and negated edges carry their modality
export const DEFAULT_EXPORT_MODALITY: FilterModality = 'all';

interface ExportCommandOptions {
  format: string;
  in: string;
  output?: string;
  gexfVersion: GexfVersion;
  types?: string;
  minWeight?: string;
  modality: FilterModality;
  since?: string;
  until?: string;
  ego?: string;
  depth?: string;
}

/**
 * Where each file goes. A file format: the main file exactly at `output`, the others
 * (CSV's node table) next to it, named from `output` without its extension plus their
 * suffix. A folder format (neo4j): every file in the folder `output`, under its name.
 */
export function outputPaths(output: string, files: ExportFile[], directory = false): string[] {
  if (directory) return files.map((file) => join(output, file.suffix));
  const base = output.slice(0, output.length - extname(output).length) || output;
  return files.map((file, i) => (i === 0 ? output : base + file.suffix));
}

const FILTER_HELP = `
Filters (applied before any format; each drops the entities it leaves without a relation,
except the --ego entity):
  --modality defaults to "all": with no filter the export is the graph exactly as
  built, every edge carrying its modality; --modality asserted keeps facts only.
  --since/--until keep relations whose first..last date meets the window; undated
  relations are kept only when neither is given.
  Metrics, layout and colours are those of the whole graph.

Neo4j: -o names a folder (created if missing) that receives nodes.csv and
relationships.csv for neo4j-admin import (--multiline-fields=true) and load.cypher
for LOAD CSV (cypher-shell -f load.cypher, files in Neo4j's import folder).`;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph for other tools: Gephi (gexf), networkx (gexf 1.2draft, graphml), graphology (json), spreadsheets (csv), Neo4j (neo4j)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(EXPORT_FORMATS.map((f) => f.id))
        .makeOptionMandatory(),
    )
    .option('-i, --in <file>', 'graph file written by geokg build', DEFAULT_GRAPH_FILE)
    .option('-o, --output <path>', 'output file (default: stdout); csv also writes FILE.nodes.csv; neo4j: an output folder (required)')
    .addOption(
      new Option('--gexf-version <version>', 'GEXF dialect: 1.3 for Gephi, 1.2draft for networkx')
        .choices([...GEXF_VERSIONS])
        .default('1.3'),
    )
    .option('--types <list>', 'only these relation types (comma-separated, e.g. alliance,funding)')
    .option('--min-weight <n>', 'only relations with at least N mentions')
    .addOption(
      new Option('--modality <which>', 'asserted (facts only) or all (also hypothetical and negated)')
        .choices([...FILTER_MODALITIES])
        .default(DEFAULT_EXPORT_MODALITY),
    )
    .option('--since <date>', 'only relations dated on or after YYYY-MM-DD')
    .option('--until <date>', 'only relations dated on or before YYYY-MM-DD')
    .option('--ego <entity>', 'only the ego network of this entity (id, name or alias)')
    .option('--depth <n>', 'hops of the ego network (default 1; needs --ego)')
    .addHelpText('after', FILTER_HELP)
    .action((options: ExportCommandOptions) => runExport(options));
}

/** Command-line strings to filter options; a malformed value is a usage error naming it. */
export function filterOptionsFrom(options: Omit<ExportCommandOptions, 'format' | 'in' | 'gexfVersion'>): FilterOptions {
  const filter: FilterOptions = { modality: options.modality ?? DEFAULT_EXPORT_MODALITY };
  if (options.types !== undefined) {
    const types = parseListOption(options.types) ?? [];
    if (types.length === 0) throw new CliError(`export: --types needs at least one relation type, got "${options.types}"`, EXIT.USAGE);
    filter.types = types;
  }
  if (options.minWeight !== undefined) {
    const text = options.minWeight.trim();
    if (!/^\d+(\.\d+)?$/.test(text)) throw new CliError(`export: --min-weight must be a non-negative number, got "${options.minWeight}"`, EXIT.USAGE);
    filter.minWeight = Number(text);
  }
  if (options.since !== undefined) filter.since = options.since;
  if (options.until !== undefined) filter.until = options.until;
  if (options.depth !== undefined && options.ego === undefined) throw new CliError('export: --depth needs --ego', EXIT.USAGE);
  if (options.ego !== undefined) {
    let depth = 1;
    if (options.depth !== undefined) {
      if (!/^\d+$/.test(options.depth.trim())) throw new CliError(`export: --depth must be a non-negative integer, got "${options.depth}"`, EXIT.USAGE);
      depth = Number(options.depth);
    }
    filter.ego = { entity: options.ego, depth };
  }
  return filter;
}

function applyFilters(graph: GeoGraph, options: ExportCommandOptions): GeoGraph {
  const filter = filterOptionsFrom(options);
  // the CLI resolves the name itself, to note on stderr a name that several entities share
  if (filter.ego) filter.ego = { ...filter.ego, entity: resolveForCli(graph, filter.ego.entity, PROCESS_OUTPUT) };
  let filtered: GeoGraph;
  try {
    filtered = filterGraph(graph, filter);
  } catch (err) {
    if (err instanceof FilterOptionError || err instanceof EntityNotFoundError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
  if (filtered.order !== graph.order || filtered.size !== graph.size) {
    process.stderr.write(`geokg: export: ${filtered.order} of ${graph.order} entities, ${filtered.size} of ${graph.size} relations pass the filters\n`);
  }
  if (filtered.size === 0) process.stderr.write('geokg: export: warning: no relation passes the filters\n');
  return filtered;
}

function runExport(options: ExportCommandOptions): void {
  const format = findExportFormat(options.format);
  if (format.directory && !options.output) {
    throw new CliError(`export: ${format.id} writes a folder of files; name it with -o DIR`, EXIT.USAGE);
  }
  let graph: GeoGraph;
  try {
    graph = readGraphFile(options.in);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FAILURE);
  }
  graph = applyFilters(graph, options);

  let files: ExportFile[];
  try {
    ({ files } = format.write(graph, { gexfVersion: options.gexfVersion }));
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FAILURE);
  }

  if (!options.output) {
    writeStdout(format, files);
    return;
  }
  const paths = outputPaths(options.output, files, format.directory);
  // the files of one export belong together (nodes and relations, or the Neo4j set):
  // all are staged first and renamed together, so a failure replaces none of them
  const staged: Array<[string, string]> = [];
  for (const [i, file] of files.entries()) {
    try {
      staged.push([stageFile(paths[i], file.content), paths[i]]);
    } catch (err) {
      for (const [tmp] of staged) rmSync(tmp, { force: true });
      throw new CliError(`export: cannot write ${paths[i]}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.FAILURE);
    }
  }
  try {
    commitStaged(staged);
  } catch (err) {
    // (commitStaged has removed the staged files)
    throw new CliError(`export: ${(err as Error).message}`, EXIT.FAILURE);
  }
  for (const path of paths) process.stderr.write(`geokg: wrote ${path}\n`);
}

function writeStdout(format: ExportFormat, files: ExportFile[]): void {
  const main = files[0].content;
  process.stdout.write(main.endsWith('\n') ? main : `${main}\n`);
  if (files.length > 1) {
    const others = files.slice(1).map((f) => `*${f.suffix}`).join(', ');
    process.stderr.write(`geokg: export ${format.id}: only the main table went to stdout; use -o FILE to also write ${others}\n`);
  }
}
