/**
 * Exports of graphs full of hostile text read back by independent parsers: graph.json by
 * graphology's import, GEXF 1.3 and 1.2draft by graphology-gexf (xmldom) and 1.2draft also
 * by networkx (expat). JSON keeps every string exactly; GEXF keeps every string minus the
 * code points XML 1.0 cannot carry (the documented removal in src/formats/xml.ts).
 * tests/formats cover the fixture graph and node labels of random graphs; this covers
 * every exported attribute of nodes and edges, and both GEXF dialects.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGexf, type GexfVersion } from '../../src/formats/gexf.js';
import { writeJson } from '../../src/formats/json.js';
import { graphFromSerialized, readGraphFile, writeGraphFile } from '../../src/graph/io.js';
import type { GeoGraph, SerializedGeoGraph } from '../../src/graph/types.js';
import { geoGraphs, xmlSafe } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'geokg-rel-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hasNetworkx(): boolean {
  const ok = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
  if (ok) return true;
  if (process.env.CI) throw new Error(`${PYTHON} with networkx is required when CI is set (apt-get install python3-networkx)`);
  console.warn(`NOTICE: skipping the networkx round trip: ${PYTHON} with networkx is missing`);
  return false;
}

describe('JSON export round trip', () => {
  it('graph.json written and read back equals the graph, every hostile string exact', () => {
    let file = 0;
    fc.assert(
      fc.property(geoGraphs(), (graph) => {
        const path = join(dir, `graph-${file++}.json`);
        writeGraphFile(graph, path);
        const fromFile = readGraphFile(path);
        expect(fromFile.export()).toEqual(graph.export());
        // a plain graphology import of the export format, as sigma or any graphology program does it
        const imported = new MultiGraph();
        imported.import(JSON.parse(writeJson(graph)) as SerializedGeoGraph);
        expect(imported.order).toBe(graph.order);
        graph.forEachNode((node, a) => expect(imported.getNodeAttributes(node)).toEqual(a));
        graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
          expect(imported.getEdgeAttributes(edge)).toEqual(a);
          expect([imported.source(edge), imported.target(edge), imported.isUndirected(edge)]).toEqual([source, target, undirected]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is valid JSON text whatever the strings: no raw lone surrogate or control character', () => {
    fc.assert(
      fc.property(geoGraphs(), (graph) => {
        const text = writeJson(graph);
        // well-formed JSON.stringify escapes these; a raw one would break strict readers
        expect(/[\u0000-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)).toBe(false);
        expect(graphFromSerialized(JSON.parse(text) as SerializedGeoGraph).size).toBe(graph.size);
      }),
      { numRuns: 100 },
    );
  });
});

/** Parsed GEXF attribute values: strings as written, minus XML-forbidden characters; absent when empty. */
function expectedText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return xmlSafe(value);
}

function checkGexfReadBack(graph: GeoGraph, version: GexfVersion): void {
  const xml = writeGexf(graph, { version });
  const back = gexf.parse(MultiGraph, xml);
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  graph.forEachNode((node, a) => {
    const id = xmlSafe(node);
    expect(back.hasNode(id), `node ${JSON.stringify(id)}`).toBe(true);
    const b = back.getNodeAttributes(id);
    // the parser leaves out an empty label
    expect(b.label).toBe(xmlSafe(a.label) || undefined);
    expect(b).toMatchObject({
      entityType: a.entityType, linked: a.linked, aliases: xmlSafe(a.aliases.join('|')), mentions: a.mentions,
      documents: a.documents.length, pagerank: a.pagerank, betweenness: a.betweenness, community: a.community,
      x: a.x, y: a.y, size: a.size,
    });
    expect(b.firstSeen).toBe(expectedText(a.firstSeen));
  });
  graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
    const key = xmlSafe(edge);
    expect(back.hasEdge(key), `edge ${JSON.stringify(key)}`).toBe(true);
    expect([back.source(key), back.target(key)]).toEqual([xmlSafe(source), xmlSafe(target)]);
    // 1.3 marks undirected relations per edge; 1.2draft writes every edge directed (networkx needs that)
    expect(back.isUndirected(key)).toBe(version === '1.3' ? undirected : false);
    const b = back.getEdgeAttributes(key);
    expect(b).toMatchObject({
      relation: a.relation, directed: a.directed, modality: a.modality, weight: a.weight, confidence: a.confidence,
      polarity: a.polarity, cameo: a.cameo, evidenceCount: a.evidenceCount, documents: a.documents.length,
      evidence: xmlSafe(a.evidence[0].sentence),
    });
    if (version === '1.3') expect(b.kind).toBe(a.relation);
    expect(b.amount).toBe(a.attributes.amount);
    expect(b.currency).toBe(expectedText(a.attributes.currency));
    expect(b.firstDate).toBe(expectedText(a.firstDate));
  });
}

describe('GEXF export round trip through graphology-gexf', () => {
  it.each(['1.3', '1.2draft'] as const)('GEXF %s keeps ids, labels and every attribute, minus XML-forbidden characters', (version) => {
    fc.assert(fc.property(geoGraphs(), (graph) => checkGexfReadBack(graph, version)), { numRuns: 120 });
  });
});

const NX_EDGES = `
import io, json, sys
import networkx as nx
out = []
for text in json.loads(sys.stdin.read()):
    G = nx.read_gexf(io.BytesIO(text.encode('utf-8', 'surrogatepass')))
    out.append({'nodes': {n: d.get('label') for n, d in G.nodes(data=True)},
                # a file with no parallel edges comes back as a DiGraph, its edge ids in the data
                'edges': {(k if G.is_multigraph() else d['id']): [u, v, d.get('evidence'), d.get('currency')]
                          for u, v, k, d in (G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True)))}})
print(json.dumps(out))
`;

describe.skipIf(!hasNetworkx())('GEXF 1.2draft read by networkx', () => {
  it('keeps hostile labels, evidence and currency of every node and edge', () => {
    const graphs = fc.sample(geoGraphs(), { numRuns: 60, seed: 20220224 });
    const docs = graphs.map((g) => writeGexf(g, { version: '1.2draft' }));
    const result = spawnSync(PYTHON, ['-c', NX_EDGES], { input: JSON.stringify(docs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(result.status, result.stderr).toBe(0);
    const read = JSON.parse(result.stdout) as { nodes: Record<string, string>; edges: Record<string, [string, string, string, string | null]> }[];
    graphs.forEach((graph, i) => {
      graph.forEachNode((node, a) => expect(read[i].nodes[xmlSafe(node)]).toBe(xmlSafe(a.label)));
      expect(Object.keys(read[i].edges).length).toBe(graph.size);
      graph.forEachEdge((edge, a, source, target) => {
        expect(read[i].edges[xmlSafe(edge)]).toEqual([
          xmlSafe(source), xmlSafe(target), xmlSafe(a.evidence[0].sentence), a.attributes.currency === undefined ? null : xmlSafe(a.attributes.currency),
        ]);
      });
    });
  }, 30_000);
});
