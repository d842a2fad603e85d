/**
 * Text rendering of path query results for the terminal:
 *   John Kerry -[affiliation]-> United States -[alliance]- South Korea <-[threat]- North Korea
 * then one line per hop with its best evidence sentence and where it comes from.
 */
import type { GeoGraph } from '../graph/types.js';
import type { PathHop, PathResult } from './types.js';

/** Longest evidence excerpt shown per hop, in characters. */
export const EVIDENCE_WIDTH = 160;

/** Display name of an entity: its label, or the id when the graph has no label for it. */
export function labelOf(graph: GeoGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const label = graph.getNodeAttribute(id, 'label');
  return typeof label === 'string' && label ? label : id;
}

/** The connector of a hop: -[rel]-> along a directed relation, <-[rel]- against it, -[rel]- undirected. */
export function hopArrow(hop: Pick<PathHop, 'relation' | 'modality' | 'directed' | 'forward'>): string {
  const name = hop.modality === 'asserted' ? hop.relation : `${hop.relation}?${hop.modality}`;
  if (!hop.directed) return `-[${name}]-`;
  return hop.forward ? `-[${name}]->` : `<-[${name}]-`;
}

/** One line: the whole path with labels and arrows. */
export function pathLine(graph: GeoGraph, path: PathResult): string {
  let line = labelOf(graph, path.nodes[0]);
  for (const hop of path.hops) line += ` ${hopArrow(hop)} ${labelOf(graph, hop.to)}`;
  return line;
}

/** Shortens `text` to at most `width` characters, at a word boundary when one is near. */
export function truncateText(text: string, width = EVIDENCE_WIDTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= width) return clean;
  const cut = clean.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  const head = space >= width * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.-]+$/, '')}…`;
}

function formatCost(cost: number): string {
  return Number.isInteger(cost) ? String(cost) : cost.toFixed(3);
}

function evidenceLine(hop: PathHop): string {
  const ev = hop.evidence;
  if (!ev) return '(no evidence sentence)';
  const where = [ev.documentTitle, ev.documentDate].filter((part): part is string => Boolean(part)).join(', ');
  const source = where || ev.documentId;
  return `"${truncateText(ev.sentence)}"${source ? ` (${source})` : ''}`;
}

/** A numbered path: the one-line summary, then each hop with its evidence. */
export function formatPath(graph: GeoGraph, path: PathResult, number = 1): string {
  const hops = path.hops.length === 1 ? '1 hop' : `${path.hops.length} hops`;
  const lines = [`${number}. ${pathLine(graph, path)}  [${hops}, cost ${formatCost(path.cost)}]`];
  path.hops.forEach((hop, i) => {
    lines.push(`   ${i + 1}) ${labelOf(graph, hop.from)} ${hopArrow(hop)} ${labelOf(graph, hop.to)}`);
    lines.push(`      ${evidenceLine(hop)}`);
  });
  return lines.join('\n');
}

/** Every path, numbered from 1, separated by blank lines. */
export function formatPaths(graph: GeoGraph, paths: PathResult[]): string {
  return paths.map((path, i) => formatPath(graph, path, i + 1)).join('\n\n');
}
