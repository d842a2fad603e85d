/**
 * GEXF export for Gephi (1.3) and for networkx / older tools (1.2draft).
 *
 * Written here rather than with graphology-gexf: its writer (0.13) declares the viz
 * namespace as the malformed "http:///www.gexf.net/1.1draft/viz" and writes no
 * dynamics, so Gephi drops colors and positions and there is no timeline.
 *
 * Both dialects are valid against the official RelaxNG schemas. The graph is
 * `defaultedgetype="directed"`; undirected relations differ per dialect:
 * - 1.3 marks them `type="undirected"` per edge and sets `kind` to the relation, so
 *   Gephi keeps parallel edges of different relation types apart;
 * - 1.2draft is what networkx reads, and networkx refuses an undirected edge in a
 *   directed graph ("Undirected edge found in directed graph"); its schema has no
 *   `kind` either. So every edge is written directed and the relation's own
 *   directedness stays in the `directed` attribute; networkx returns a MultiDiGraph.
 * Time: `mode="dynamic" timeformat="date"`, one spell per edge (firstDate..lastDate) when
 * a date is known, and per node (firstSeen..lastSeen, widened to its edges' spells).
 */
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../graph/types.js';
import {
  EDGE_COLUMNS, GEXF_TYPE_NAMES, NODE_COLUMNS, checkRelation, formatNumber, formatValue, isoDate, parseColor,
  type Column,
} from './columns.js';
import { XML_DECLARATION, emptyElement, escapeText, xmlAttributes } from './xml.js';

export const GEXF_VERSIONS = ['1.3', '1.2draft'] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];

export interface GexfOptions {
  version?: GexfVersion;
}

interface Dialect {
  namespace: string;
  vizNamespace: string;
  /** Value of the root `version` attribute. */
  version: string;
  /** Per-edge `type="undirected"` in a directed graph. */
  mixedEdges: boolean;
  /** Edge `kind` (parallel edges of different kinds). */
  edgeKind: boolean;
}

const DIALECTS: Record<GexfVersion, Dialect> = {
  '1.3': {
    namespace: 'http://gexf.net/1.3', vizNamespace: 'http://gexf.net/1.3/viz', version: '1.3',
    mixedEdges: true, edgeKind: true,
  },
  '1.2draft': {
    namespace: 'http://www.gexf.net/1.2draft', vizNamespace: 'http://www.gexf.net/1.2draft/viz', version: '1.2',
    mixedEdges: false, edgeKind: false,
  },
};

const MODULE = 'gexf';

export function writeGexf(graph: GeoGraph, options: GexfOptions = {}): string {
  let out = '';
  for (const chunk of gexfChunks(graph, options)) out += chunk;
  return out;
}

/**
 * The GEXF document in pieces (a node or an edge each), for writing a large graph to a
 * file without ever holding it as one string; joined, they are writeGexf's output.
 */
export function gexfChunks(graph: GeoGraph, options: GexfOptions = {}): Generator<string> {
  const version = options.version ?? '1.3';
  const dialect = DIALECTS[version];
  if (!dialect) throw new Error(`geokg/${MODULE}: unknown GEXF version ${JSON.stringify(version)} (expected ${GEXF_VERSIONS.join(' or ')})`);
  return chunks(graph, dialect);
}

const joinLines = (lines: string[]) => lines.join('\n') + '\n';

function* chunks(graph: GeoGraph, dialect: Dialect): Generator<string> {
  yield joinLines([
    XML_DECLARATION,
    `<gexf${xmlAttributes({ xmlns: dialect.namespace, 'xmlns:viz': dialect.vizNamespace, version: dialect.version })}>`,
    ...metaLines(graph),
    `  <graph${xmlAttributes({ defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' })}>`,
    ...declarationLines('node', NODE_COLUMNS),
    ...declarationLines('edge', EDGE_COLUMNS),
    `    <nodes count="${graph.order}">`,
  ]);
  const spells = nodeSpells(graph);
  for (const { node, attributes } of graph.nodeEntries()) yield joinLines(nodeLines(node, attributes, spells.get(node)!));
  yield joinLines(['    </nodes>', `    <edges count="${graph.size}">`]);
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    yield joinLines(edgeLines(dialect, { edge, attributes, source, target, undirected }));
  }
  yield joinLines(['    </edges>', '  </graph>', '</gexf>']);
}

function metaLines(graph: GeoGraph): string[] {
  const name = graph.getAttribute('name');
  const documents = graph.getAttribute('documents');
  const count = Array.isArray(documents) ? documents.length : 0;
  const description =
    `${name ? `${name}: ` : ''}geopolitical actors and their typed relations extracted from ${count} ` +
    `news document${count === 1 ? '' : 's'}; edge kind = relation type, spells = first and last dated evidence`;
  return [
    '  <meta>',
    `    <creator>geokg</creator>`,
    `    <description>${escapeText(description)}</description>`,
    '  </meta>',
  ];
}

