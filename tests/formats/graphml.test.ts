import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { writeGraphml } from '../../src/formats/graphml.js';
import type { EdgeAttributes } from '../../src/graph/types.js';
import {
  findAll, hasNetworkx, hasPython, loadSmallGraph, parseXml, readWithNetworkx, xmlSafe, type NxGraph,
} from './helpers.js';

const graph = loadSmallGraph();
const networkx = hasNetworkx();
const python = hasPython();

describe('GraphML output', () => {
  it('is well-formed XML (xmllint)', async () => {
    const result = await validateXML({ xml: { fileName: 'graph.graphml', contents: writeGraphml(graph) }, normalization: 'c14n' });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.normalized).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  });

  it('names the module and edge for an unknown relation', () => {
    const g = loadSmallGraph();
    g.setEdgeAttribute('USA|sanction|PRK|asserted', 'relation', 'embargo' as never);
    expect(() => writeGraphml(g)).toThrow('geokg/graphml: unknown relation type "embargo" on edge USA|sanction|PRK|asserted');
  });

  it('reports a boolean that is not one', () => {
    const g = loadSmallGraph();
    g.setNodeAttribute('JPN', 'linked', 'yes' as never);
    expect(() => writeGraphml(g)).toThrow('geokg/graphml: node JPN attribute linked is not a boolean: "yes"');
  });
});

describe.skipIf(!python)('GraphML structure', () => {
  it('declares every key once per scope with a GraphML type, and unique key ids', () => {
    const root = parseXml(writeGraphml(graph));
    const keys = findAll(root, 'key').map((k) => k.attrib);
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    const byName = (scope: string, name: string) => keys.find((k) => k.for === scope && k['attr.name'] === name);
    expect(byName('node', 'label')?.['attr.type']).toBe('string');
    expect(byName('node', 'mentions')?.['attr.type']).toBe('int');
    expect(byName('node', 'pagerank')?.['attr.type']).toBe('double');
    expect(byName('node', 'linked')?.['attr.type']).toBe('boolean');
    expect(byName('edge', 'weight')?.['attr.type']).toBe('double');
    expect(byName('edge', 'directed')?.['attr.type']).toBe('boolean');
    expect(findAll(root, 'graph')[0].attrib.edgedefault).toBe('directed');
  });

  it('writes GraphML directed="false" on undirected edges only when asked', () => {
    const plain = findAll(parseXml(writeGraphml(graph)), 'edge');
    expect(plain.every((e) => e.attrib.directed === undefined)).toBe(true);
    const mixed = findAll(parseXml(writeGraphml(graph, { mixedEdges: true })), 'edge');
    for (const e of mixed) expect(e.attrib.directed).toBe(graph.isUndirected(e.attrib.id) ? 'false' : undefined);
  });
});

describe.skipIf(!networkx)('GraphML read by networkx', () => {
  let nx: NxGraph;
  beforeAll(() => {
    [nx] = readWithNetworkx([{ kind: 'graphml', text: writeGraphml(graph) }]);
  });

  it('is a directed multigraph keyed by the graph edge keys', () => {
    expect(nx.cls).toBe('MultiDiGraph');
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    expect(nx.graph).toMatchObject({ name: 'small fixture', extractorVersion: 'x1', documentCount: 4 });
  });

  it('keeps node attributes with their types', () => {
    graph.forEachNode((id, a) => {
      expect(nx.nodes[id]).toMatchObject({
        label: xmlSafe(a.label), entityType: a.entityType, linked: a.linked, aliases: xmlSafe(a.aliases.join('|')),
        mentions: a.mentions, degree: a.degree, weightedDegree: a.weightedDegree, pagerank: a.pagerank,
        community: a.community, x: a.x, y: a.y, size: a.size, color: a.color,
      });
      expect(nx.nodes[id].firstSeen ?? null).toBe(a.firstSeen);
    });
    expect(nx.nodes.USA).toMatchObject({ r: 31, g: 119, b: 180 });
    expect(nx.nodes.CHN).toMatchObject({ r: 170, g: 187, b: 204 });
    expect(nx.nodes['script-alert-1'].label).toBe('<script>alert(1)</script> & "quotes" ');
  });

  it('keeps edge direction, relation and evidence, hostile text included', () => {
    for (const e of nx.edges) {
      const a = graph.getEdgeAttributes(e.key) as EdgeAttributes;
      expect([e.source, e.target]).toEqual([graph.source(e.key), graph.target(e.key)]);
      expect(e.data).toMatchObject({
        label: a.relation, relation: a.relation, directed: a.directed, modality: a.modality, weight: a.weight,
        confidence: a.confidence, documents: a.documents.length, evidence: xmlSafe(a.evidence[0].sentence),
      });
      expect(e.data.firstDate ?? null).toBe(a.firstDate);
    }
    const hostile = nx.edges.find((e) => e.key === 'script-alert-1|criticism|USA|asserted')!;
    expect(hostile.data.evidence).toBe("=cmd|' /C calc'!A0 said \"USA <is> bad\" & 'worse'  tab\there\r\nsecond line \u{1F30F}");
    const undirected = nx.edges.filter((e) => e.data.directed === false).map((e) => e.data.relation);
    expect(new Set(undirected)).toEqual(new Set(['alliance', 'cooperation', 'negotiation', 'trade']));
  });
});
