/**
 * Export time on the largest generated graph (50k nodes / 200k edges, seeded, with every
 * attribute of src/graph/types.ts): GEXF 1.3 and 1.2draft, GraphML, CSV and Neo4j CSV,
 * beside graphology-gexf's own GEXF writer on the same graph.
 */
import gexf from 'graphology-gexf';
import { writeCsv } from '../dist/formats/csv.js';
import { writeGexf } from '../dist/formats/gexf.js';
import { writeGraphml } from '../dist/formats/graphml.js';
import { writeNeo4j } from '../dist/formats/neo4j.js';
import { graphFromSerialized } from '../dist/graph/io.js';
import type { GeoGraph } from '../dist/graph/types.js';
import { syntheticGraph } from '../tests/viewer/synthetic-graph.js';
import { timeMedian, type Benchmark, type BenchFigure } from './harness.js';

const SEED = 20140314;

/** Total UTF-16 length of what a writer returns (one string or several tables). */
function length(output: string | Record<string, string>): number {
  return typeof output === 'string' ? output.length : Object.values(output).reduce((sum, text) => sum + text.length, 0);
}

const WRITERS: Array<{ name: string; write: (graph: GeoGraph) => string | Record<string, string> }> = [
  { name: 'writeGexf 1.3', write: (graph) => writeGexf(graph, { version: '1.3' }) },
  { name: 'writeGexf 1.2draft', write: (graph) => writeGexf(graph, { version: '1.2draft' }) },
  { name: 'writeGraphml', write: (graph) => writeGraphml(graph) },
  { name: 'writeCsv', write: (graph) => ({ ...writeCsv(graph) }) },
  { name: 'writeNeo4j', write: (graph) => ({ ...writeNeo4j(graph) }) },
];

export const benchmark: Benchmark = {
  id: 'export',
  description: 'GEXF 1.3 / 1.2draft, GraphML, CSV and Neo4j export vs graphology-gexf write, on a generated graph',
  async run({ quick }) {
    const [nodes, edges] = quick ? [2000, 8000] : [50_000, 200_000];
    // the full-size writers take seconds each: one timed run there, the median of three on the quick graph
    const reps = quick ? 3 : 1;
    const graph = graphFromSerialized(syntheticGraph({ nodes, edges, seed: SEED }));
    const label = `${(graph.order / 1000).toFixed(0)}k nodes / ${(graph.size / 1000).toFixed(0)}k edges`;

    let baselineSize = 0;
    const baselineMs = await timeMedian(reps, () => {
      baselineSize = gexf.write(graph).length;
    });
    const baseline = { name: 'graphology-gexf write', value: Math.round(baselineMs) };

    const figures: BenchFigure[] = [];
    for (const writer of WRITERS) {
      let size = 0;
      const ms = await timeMedian(reps, () => {
        size = length(writer.write(graph));
      });
      figures.push({
        name: `${writer.name}, ${label}`,
        value: Math.round(ms),
        unit: 'ms',
        better: 'lower',
        baseline,
        notes: `${(size / 1e6).toFixed(1)} M chars out (graphology-gexf: ${(baselineSize / 1e6).toFixed(1)} M)`,
      });
    }
    return figures;
  },
};
