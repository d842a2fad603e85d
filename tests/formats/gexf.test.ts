import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { writeGexf } from '../../src/formats/gexf.js';
import type { EdgeAttributes, GeoGraph, GraphAttributes, NodeAttributes } from '../../src/graph/types.js';
import { edgeKey } from '../../src/graph/types.js';
import { MODALITIES, RELATION_TYPES } from '../../src/model.js';
import {
  findAll, hasGexfSchemas, hasNetworkx, hasPython, loadSmallGraph, parseXml, readWithNetworkx, validateGexf, xmlSafe,
  type NxGraph, type XmlElement,
} from './helpers.js';

const graph = loadSmallGraph();
const schemas = hasGexfSchemas();
const networkx = hasNetworkx();
const python = hasPython();

// Characters that no XML 1.0 document may contain, even escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe.skipIf(!schemas)('GEXF against the official RelaxNG schemas', () => {
  it.each(['1.3', '1.2draft'] as const)('the fixture graph is valid GEXF %s', async (version) => {
    const result = await validateGexf(writeGexf(graph, { version }), version);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validator does reject what the schema forbids', async () => {
    // kind exists only in 1.3: a 1.3 document relabelled as 1.2draft must fail
    const gexf13 = writeGexf(graph, { version: '1.3' })
      .replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"')
      .replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"')
      .replace('version="1.3"', 'version="1.2"');
    const result = await validateGexf(gexf13, '1.2draft');
    expect(result.valid).toBe(false);
  });

  it('random graphs with hostile unicode stay well-formed and schema-valid', async () => {
    const collected: { xml: string; labels: Map<string, string> }[] = [];
    await fc.assert(
      fc.asyncProperty(randomGraph(), fc.constantFrom(...(['1.3', '1.2draft'] as const)), async (g, version) => {
        const xml = writeGexf(g, { version });
        expect(FORBIDDEN.test(xml)).toBe(false);
        const result = await validateGexf(xml, version);
        expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
        if (version === '1.2draft') collected.push({ xml, labels: new Map(g.mapNodes((n, a) => [n, a.label])) });
      }),
      { numRuns: 30 },
    );
    // the labels come back intact, minus the characters XML cannot carry
    if (networkx && collected.length) {
      const read = readWithNetworkx(collected.map((c) => ({ kind: 'gexf' as const, text: c.xml })));
      read.forEach((nx, i) => {
        for (const [id, label] of collected[i].labels) expect(nx.nodes[xmlSafe(id)].label).toBe(xmlSafe(label));
      });
    }
  }, 120_000);
});

