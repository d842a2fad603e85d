/**
 * GraphML export for networkx, igraph, yEd and Gephi.
 *
 * Written here rather than with graphology-graphml's writer: for a mixed graph it
 * writes `edgedefault="undirected"` with `directed="true"` on directed edges, which
 * networkx.read_graphml rejects ("directed=true edge found in undirected graph"); it
 * infers key types from the values (a weight of 1 becomes `int`), drops array values
 * such as aliases, and passes characters that XML 1.0 forbids through unchanged.
 *
 * The graph is `edgedefault="directed"`; a relation's directedness is the `directed`
 * data attribute of each edge, so networkx returns a MultiDiGraph. `mixedEdges: true`
 * also writes GraphML's own `directed="false"` on undirected edges, for tools that
 * read mixed graphs (Gephi, yEd) but not networkx. Parallel edges keep their unique
 * graph keys as edge ids. Labels, positions, sizes and colors use the key names
 * Gephi recognises (label, weight, x, y, size, r, g, b).
 */
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../graph/types.js';
import {
  EDGE_COLUMNS, GRAPHML_TYPE_NAMES, NODE_COLUMNS, checkRelation, formatValue, parseColor, type Column,
} from './columns.js';
import { XML_DECLARATION, emptyElement, escapeText, xmlAttributes } from './xml.js';

export interface GraphmlOptions {
  /** Also write `directed="false"` on undirected edges (not readable by networkx). */
  mixedEdges?: boolean;
}

const MODULE = 'graphml';
const NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

interface GraphSummary {
  name: string | null;
  extractorVersion: string | null;
  documentCount: number;
}

const GRAPH_COLUMNS: Column<GraphSummary>[] = [
  { id: 'name', type: 'string', read: (g) => g.name },
  { id: 'extractorVersion', type: 'string', read: (g) => g.extractorVersion },
  { id: 'documentCount', type: 'integer', read: (g) => g.documentCount },
];

const rgb = (color: string, channel: 'r' | 'g' | 'b') => parseColor(color)?.[channel];

const NODE_KEYS: Column<NodeAttributes>[] = [
  { id: 'label', type: 'string', read: (a) => a.label },
  ...NODE_COLUMNS,
  { id: 'x', type: 'double', read: (a) => a.x },
  { id: 'y', type: 'double', read: (a) => a.y },
  { id: 'size', type: 'double', read: (a) => a.size },
  { id: 'color', type: 'string', read: (a) => a.color },
  { id: 'r', type: 'integer', read: (a) => rgb(a.color, 'r') },
  { id: 'g', type: 'integer', read: (a) => rgb(a.color, 'g') },
  { id: 'b', type: 'integer', read: (a) => rgb(a.color, 'b') },
];

const EDGE_KEYS: Column<EdgeAttributes>[] = [
  { id: 'label', type: 'string', read: (a) => a.relation },
  { id: 'weight', type: 'double', read: (a) => a.weight },
  ...EDGE_COLUMNS,
  { id: 'color', type: 'string', read: (a) => a.color },
  { id: 'size', type: 'double', read: (a) => a.size },
];

type KeyScope = 'graph' | 'node' | 'edge';

// GraphML key ids are unique across scopes; the attribute names (attr.name) repeat.
const keyId = (scope: KeyScope, column: Column<unknown>) => `${scope[0]}-${column.id}`;

export function writeGraphml(graph: GeoGraph, options: GraphmlOptions = {}): string {
  const lines: string[] = [XML_DECLARATION, `<graphml xmlns="${NAMESPACE}">`];
  lines.push(...keyLines('graph', GRAPH_COLUMNS), ...keyLines('node', NODE_KEYS), ...keyLines('edge', EDGE_KEYS));
  lines.push(`  <graph${xmlAttributes({ id: 'geokg', edgedefault: 'directed' })}>`);
  lines.push(...dataLines('graph', GRAPH_COLUMNS, graphSummary(graph), 'graph', '    '));

  graph.forEachNode((node, attributes) => {
    lines.push(`    <node${xmlAttributes({ id: node })}>`);
    lines.push(...dataLines('node', NODE_KEYS, attributes, `node ${node}`, '      '));
    lines.push('    </node>');
  });

  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    checkRelation(MODULE, attributes.relation, edge);
    const directed = options.mixedEdges && undirected ? 'false' : null;
    lines.push(`    <edge${xmlAttributes({ id: edge, source, target, directed })}>`);
    lines.push(...dataLines('edge', EDGE_KEYS, attributes, `edge ${edge}`, '      '));
    lines.push('    </edge>');
  });

  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

function graphSummary(graph: GeoGraph): GraphSummary {
  const documents = graph.getAttribute('documents');
  return {
    name: graph.getAttribute('name') ?? null,
    extractorVersion: graph.getAttribute('extractorVersion') ?? null,
    documentCount: Array.isArray(documents) ? documents.length : 0,
  };
}

function keyLines<A>(scope: KeyScope, columns: Column<A>[]): string[] {
  return columns.map((column) => `  ${emptyElement('key', {
    id: keyId(scope, column as Column<unknown>),
    for: scope,
    'attr.name': column.id,
    'attr.type': GRAPHML_TYPE_NAMES[column.type],
  })}`);
}

function dataLines<A>(scope: KeyScope, columns: Column<A>[], attributes: A, where: string, indent: string): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = formatValue(column.read(attributes), column.type, () => `geokg/${MODULE}: ${where} attribute ${column.id}`);
    if (value === null) continue;
    lines.push(`${indent}<data${xmlAttributes({ key: keyId(scope, column as Column<unknown>) })}>${escapeText(value)}</data>`);
  }
  return lines;
}
