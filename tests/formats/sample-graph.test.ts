/**
 * The exports of the real graph: the packaged corpus/ built once with buildGraph, then
 * written as GEXF (both dialects, checked against the official schemas and read back by
 * networkx and graphology-gexf) and as Neo4j CSV, filtered and not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, OUTPUT_FILES } from '../../src/build/build.js';
import { filterGraph } from '../../src/formats/filter.js';
import { writeGexf, type GexfVersion } from '../../src/formats/gexf.js';
import { writeNeo4j } from '../../src/formats/neo4j.js';
import { readGraphFile } from '../../src/graph/io.js';
import type { GeoGraph } from '../../src/graph/types.js';
import { PROJECT_ROOT, hasGexfSchemas, hasNetworkx, readWithNetworkx, validateGexf, xmlSafe, type NxGraph } from './helpers.js';

const schemas = hasGexfSchemas();
const networkx = hasNetworkx();
const tmp = mkdtempSync(join(tmpdir(), 'geokg-sample-graph-'));
let graph: GeoGraph;

beforeAll(async () => {
  const out = join(tmp, 'graph-out');
  const report = await buildGraph({ corpus: [join(PROJECT_ROOT, 'corpus')], out, cacheDir: join(tmp, 'cache') });
  expect(report.documents.failed).toBe(0);
  graph = readGraphFile(join(out, OUTPUT_FILES.graph));
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** #rgb or #rrggbb as channels, read independently of src/formats. */
function rgb(color: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (!hex) throw new Error(`unexpected colour in graph.json: ${color}`);
  const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
  return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16) };
}

describe('the sample graph', () => {
  it('is a real graph: entities, parallel relations, several types', () => {
    expect(graph.order).toBeGreaterThan(20);
    expect(graph.size).toBeGreaterThan(20);
    expect(new Set(graph.mapEdges((_e, a) => a.relation)).size).toBeGreaterThan(4);
    const pairs = graph.mapEdges((e) => [graph.source(e), graph.target(e)].sort().join('|'));
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
  });
});

describe.skipIf(!schemas)('the sample graph as GEXF, against the official RelaxNG schemas', () => {
  it.each(['1.3', '1.2draft'] as const)('is valid GEXF %s', async (version) => {
    const result = await validateGexf(writeGexf(graph, { version }), version);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('stays valid once filtered to an ego network', async () => {
    const ego = filterGraph(graph, { ego: { entity: 'South Korea', depth: 1 }, modality: 'asserted' });
    expect(ego.order).toBeGreaterThan(1);
    const result = await validateGexf(writeGexf(ego, { version: '1.3' }), '1.3');
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  });
});

describe.skipIf(!networkx)('the sample graph as GEXF 1.2draft, read by networkx', () => {
  let nx: NxGraph;
  beforeAll(() => {
    [nx] = readWithNetworkx([{ kind: 'gexf', text: writeGexf(graph, { version: '1.2draft' }) }]);
  });

  it('finds every node and every edge', () => {
    expect(nx.cls).toBe('MultiDiGraph');
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    expect(nx.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
  });

  it('finds each edge with its ends and relation type', () => {
    for (const e of nx.edges) {
      expect([e.source, e.target]).toEqual([graph.source(e.key), graph.target(e.key)]);
      expect(e.data.relation).toBe(graph.getEdgeAttribute(e.key, 'relation'));
    }
  });

  it("finds each node's label, viz colour and position as in graph.json", () => {
    graph.forEachNode((id, a) => {
      const node = nx.nodes[id] as { label: string; viz: { color: { r: number; g: number; b: number }; position: { x: number; y: number } } };
      expect(node.label).toBe(xmlSafe(a.label));
      expect(node.viz.color).toMatchObject(rgb(a.color));
      expect(node.viz.position.x).toBeCloseTo(a.x, 6);
      expect(node.viz.position.y).toBeCloseTo(a.y, 6);
    });
  });
});

describe('the sample graph through a GEXF round trip with graphology-gexf', () => {
  it.each(['1.3', '1.2draft'] as const)('GEXF %s gives back every node, edge, label and relation attribute', (version: GexfVersion) => {
    const back = gexf.parse(MultiGraph, writeGexf(graph, { version }));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    graph.forEachNode((id, a) => {
      expect(back.getNodeAttributes(id)).toMatchObject({ label: a.label, entityType: a.entityType, mentions: a.mentions });
    });
    graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
      expect(back.hasEdge(key), key).toBe(true);
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
      // 1.2draft writes every edge directed for networkx; the relation's own direction is an attribute
      expect(back.isUndirected(key)).toBe(version === '1.3' ? undirected : false);
      expect(back.getEdgeAttributes(key)).toMatchObject({
        relation: a.relation, directed: a.directed, modality: a.modality, weight: a.weight, confidence: a.confidence,
        polarity: a.polarity, cameo: a.cameo, evidence: a.evidence[0].sentence,
      });
    });
  });
});

describe('the sample graph as Neo4j CSV', () => {
  it('holds every node and relationship, read back by csv-parse', () => {
    const files = writeNeo4j(graph);
    const nodes = parse(files.nodes, { columns: true }) as Record<string, string>[];
    const rels = parse(files.relationships, { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n['id:ID']).sort()).toEqual(graph.nodes().sort());
    expect(rels.map((r) => r.key).sort()).toEqual(graph.edges().sort());
    for (const r of rels) {
      expect(r[':TYPE']).toBe(graph.getEdgeAttribute(r.key, 'relation').toUpperCase());
      expect(r.evidence).toBe(graph.getEdgeAttribute(r.key, 'evidence')[0].sentence);
    }
  });
});