describe.skipIf(!python)('GEXF 1.3 structure for Gephi', () => {
  let root: XmlElement;
  let edges: XmlElement[];
  beforeAll(() => {
    root = parseXml(writeGexf(graph, { version: '1.3' }));
    edges = findAll(root, 'edge');
  });

  it('uses the 1.3 namespaces, a directed default and dynamic dates', () => {
    expect(root.tag).toBe('{http://gexf.net/1.3}gexf');
    const [g] = findAll(root, 'graph');
    expect(g.attrib).toMatchObject({ defaultedgetype: 'directed', mode: 'dynamic', timeformat: 'date' });
    expect(findAll(root, 'creator')[0].text).toBe('geokg');
    expect(findAll(root, 'position').every((p) => p.tag === '{http://gexf.net/1.3/viz}position')).toBe(true);
  });

  it('marks undirected relations per edge and sets kind to the relation', () => {
    expect(edges).toHaveLength(graph.size);
    for (const edge of edges) {
      const key = edge.attrib.id;
      expect(edge.attrib.kind).toBe(graph.getEdgeAttribute(key, 'relation'));
      expect(edge.attrib.type).toBe(graph.isUndirected(key) ? 'undirected' : undefined);
    }
    const usaKor = edges.filter((e) => [e.attrib.source, e.attrib.target].sort().join() === 'KOR,USA');
    expect(new Set(usaKor.map((e) => e.attrib.kind))).toEqual(new Set(['alliance', 'cooperation', 'support', 'negotiation']));
  });

  it('writes spells only where dates are known', () => {
    const spellsOf = (id: string) => findAll(edges.find((e) => e.attrib.id === id)!, 'spell').map((s) => s.attrib);
    expect(spellsOf('KOR|alliance|USA|asserted')).toEqual([{ start: '2014-03-14', end: '2014-04-02' }]);
    expect(spellsOf('USA|support|KOR|hypothetical')).toEqual([]);
    const hostile = findAll(root, 'node').find((n) => n.attrib.id === 'script-alert-1')!;
    expect(findAll(hostile, 'spell')).toEqual([]);
  });

  it('widens each node\'s spell to its edges\' dated evidence, so no edge outlives an endpoint on the timeline', () => {
    const spellOf = (element: XmlElement) => findAll(element, 'spell')[0]?.attrib ?? null;
    const nodes = new Map(findAll(root, 'node').map((n) => [n.attrib.id, spellOf(n)]));
    let widened = 0;
    for (const edge of edges) {
      const spell = spellOf(edge);
      if (!spell) continue;
      for (const end of [edge.attrib.source, edge.attrib.target]) {
        const node = nodes.get(end)!;
        expect(node.start <= spell.start && spell.end <= node.end, `${edge.attrib.id} within ${end}`).toBe(true);
        const own = graph.getNodeAttributes(end);
        if (!own.firstSeen || own.firstSeen > spell.start || (own.lastSeen ?? '') < spell.end) widened++;
      }
    }
    // the fixture has such edges, so the widening is exercised, not only the containment
    expect(widened).toBeGreaterThan(0);
  });

  it('writes colors with alpha when the color has one', () => {
    const attack = edges.find((e) => e.attrib.id === 'PRK|attack|KOR|hypothetical')!;
    expect(findAll(attack, 'color')[0].attrib).toEqual({ r: '214', g: '39', b: '40', a: '0.5' });
  });
});

describe.skipIf(!networkx)('GEXF 1.2draft read by networkx', () => {
  let nx: NxGraph;
  beforeAll(() => {
    [nx] = readWithNetworkx([{ kind: 'gexf', text: writeGexf(graph, { version: '1.2draft' }) }]);
  });

  it('is a directed multigraph with every node and parallel edge', () => {
    expect(nx.cls).toBe('MultiDiGraph');
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    expect(nx.edges.map((e) => e.key).sort()).toEqual(graph.edges().sort());
    expect(nx.graph.mode).toBe('dynamic');
  });

  it('keeps node labels and typed attributes', () => {
    graph.forEachNode((id, a) => {
      const n = nx.nodes[id];
      expect(n.label).toBe(xmlSafe(a.label));
      expect(n).toMatchObject({
        entityType: a.entityType, linked: a.linked, aliases: a.aliases.join('|'), mentions: a.mentions,
        documents: a.documents.length, degree: a.degree, weightedDegree: a.weightedDegree, pagerank: a.pagerank,
        betweenness: a.betweenness, community: a.community,
      });
      expect(n.firstSeen ?? null).toBe(a.firstSeen);
      expect((n.viz as { position: { x: number } }).position.x).toBeCloseTo(a.x, 5);
    });
    expect(nx.nodes['script-alert-1'].label).toBe('<script>alert(1)</script> & "quotes" ');
  });

  it('keeps edge direction, relation, weight, evidence and dates', () => {
    for (const e of nx.edges) {
      const a = graph.getEdgeAttributes(e.key) as EdgeAttributes;
      expect([e.source, e.target]).toEqual([graph.source(e.key), graph.target(e.key)]);
      expect(e.data).toMatchObject({
        relation: a.relation, directed: a.directed, modality: a.modality, weight: a.weight, confidence: a.confidence,
        polarity: a.polarity, cameo: a.cameo, documents: a.documents.length, evidenceCount: a.evidenceCount,
        evidence: xmlSafe(a.evidence[0].sentence),
      });
      expect(e.data.spells ?? null).toEqual(a.firstDate ? [[a.firstDate, a.lastDate]] : null);
    }
    const funding = nx.edges.find((e) => e.key === 'KOR|funding|usfk|asserted')!;
    expect(funding.data).toMatchObject({ amount: 870000000, currency: 'USD' });
    const hostile = nx.edges.find((e) => e.key === 'script-alert-1|criticism|USA|asserted')!;
    expect(hostile.data.evidence).toBe("=cmd|' /C calc'!A0 said \"USA <is> bad\" & 'worse'  tab\there\r\nsecond line \u{1F30F}");
  });
});

