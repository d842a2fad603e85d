/** Reading and writing the data graph in graphology's serialization format (graph.json). */
import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import type { EdgeAttributes, GeoGraph, GraphAttributes, NodeAttributes, SerializedGeoGraph } from './types.js';
import { jsonChunks } from '../formats/json.js';
import { commitStaged, stageChunks } from '../util/atomic-write.js';

export function createGeoGraph(): GeoGraph {
  return new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

export function graphFromSerialized(data: SerializedGeoGraph): GeoGraph {
  const graph = createGeoGraph();
  graph.import(data);
  return graph;
}

export function readGraphFile(file: string): GeoGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`geokg/graph: cannot read graph file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: SerializedGeoGraph;
  try {
    data = JSON.parse(text) as SerializedGeoGraph;
  } catch (err) {
    throw new Error(`geokg/graph: ${file} is not JSON: ${(err as Error).message}`);
  }
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new Error(`geokg/graph: ${file} is not a graphology serialized graph (expected "nodes" and "edges" arrays)`);
  }
  return graphFromSerialized(data);
}

/** Writes graph.json atomically, streamed: a large graph is never one string. */
export function writeGraphFile(graph: GeoGraph, file: string): void {
  commitStaged([[stageChunks(file, jsonChunks(graph)), file]]);
}
