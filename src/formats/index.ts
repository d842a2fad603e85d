/**
 * The export formats, declared once: the CLI (`geokg export`) and the viewer's download
 * menu iterate over the same list. Each format turns the data graph into one or more
 * files; `suffix` is appended to the output's base name (the first file is the main one),
 * or, for a format that writes a folder, is the file's name in that folder.
 * Nothing here touches the file system, so the registry also runs in the browser.
 */
import type { GeoGraph } from '../graph/types.js';
import { writeCsv } from './csv.js';
import { GEXF_VERSIONS, writeGexf, type GexfVersion } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';
import { NEO4J_FILES, writeNeo4j } from './neo4j.js';

export const EXPORT_FORMAT_IDS = ['gexf', 'graphml', 'json', 'csv', 'neo4j'] as const;
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
  /** How the main file's name ends: its extension with the dot (its whole name for a folder format). */
  extension: string;
  description: string;
  /** True when the format writes a folder of files with fixed names (-o names the folder). */
  directory?: boolean;
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
  {
    id: 'neo4j',
    extension: NEO4J_FILES.nodes,
    description: `Neo4j: a folder with ${NEO4J_FILES.nodes} and ${NEO4J_FILES.relationships} for neo4j-admin import, and ${NEO4J_FILES.cypher} for LOAD CSV`,
    directory: true,
    write: (graph) => {
      const { nodes, relationships, cypher } = writeNeo4j(graph);
      return {
        files: [
          { suffix: NEO4J_FILES.nodes, content: nodes },
          { suffix: NEO4J_FILES.relationships, content: relationships },
          { suffix: NEO4J_FILES.cypher, content: cypher },
        ],
      };
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
