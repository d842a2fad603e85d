/**
 * The export formats, declared once: the CLI (`geokg export`) and the viewer's download
 * menu iterate over the same list. Each format turns the data graph into one or more
 * files; `suffix` is appended to the output's base name (the first file is the main one).
 * Nothing here touches the file system, so the registry also runs in the browser.
 */
import type { GeoGraph } from '../graph/types.js';
import { writeCsv } from './csv.js';
import { GEXF_VERSIONS, writeGexf, type GexfVersion } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';

export const EXPORT_FORMAT_IDS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportOptions {
  /** GEXF dialect: 1.3 for Gephi (default), 1.2draft for networkx. */
  gexfVersion?: GexfVersion;
  /** GraphML: also mark undirected edges with `directed="false"` (not readable by networkx). */
  graphmlMixedEdges?: boolean;
}

export interface ExportFile {
  suffix: string;
  content: string;
}

export interface ExportFormat {
  id: ExportFormatId;
  /** Extension of the main file, with its dot. */
  extension: string;
  description: string;
  write(graph: GeoGraph, options: ExportOptions): { files: ExportFile[] };
}

export { GEXF_VERSIONS, type GexfVersion };

export const EXPORT_FORMATS: ExportFormat[] = [
  {
    id: 'gexf',
    extension: '.gexf',
    description: 'GEXF for Gephi (1.3, with a timeline) or networkx (1.2draft)',
    write: (graph, options) => ({ files: [{ suffix: '.gexf', content: writeGexf(graph, { version: options.gexfVersion }) }] }),
  },
  {
    id: 'graphml',
    extension: '.graphml',
    description: 'GraphML for networkx, igraph, yEd and Gephi',
    write: (graph, options) => ({
      files: [{ suffix: '.graphml', content: writeGraphml(graph, { mixedEdges: options.graphmlMixedEdges }) }],
    }),
  },
  {
    id: 'json',
    extension: '.json',
    description: 'graphology JSON, the same as graph.json',
    write: (graph) => ({ files: [{ suffix: '.json', content: writeJson(graph) }] }),
  },
  {
    id: 'csv',
    extension: '.csv',
    description: 'CSV tables for spreadsheets: edges in FILE.csv, nodes in FILE.nodes.csv',
    write: (graph) => {
      const { nodes, edges } = writeCsv(graph);
      return { files: [{ suffix: '.csv', content: edges }, { suffix: '.nodes.csv', content: nodes }] };
    },
  },
];

export function findExportFormat(id: string): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) {
    throw new Error(`geokg/formats: unknown export format ${JSON.stringify(id)} (expected ${EXPORT_FORMAT_IDS.join(', ')})`);
  }
  return format;
}

export function exportGraph(graph: GeoGraph, format: ExportFormatId | string, options: ExportOptions = {}): { files: ExportFile[] } {
  return findExportFormat(format).write(graph, options);
}
