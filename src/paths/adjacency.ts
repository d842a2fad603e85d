/**
 * Compressed adjacency of a graphology graph for the path search: node and edge indices,
 * and per node the incident edges with the way each may be walked. Built once per graph.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

/** How an adjacency entry may be walked: along an undirected edge, along a directed edge, or against it. */
export const ORIENT_UNDIRECTED = 0;
export const ORIENT_FORWARD = 1;
export const ORIENT_BACKWARD = 2;

/** Compressed adjacency of a graph: every edge appears once at each of its two ends. */
export interface Adjacency {
  nodeKeys: string[];
  nodeIndex: Map<string, number>;
  edgeKeys: string[];
  /** Entries of node i are start[i] .. start[i + 1] - 1. */
  start: Int32Array;
  neighbor: Int32Array;
  edge: Int32Array;
  orientation: Uint8Array;
}

/**
 * Builds the adjacency of `graph`. `visitEdge` is called once per edge with its index and
 * returns whether the edge is directed (walkable only source -> target when direction matters).
 */
export function buildAdjacency<EA extends Attributes>(
  graph: AbstractGraph<Attributes, EA, Attributes>,
  visitEdge: (index: number, attributes: EA, undirected: boolean) => boolean,
): Adjacency {
  const nodeKeys = graph.nodes();
  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < nodeKeys.length; i++) nodeIndex.set(nodeKeys[i], i);
  const edgeCount = graph.size;
  const edgeKeys: string[] = new Array(edgeCount);
  const ends = new Int32Array(edgeCount * 2);
  const directed = new Uint8Array(edgeCount);
  const degree = new Int32Array(nodeKeys.length + 1);
  let e = 0;
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const s = nodeIndex.get(source)!;
    const t = nodeIndex.get(target)!;
    edgeKeys[e] = key;
    ends[2 * e] = s;
    ends[2 * e + 1] = t;
    directed[e] = visitEdge(e, attributes, undirected) ? 1 : 0;
    degree[s]++;
    if (t !== s) degree[t]++;
    e++;
  });
  const start = new Int32Array(nodeKeys.length + 1);
  for (let i = 0; i < nodeKeys.length; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, nodeKeys.length);
  const entries = start[nodeKeys.length];
  const neighbor = new Int32Array(entries);
  const edge = new Int32Array(entries);
  const orientation = new Uint8Array(entries);
  for (let i = 0; i < edgeCount; i++) {
    const s = ends[2 * i];
    const t = ends[2 * i + 1];
    if (s === t) continue; // a self loop is never a hop of a simple path
    const a = fill[s]++;
    neighbor[a] = t;
    edge[a] = i;
    orientation[a] = directed[i] ? ORIENT_FORWARD : ORIENT_UNDIRECTED;
    const b = fill[t]++;
    neighbor[b] = s;
    edge[b] = i;
    orientation[b] = directed[i] ? ORIENT_BACKWARD : ORIENT_UNDIRECTED;
  }
  return { nodeKeys, nodeIndex, edgeKeys, start, neighbor, edge, orientation };
}