function declarationLines<A>(kind: 'node' | 'edge', columns: Column<A>[]): string[] {
  return [
    `    <attributes${xmlAttributes({ class: kind, mode: 'static' })}>`,
    ...columns.map((c) => `      ${emptyElement('attribute', { id: c.id, title: c.id, type: GEXF_TYPE_NAMES[c.type] })}`),
    '    </attributes>',
  ];
}

function attvalueLines<A>(columns: Column<A>[], attributes: A, where: string, indent: string): string[] {
  const values: string[] = [];
  for (const column of columns) {
    const value = formatValue(column.read(attributes), column.type, () => `geokg/${MODULE}: ${where} attribute ${column.id}`);
    if (value !== null) values.push(`${indent}  ${emptyElement('attvalue', { for: column.id, value })}`);
  }
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

function spellLines(start: string | null, end: string | null, indent: string): string[] {
  const from = isoDate(start);
  const to = isoDate(end);
  if (!from && !to) return [];
  return [`${indent}<spells>`, `${indent}  ${emptyElement('spell', { start: from, end: to })}`, `${indent}</spells>`];
}

function colorLine(color: string, indent: string): string[] {
  const rgba = parseColor(color);
  if (!rgba) return [];
  return [`${indent}${emptyElement('viz:color', { r: rgba.r, g: rgba.g, b: rgba.b, a: rgba.a < 1 ? rgba.a : null })}`];
}

/** Sizes and thicknesses must be non-negative floats. */
function nonNegative(value: number | null | undefined): string | null {
  return typeof value === 'number' && value >= 0 ? formatNumber(value) : null;
}

interface Spell {
  start: string | null;
  end: string | null;
}

function widen(spell: Spell, start: string | null, end: string | null): void {
  if (start !== null && (spell.start === null || start < spell.start)) spell.start = start;
  if (end !== null && (spell.end === null || end > spell.end)) spell.end = end;
}

/**
 * Each node's spell: its documents' dates (firstSeen..lastSeen), widened to the dated
 * evidence of its edges. An event is often dated apart from the article that reports it
 * ("talks due to start on Monday"), and in Gephi's timeline an edge shows only while both
 * its nodes do.
 */
function nodeSpells(graph: GeoGraph): Map<string, Spell> {
  const spells = new Map<string, Spell>();
  graph.forEachNode((node, a) => { spells.set(node, { start: isoDate(a.firstSeen), end: isoDate(a.lastSeen) }); });
  graph.forEachEdge((_edge, a, source, target) => {
    const start = isoDate(a.firstDate);
    const end = isoDate(a.lastDate);
    if (start === null && end === null) return;
    widen(spells.get(source)!, start ?? end, end ?? start);
    widen(spells.get(target)!, start ?? end, end ?? start);
  });
  return spells;
}

function nodeLines(node: string, attributes: NodeAttributes, spell: Spell): string[] {
  const indent = '        ';
  const lines = [`      <node${xmlAttributes({ id: node, label: attributes.label ?? node })}>`];
  lines.push(...attvalueLines(NODE_COLUMNS, attributes, `node ${node}`, indent));
  lines.push(...spellLines(spell.start, spell.end, indent));
  lines.push(...colorLine(attributes.color, indent));
  const x = formatNumber(attributes.x);
  const y = formatNumber(attributes.y);
  // 1.2draft requires z with x and y
  if (x !== null && y !== null) lines.push(`${indent}${emptyElement('viz:position', { x, y, z: '0.0' })}`);
  const size = nonNegative(attributes.size);
  if (size !== null) lines.push(`${indent}${emptyElement('viz:size', { value: size })}`);
  lines.push('      </node>');
  return lines;
}

interface EdgeEntry {
  edge: string;
  attributes: EdgeAttributes;
  source: string;
  target: string;
  undirected: boolean;
}

function edgeLines(dialect: Dialect, { edge, attributes, source, target, undirected }: EdgeEntry): string[] {
  const indent = '        ';
  const relation = checkRelation(MODULE, attributes.relation, edge);
  const head = xmlAttributes({
    id: edge,
    source,
    target,
    type: dialect.mixedEdges && undirected ? 'undirected' : null,
    kind: dialect.edgeKind ? relation : null,
    label: relation,
    weight: formatNumber(attributes.weight),
  });
  const lines = [`      <edge${head}>`];
  lines.push(...attvalueLines(EDGE_COLUMNS, attributes, `edge ${edge}`, indent));
  lines.push(...spellLines(attributes.firstDate, attributes.lastDate, indent));
  lines.push(...colorLine(attributes.color, indent));
  const thickness = nonNegative(attributes.size);
  if (thickness !== null) lines.push(`${indent}${emptyElement('viz:thickness', { value: thickness })}`);
  lines.push('      </edge>');
  return lines;
}
