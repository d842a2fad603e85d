/** `geokg export`: the built graph as GEXF, GraphML, JSON or CSV (formats/index.ts). */
import { Option, type Command } from 'commander';
import { extname } from 'node:path';
import { readGraphFile } from '../../graph/io.js';
import type { GeoGraph } from '../../graph/types.js';
import { EXPORT_FORMATS, GEXF_VERSIONS, findExportFormat, type ExportFile, type GexfVersion } from '../../formats/index.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { CliError, EXIT } from '../exit-codes.js';

export const DEFAULT_GRAPH_FILE = 'graph-out/graph.json';

interface ExportCommandOptions {
  format: string;
  in: string;
  output?: string;
  gexfVersion: GexfVersion;
}

/**
 * Where each file goes: the main file exactly at `output`, the others (CSV's node
 * table) next to it, named from `output` without its extension plus their suffix.
 */
export function outputPaths(output: string, files: ExportFile[]): string[] {
  const base = output.slice(0, output.length - extname(output).length) || output;
  return files.map((file, i) => (i === 0 ? output : base + file.suffix));
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph for other tools: Gephi (gexf), networkx (gexf 1.2draft, graphml), graphology (json), spreadsheets (csv)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(EXPORT_FORMATS.map((f) => f.id))
        .makeOptionMandatory(),
    )
    .option('-i, --in <file>', 'graph file written by geokg build', DEFAULT_GRAPH_FILE)
    .option('-o, --output <file>', 'output file (default: stdout); csv also writes FILE.nodes.csv')
    .addOption(
      new Option('--gexf-version <version>', 'GEXF dialect: 1.3 for Gephi, 1.2draft for networkx')
        .choices([...GEXF_VERSIONS])
        .default('1.3'),
    )
    .action((options: ExportCommandOptions) => runExport(options));
}

function runExport(options: ExportCommandOptions): void {
  const format = findExportFormat(options.format);
  let graph: GeoGraph;
  try {
    graph = readGraphFile(options.in);
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FAILURE);
  }

  let files: ExportFile[];
  try {
    ({ files } = format.write(graph, { gexfVersion: options.gexfVersion }));
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.FAILURE);
  }

  if (!options.output) {
    const main = files[0].content;
    process.stdout.write(main.endsWith('\n') ? main : `${main}\n`);
    if (files.length > 1) {
      const others = files.slice(1).map((f) => `*${f.suffix}`).join(', ');
      process.stderr.write(`geokg: export ${format.id}: only the main table went to stdout; use -o FILE to also write ${others}\n`);
    }
    return;
  }

  const paths = outputPaths(options.output, files);
  files.forEach((file, i) => {
    try {
      writeFileAtomic(paths[i], file.content);
    } catch (err) {
      throw new CliError(`export: cannot write ${paths[i]}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.FAILURE);
    }
    process.stderr.write(`geokg: wrote ${paths[i]}\n`);
  });
}
