/**
 * Which nodes and edges the filters let through. Computed once per filter change
 * (O(N + E)); reducers then only look the answer up.
 */
import type { GeoGraph } from '../../../src/graph/types.js';
import type { AppState } from '../state.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** An item with dates [first, last] is kept when that span meets the window; undated items are kept. */
function inWindow(first: string | null, last: string | null, from: string | null, to: string | null): boolean {
  if (!first && !last) return true;
  const start = first ?? last!;
  const end = last ?? first!;
  if (from && end < from) return false;
  if (to && start > to) return false;
  return true;
}

export function computeVisibility(graph: GeoGraph, state: AppState): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (state.entityTypes.has(a.entityType) && inWindow(a.firstSeen, a.lastSeen, state.dateFrom, state.dateTo)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (!state.relations.has(a.relation) || !state.modalities.has(a.modality)) return;
    if (a.weight < state.minWeight) return;
    if (!inWindow(a.firstDate, a.lastDate, state.dateFrom, state.dateTo)) return;
    edges.add(edge);
  });
  return { nodes, edges };
}

/** Earliest and latest dates over nodes and edges, for the date slider. */
export function dateExtent(graph: GeoGraph): [string, string] | null {
  let min: string | null = null;
  let max: string | null = null;
  const see = (d: string | null) => {
    if (!d) return;
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  };
  graph.forEachNode((_n, a) => { see(a.firstSeen); see(a.lastSeen); });
  graph.forEachEdge((_e, a) => { see(a.firstDate); see(a.lastDate); });
  return min !== null && max !== null ? [min, max] : null;
}
