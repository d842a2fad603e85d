import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/formats/csv.js';
import { loadSmallGraph, xmlSafe } from './helpers.js';

const graph = loadSmallGraph();
const tables = writeCsv(graph);

/** An RFC 4180 reader (CRLF records, "" inside quoted fields), strict about stray quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (text[i] === '"') { i++; break; }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') { record.push(field); field = ''; i++; continue; }
    if (text.startsWith('\r\n', i)) { record.push(field); records.push(record); record = []; field = ''; i += 2; continue; }
    if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    field += text[i++];
  }
  if (field !== '' || record.length) throw new Error('last record does not end with CRLF');
  return records;
}

function rows(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  for (const r of body) expect(r).toHaveLength(header.length);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('CSV tables', () => {
  it('have the documented columns', () => {
    expect(parseCsv(tables.nodes)[0].join(',')).toBe(
      'id,label,type,linked,aliases,mentions,degree,weighted_degree,pagerank,community,first_seen,last_seen',
    );
    expect(parseCsv(tables.edges)[0].join(',')).toBe(
      'source,target,relation,directed,modality,weight,confidence,polarity,cameo,first_date,last_date,documents,evidence',
    );
  });

  it('hold one record per node and per edge, parallel edges included', () => {
    const nodes = rows(tables.nodes);
    const edges = rows(tables.edges);
    expect(nodes.map((n) => n.id).sort()).toEqual(graph.nodes().sort());
    expect(edges).toHaveLength(graph.size);
    const usaKor = edges.filter((e) => [e.source, e.target].sort().join() === 'KOR,USA');
    expect(usaKor.map((e) => `${e.relation}/${e.modality}`).sort()).toEqual(
      ['alliance/asserted', 'cooperation/asserted', 'negotiation/negated', 'support/hypothetical'],
    );
  });

  it('round-trip values, with empty cells for missing dates', () => {
    const byId = new Map(rows(tables.nodes).map((n) => [n.id, n]));
    graph.forEachNode((id, a) => {
      expect(byId.get(id)).toMatchObject({
        type: a.entityType, linked: String(a.linked), mentions: String(a.mentions), degree: String(a.degree),
        weighted_degree: String(a.weightedDegree), pagerank: String(a.pagerank), community: String(a.community),
        first_seen: a.firstSeen ?? '', last_seen: a.lastSeen ?? '',
      });
    });
    const funding = rows(tables.edges).find((e) => e.relation === 'funding')!;
    expect(funding).toMatchObject({ source: 'KOR', target: 'usfk', directed: 'true', weight: '1', cameo: '07', documents: '1' });
    const trade = rows(tables.edges).find((e) => e.relation === 'trade')!;
    expect(trade).toMatchObject({ directed: 'false', first_date: '', last_date: '' });
  });

  it('neutralise formulas in article text and keep hostile text otherwise intact', () => {
    const hostileNode = rows(tables.nodes).find((n) => n.id === 'script-alert-1')!;
    expect(hostileNode.label).toBe('<script>alert(1)</script> & "quotes" ');
    expect(hostileNode.aliases).toBe(`'=HYPERLINK("http://example.invalid","x")|<script>alert(1)</script>|@SUM(1+1)`);
    const hostileEdge = rows(tables.edges).find((e) => e.source === 'script-alert-1')!;
    const sentence = graph.getEdgeAttribute('script-alert-1|criticism|USA|asserted', 'evidence')[0].sentence;
    expect(hostileEdge.evidence).toBe(`'${xmlSafe(sentence)}`);
    expect(hostileEdge.evidence).toContain('\r\nsecond line');
  });

  it('never prefix numbers, even negative ones', () => {
    const g = loadSmallGraph();
    g.setNodeAttribute('JPN', 'community', -1);
    g.setNodeAttribute('JPN', 'label', '-Japan');
    const jpn = rows(writeCsv(g).nodes).find((n) => n.id === 'JPN')!;
    expect(jpn.community).toBe('-1');
    expect(jpn.label).toBe("'-Japan");
  });

  it('name the module and edge for an unknown relation', () => {
    const g = loadSmallGraph();
    g.setEdgeAttribute('PRK|threat|KOR|asserted', 'relation', 'menace' as never);
    expect(() => writeCsv(g)).toThrow('geokg/csv: unknown relation type "menace" on edge PRK|threat|KOR|asserted');
  });
});