describe('GEXF errors and escaping', () => {
  it('never lets a forbidden character or an unescaped "<" through', () => {
    for (const version of ['1.3', '1.2draft'] as const) {
      const xml = writeGexf(graph, { version });
      expect(FORBIDDEN.test(xml)).toBe(false);
      expect(xml).not.toContain('<script>');
      expect(xml).toContain('label="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; "');
    }
  });

  it('names the module, the relation and the edge for an unknown relation', () => {
    const g = loadSmallGraph();
    g.setEdgeAttribute('KOR|alliance|USA|asserted', 'relation', 'friendship' as never);
    expect(() => writeGexf(g)).toThrow('geokg/gexf: unknown relation type "friendship" on edge KOR|alliance|USA|asserted');
  });

  it('reports a count that is not an integer', () => {
    const g = loadSmallGraph();
    g.setNodeAttribute('KOR', 'mentions', 2.5);
    expect(() => writeGexf(g)).toThrow(/geokg\/gexf: node KOR attribute mentions is not an integer: 2\.5/);
  });

  it('rejects an unknown version', () => {
    expect(() => writeGexf(graph, { version: '1.1' as never })).toThrow(/unknown GEXF version "1.1"/);
  });
});

// Strings built from whole-unicode code points and the pieces most likely to break XML.
const HOSTILE_PIECES = ['<', '>', '&', '"', "'", ']]>', '\u0000', '\u0007', '\u001f', '\uD800', '\uDFFF', '\uFFFE', '\r\n', '\t', ' ', '&amp;', '=1+1'];
const hostileString = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...HOSTILE_PIECES)), { maxLength: 6 })
  .map((parts) => parts.join(''));
const isoDay = fc.integer({ min: 0, max: 3650 }).map((d) => new Date(Date.UTC(2010, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

function randomGraph(): fc.Arbitrary<GeoGraph> {
  const node = fc.record({ id: hostileString, label: hostileString, alias: hostileString, seen: fc.option(isoDay), x: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) });
  const edge = fc.record({
    s: fc.nat(), t: fc.nat(), relation: fc.constantFrom(...RELATION_TYPES), modality: fc.constantFrom(...MODALITIES),
    sentence: hostileString, date: fc.option(isoDay), weight: fc.integer({ min: 1, max: 50 }),
  });
  return fc.record({ nodes: fc.uniqueArray(node, { minLength: 2, maxLength: 6, selector: (n) => xmlSafe(n.id) }), edges: fc.array(edge, { maxLength: 10 }) })
    .map(({ nodes, edges }) => {
      const g = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
      g.replaceAttributes({ name: 'random', extractorVersion: 'x1', documents: [] });
      nodes.forEach((n, i) => g.addNode(n.id, {
        label: n.label, entityType: 'organization', linked: false, aliases: [n.alias], roles: [], mentions: i, documents: [],
        firstSeen: n.seen, lastSeen: n.seen, degree: 0, weightedDegree: 0, pagerank: 0.5, betweenness: 0, community: i,
        x: n.x, y: -n.x, size: 3, color: '#336699',
      }));
      for (const e of edges) {
        const source = nodes[e.s % nodes.length].id;
        const target = nodes[e.t % nodes.length].id;
        if (source === target) continue;
        const directed = !['alliance', 'cooperation', 'negotiation', 'trade'].includes(e.relation);
        const key = edgeKey(source, e.relation, target, e.modality, directed);
        if (g.hasEdge(key)) continue;
        const attributes: EdgeAttributes = {
          relation: e.relation, directed, modality: e.modality, weight: e.weight, documents: [], firstDate: e.date, lastDate: e.date,
          confidence: 0.5, polarity: 'structural', cameo: '-', attributes: {}, evidenceCount: 1, color: '#999', size: 1,
          evidence: [{ sentence: e.sentence, documentId: 'd', documentTitle: null, documentDate: e.date, start: 0, end: 1 }],
        };
        if (directed) g.addDirectedEdgeWithKey(key, source, target, attributes);
        else g.addUndirectedEdgeWithKey(key, source, target, attributes);
      }
      return g;
    });
}
