import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/formats/index.js';
import { NEO4J_FILES, writeNeo4j } from '../../src/formats/neo4j.js';
import type { GeoGraph } from '../../src/graph/types.js';
import { geoGraphs } from '../reliability/helpers.js';
import { loadSmallGraph, xmlSafe } from './helpers.js';

const graph = loadSmallGraph();
const files = writeNeo4j(graph);

/** A strict RFC 4180 read by csv-parse: every record as an array of strings, the header first. */
function records(text: string): string[][] {
  return parse(text, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
}

function rows(text: string): Record<string, string>[] {
  const [header, ...body] = records(text);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

describe('Neo4j bulk-import CSV', () => {
  it('has the headers neo4j-admin reads: :ID, :LABEL, :START_ID, :END_ID, :TYPE and typed properties', () => {
    const [nodeHeader] = records(files.nodes);
    const [relHeader] = records(files.relationships);
    expect(nodeHeader).toEqual([
      'id:ID', 'label', 'entityType', ':LABEL', 'linked:boolean', 'aliases:string[]', 'mentions:int', 'pagerank:float', 'community:int',
      'firstSeen', 'lastSeen',
    ]);
    expect(relHeader).toEqual([
      ':START_ID', ':END_ID', ':TYPE', 'key', 'directed:boolean', 'modality', 'weight:int', 'confidence:float', 'polarity', 'cameo',
      'firstDate', 'lastDate', 'evidence',
    ]);
    // exactly one of each special field, and every other header is name or name:type with a type neo4j-admin knows
    for (const [header, special] of [[nodeHeader, [':ID']], [relHeader, [':START_ID', ':END_ID', ':TYPE']]] as const) {
      for (const s of special) expect(header.filter((h) => h.endsWith(s))).toHaveLength(1);
      for (const h of header) expect(h).toMatch(/^(\w+(:(ID|int|float|boolean|string\[\]))?|:(LABEL|START_ID|END_ID|TYPE))$/);
    }
  });

  it('holds every node with its entity type as a label', () => {
    const nodes = rows(files.nodes);
    expect(nodes.map((n) => n['id:ID']).sort()).toEqual(graph.nodes().sort());
    for (const n of nodes) {
      const a = graph.getNodeAttributes(n['id:ID']);
      expect(n[':LABEL']).toBe(`Entity;${capitalised(a.entityType)}`);
      expect(n).toMatchObject({
        entityType: a.entityType, 'linked:boolean': String(a.linked), 'mentions:int': String(a.mentions),
        'pagerank:float': String(a.pagerank), 'community:int': String(a.community), firstSeen: a.firstSeen ?? '', lastSeen: a.lastSeen ?? '',
      });
      expect(n['aliases:string[]'].split(';').filter(Boolean)).toEqual(a.aliases);
    }
    expect(nodes.find((n) => n['id:ID'] === 'KOR')![':LABEL']).toBe('Entity;Country');
  });

  it('holds every edge, parallel ones included, typed by its relation in upper case', () => {
    const rels = rows(files.relationships);
    expect(rels).toHaveLength(graph.size);
    expect(rels.map((r) => r.key).sort()).toEqual(graph.edges().sort());
    for (const r of rels) {
      const a = graph.getEdgeAttributes(r.key);
      expect([r[':START_ID'], r[':END_ID']]).toEqual([graph.source(r.key), graph.target(r.key)]);
      expect(r[':TYPE']).toBe(a.relation.toUpperCase());
      expect(r).toMatchObject({
        'directed:boolean': String(a.directed), modality: a.modality, 'weight:int': String(a.weight), 'confidence:float': String(a.confidence),
        firstDate: a.firstDate ?? '', lastDate: a.lastDate ?? '',
      });
    }
    expect(rels.find((r) => r.key === 'KOR|alliance|USA|asserted')![':TYPE']).toBe('ALLIANCE');
  });

  it('keeps hostile text as written (quotes, line breaks, formula starts), not neutralised', () => {
    const node = rows(files.nodes).find((n) => n['id:ID'] === 'script-alert-1')!;
    expect(node.label).toBe('<script>alert(1)</script> & "quotes" ');
    const hostileAliases = graph.getNodeAttribute('script-alert-1', 'aliases');
    expect(node['aliases:string[]'].split(';')).toEqual(hostileAliases);
    const edge = rows(files.relationships).find((r) => r.key === 'script-alert-1|criticism|USA|asserted')!;
    const sentence = graph.getEdgeAttribute('script-alert-1|criticism|USA|asserted', 'evidence')[0].sentence;
    expect(edge.evidence).toBe(xmlSafe(sentence));
    expect(edge.evidence.startsWith('=cmd|')).toBe(true);
    expect(edge.evidence).toContain('\r\nsecond line');
  });

  it('random graphs full of hostile strings survive a strict CSV parse', () => {
    fc.assert(
      fc.property(geoGraphs(), (g: GeoGraph) => {
        const out = writeNeo4j(g);
        const nodes = rows(out.nodes);
        expect(nodes).toHaveLength(g.order);
        const nodeIds = g.mapNodes((id) => xmlSafe(id));
        g.forEachNode((id, a) => {
          const n = nodes[nodeIds.indexOf(xmlSafe(id))];
          expect(n.label).toBe(xmlSafe(a.label));
          // the array delimiter cannot be escaped: inside an item it becomes a full-width semicolon
          const aliases = a.aliases.map((s) => xmlSafe(s).replaceAll(';', '\uFF1B')).filter(Boolean);
          expect(n['aliases:string[]'] === '' ? [] : n['aliases:string[]'].split(';')).toEqual(aliases);
        });
        const rels = rows(out.relationships);
        expect(rels).toHaveLength(g.size);
        let i = 0;
        g.forEachEdge((key, a, source, target) => {
          expect(rels[i++]).toMatchObject({
            ':START_ID': xmlSafe(source), ':END_ID': xmlSafe(target), key: xmlSafe(key), evidence: xmlSafe(a.evidence[0].sentence),
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('names the module and the edge or node for an unknown relation or entity type', () => {
    const g = loadSmallGraph();
    g.setEdgeAttribute('PRK|threat|KOR|asserted', 'relation', 'menace' as never);
    expect(() => writeNeo4j(g)).toThrow('geokg/neo4j: unknown relation type "menace" on edge PRK|threat|KOR|asserted');
    const h = loadSmallGraph();
    h.setNodeAttribute('JPN', 'entityType', 'Country) DETACH DELETE (n' as never);
    expect(() => writeNeo4j(h)).toThrow('geokg/neo4j: unknown entity type "Country) DETACH DELETE (n" on node JPN');
  });
});

/** The statements of load.cypher, without comment lines. */
function statements(cypher: string): string[] {
  return cypher.split(/;\s*\n/).map((s) => s.split('\n').filter((l) => !l.startsWith('//')).join('\n').trim()).filter(Boolean);
}

describe('Neo4j LOAD CSV script', () => {
  const blocks = statements(files.cypher);
  const headers: Record<string, string[]> = {
    [NEO4J_FILES.nodes]: records(files.nodes)[0],
    [NEO4J_FILES.relationships]: records(files.relationships)[0],
  };

  it('reads only fields that the CSV it loads has', () => {
    for (const block of blocks.filter((b) => b.startsWith('LOAD CSV'))) {
      const file = /FROM 'file:\/\/\/([^']+)'/.exec(block)![1];
      expect(Object.keys(headers)).toContain(file);
      const fields = [...block.matchAll(/row\.(?:`([^`]+)`|(\w+))/g)].map((m) => m[1] ?? m[2]);
      expect(fields.length).toBeGreaterThan(0);
      for (const f of fields) expect(headers[file]).toContain(f);
    }
  });

  it('sets every property column of both files', () => {
    const text = blocks.join('\n');
    for (const header of [...headers[NEO4J_FILES.nodes], ...headers[NEO4J_FILES.relationships]]) {
      if (header.startsWith(':') || header === 'id:ID' || header === 'key') continue;
      const property = header.split(':')[0];
      expect(text).toMatch(new RegExp(`\\b[nr]\\.${property} = `));
    }
  });

  it('adds one label pass per entity type and one block per relation type, filtered with WHERE', () => {
    const entityTypes = new Set(graph.mapNodes((_n, a) => a.entityType));
    const labelBlocks = blocks.filter((b) => /SET n:\w+$/.test(b));
    expect(labelBlocks.map((b) => /SET n:(\w+)$/.exec(b)![1]).sort()).toEqual([...entityTypes].map(capitalised).sort());
    for (const b of labelBlocks) {
      const label = /SET n:(\w+)$/.exec(b)![1];
      expect(b).toContain(`WHERE row.entityType = '${label.toLowerCase()}'`);
    }
    const relations = new Set(graph.mapEdges((_e, a) => a.relation.toUpperCase()));
    const relBlocks = blocks.filter((b) => b.includes('relationships.csv'));
    expect(relBlocks).toHaveLength(relations.size);
    for (const type of relations) {
      const block = relBlocks.find((b) => b.includes(`WHERE row.\`:TYPE\` = '${type}'`));
      expect(block, type).toBeDefined();
      expect(block).toContain(`MERGE (a)-[r:${type} {key: row.key}]->(b)`);
    }
    expect(files.cypher).not.toMatch(/apoc\./i);
    expect(blocks[0]).toMatch(/^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE$/);
  });
});

describe('neo4j in the export registry', () => {
  it('writes three files under fixed names', () => {
    const { files: out } = exportGraph(graph, 'neo4j');
    expect(out.map((f) => f.suffix)).toEqual(['nodes.csv', 'relationships.csv', 'load.cypher']);
    expect(out.map((f) => f.content)).toEqual([files.nodes, files.relationships, files.cypher]);
  });
});
