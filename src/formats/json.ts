/**
 * JSON export: graphology's serialization format, byte for byte what `geokg build`
 * writes to graph.json, so graph/io.ts (readGraphFile, graphFromSerialized) reads it
 * back and sigma or any graphology program can import it.
 */
import type { GeoGraph } from '../graph/types.js';

export function writeJson(graph: GeoGraph): string {
  let out = '';
  for (const chunk of jsonChunks(graph)) out += chunk;
  return out;
}

const isEmpty = (attributes: object) => {
  for (const _ in attributes) return false;
  return true;
};

/**
 * JSON.stringify(graph.export()) in pieces (a node or an edge each), for writing a large
 * graph to a file without building the exported copy or one giant string. The pieces
 * follow graphology's export(): options, attributes, then nodes and edges in insertion
 * order, `attributes` left out when empty and `undirected: true` on undirected edges of a
 * mixed graph.
 */
export function* jsonChunks(graph: GeoGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const serialized = isEmpty(attributes) ? { key: node } : { key: node, attributes };
    yield (first ? '' : ',') + JSON.stringify(serialized);
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) serialized.attributes = attributes;
    if (graph.type === 'mixed' && undirected) serialized.undirected = true;
    yield (first ? '' : ',') + JSON.stringify(serialized);
    first = false;
  }
  yield ']}';
}
