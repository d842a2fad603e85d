/**
 * JSON export: graphology's serialization format, byte for byte what `geokg build`
 * writes to graph.json, so graph/io.ts (readGraphFile, graphFromSerialized) reads it
 * back and sigma or any graphology program can import it.
 */
import type { GeoGraph } from '../graph/types.js';

export function writeJson(graph: GeoGraph): string {
  return JSON.stringify(graph.export());
}
