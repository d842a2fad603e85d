/**
 * The streaming writers: `geokg build` writes graph.json and graph.gexf piece by piece
 * (jsonChunks, gexfChunks) instead of as one string, and the pieces must join to exactly
 * what the string writers gave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { gexfChunks, writeGexf } from '../../src/formats/gexf.js';
import { jsonChunks, writeJson } from '../../src/formats/json.js';
import { aggregateExtractions } from '../../src/graph/aggregate.js';
import type { EdgeAttributes, GeoGraph, GraphAttributes, NodeAttributes } from '../../src/graph/types.js';
import type { Extraction } from '../../src/model.js';
import { PROJECT_ROOT, loadSmallGraph } from './helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe('gexfChunks', () => {
  const graph = loadSmallGraph();

  it('joins to the GEXF the string writer gave, byte for byte, in both dialects', () => {
    for (const version of ['1.3', '1.2draft'] as const) {
      const expected = readFileSync(join(GOLDEN, `small.${version}.gexf`), 'utf8');
      expect(joined(gexfChunks(graph, { version }))).toBe(expected);
      expect(writeGexf(graph, { version })).toBe(expected);
    }
  });

  it('comes in pieces of a node or an edge each, not as one string', () => {
    const chunks = [...gexfChunks(graph)];
    expect(chunks.length).toBe(graph.order + graph.size + 3);
  });

  it('rejects an unknown version before writing anything', () => {
    expect(() => gexfChunks(graph, { version: '1.1' as never })).toThrow(/unknown GEXF version "1.1"/);
  });
});

// Keys and values from whole-unicode strings and the pieces most likely to break JSON.
const hostile = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 5 }), fc.constantFrom('"', '\\', '\u0000', '\uD800', '\u2028', '__proto__', 'toJSON')), { maxLength: 4 })
  .map((parts) => parts.join(''));

function randomGraph(): fc.Arbitrary<GeoGraph> {
  return fc.record({
    nodes: fc.uniqueArray(fc.record({ key: hostile, bare: fc.boolean(), label: hostile, x: fc.double() }), { minLength: 2, maxLength: 6, selector: (n) => n.key }),
    edges: fc.array(fc.record({ s: fc.nat(), t: fc.nat(), undirected: fc.boolean(), bare: fc.boolean(), sentence: hostile }), { maxLength: 10 }),
    name: hostile,
  }).map(({ nodes, edges, name }) => {
    const g = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
    g.replaceAttributes({ name, extractorVersion: 'x1', documents: [] });
    // bare nodes and edges have no attributes at all: export() leaves the key out
    for (const n of nodes) g.addNode(n.key, n.bare ? undefined : { label: n.label, x: n.x } as unknown as NodeAttributes);
    edges.forEach((e, i) => {
      const [s, t] = [nodes[e.s % nodes.length].key, nodes[e.t % nodes.length].key];
      if (s === t) return;
      const attributes = (e.bare ? undefined : { evidence: [{ sentence: e.sentence }], weight: i }) as unknown as EdgeAttributes;
      if (e.undirected) g.addUndirectedEdgeWithKey(`e${i}`, s, t, attributes);
      else g.addDirectedEdgeWithKey(`e${i}`, s, t, attributes);
    });
    return g;
  });
}

describe('jsonChunks', () => {
  it('joins to JSON.stringify(graph.export()) for hostile graphs', () => {
    fc.assert(fc.property(randomGraph(), (g) => {
      expect(joined(jsonChunks(g))).toBe(JSON.stringify(g.export()));
    }), { numRuns: 200 });
  });

  it('joins to JSON.stringify(graph.export()) for the fixture and an aggregated graph, and is writeJson', () => {
    const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'extractions');
    const extractions = ['seoul-2014-03-14.json', 'seoul-2014-03-20.json', 'undated-alliance-roundup.json']
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Extraction);
    for (const g of [loadSmallGraph(), aggregateExtractions(extractions), new MultiGraph() as unknown as GeoGraph]) {
      expect(joined(jsonChunks(g))).toBe(JSON.stringify(g.export()));
      expect(writeJson(g)).toBe(JSON.stringify(g.export()));
    }
  });
});
