import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphAggregator, aggregateExtractions, noisyOr } from '../../src/graph/aggregate.js';
import { edgeKey } from '../../src/graph/types.js';
import type { Extraction } from '../../src/model.js';
import { EXTRACTOR_VERSION } from '../../src/version.js';
import { extraction } from './random-extractions.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extractions');

function loadFixtures(): Extraction[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Extraction);
}

const fixtures = loadFixtures();
const byId = (id: string) => fixtures.find((e) => e.document.id === id)!;

describe('aggregateExtractions', () => {
  const graph = aggregateExtractions(fixtures, { name: 'fixtures' });

  it('makes one node per entity id with labels, aliases, mentions, documents and dates merged', () => {
    expect(graph.order).toBe(6);
    const usa = graph.getNodeAttributes('USA');
    expect(usa.label).toBe('United States');
    expect(usa.entityType).toBe('country');
    expect(usa.linked).toBe(true);
    expect(usa.aliases).toEqual(['America', 'U.S.', 'United States', 'Washington']);
    expect(usa.mentions).toBe(4);
    expect(usa.documents).toEqual(['doc-a', 'doc-b', 'doc-c']);
    // doc-c has no date: it does not widen the span
    expect([usa.firstSeen, usa.lastSeen]).toEqual(['2014-03-14', '2014-03-20']);
    expect(graph.getNodeAttribute('john-kerry', 'roles')).toEqual([
      { title: 'Secretary of State', of: 'USA', from: '2013-02-01', to: '2017-01-20' },
    ]);
  });

  it('resolves conflicting unlinked descriptions the same way whatever the order', () => {
    const group = graph.getNodeAttributes('border-group');
    expect(group.linked).toBe(false);
    // one mention each: ties go to the smallest label and type
    expect(group.label).toBe('Border Watch');
    expect(group.entityType).toBe('organization');
    expect(group.firstSeen).toBe('2014-03-20');
  });

  it('prefers a linked record over unlinked ones for label and type', () => {
    const linked: Extraction = {
      document: { id: 'doc-z', path: 'z.txt', title: null, date: null, source: null },
      entities: [{ id: 'border-group', label: 'Border Watch Group (BWG)', type: 'military', linked: true, aliases: [], mentions: [] }],
      relations: [],
    };
    const attrs = aggregateExtractions([...fixtures, linked]).getNodeAttributes('border-group');
    expect([attrs.label, attrs.entityType, attrs.linked]).toEqual(['Border Watch Group (BWG)', 'military', true]);
  });

  it('merges A-B and B-A of an undirected type into one edge with the sorted pair', () => {
    const key = edgeKey('USA', 'alliance', 'KOR', 'asserted', false);
    expect(key).toBe('KOR|alliance|USA|asserted');
    expect(graph.hasEdge(key)).toBe(true);
    expect(graph.isUndirected(key)).toBe(true);
    expect(graph.source(key)).toBe('KOR');
    expect(graph.target(key)).toBe('USA');
    expect(graph.edges('KOR', 'USA').filter((e) => graph.getEdgeAttribute(e, 'relation') === 'alliance')).toEqual([key]);
    const attrs = graph.getEdgeAttributes(key);
    expect(attrs.weight).toBe(8);
    expect(attrs.evidenceCount).toBe(8);
    expect(attrs.documents).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect([attrs.polarity, attrs.cameo, attrs.directed]).toEqual(['cooperative', '06', false]);
  });

  it('keeps hypothetical and asserted relations between the same pair as two edges', () => {
    const asserted = graph.getEdgeAttributes('PRK|negotiation|USA|asserted');
    const hypothetical = graph.getEdgeAttributes('PRK|negotiation|USA|hypothetical');
    expect(asserted.modality).toBe('asserted');
    expect(asserted.documents).toEqual(['doc-b']);
    expect(hypothetical.modality).toBe('hypothetical');
    expect(hypothetical.documents).toEqual(['doc-a']);
  });

  it('keeps directed edges in their direction and apart from the reverse', () => {
    expect(graph.isDirected('PRK|threat|KOR|asserted')).toBe(true);
    expect(graph.source('PRK|threat|KOR|asserted')).toBe('PRK');
    expect(graph.getEdgeAttribute('KOR|threat|PRK|negated', 'modality')).toBe('negated');
  });

  it('aggregates confidence by noisy-or', () => {
    expect(graph.getEdgeAttribute('KOR|alliance|USA|asserted', 'confidence')).toBeCloseTo(1 - 0.1 * 0.5 * 0.6 * 0.7, 12);
    expect(graph.getEdgeAttribute('PRK|threat|KOR|asserted', 'confidence')).toBeCloseTo(1 - 0.2 * 0.4, 12);
    expect(graph.getEdgeAttribute('john-kerry|affiliation|USA|asserted', 'confidence')).toBeCloseTo(0.95, 12);
  });

  it('dates an edge by the relation date when given, else by the document date', () => {
    const threat = graph.getEdgeAttributes('PRK|threat|KOR|asserted');
    expect([threat.firstDate, threat.lastDate]).toEqual(['2014-03-14', '2014-03-18']);
    const alliance = graph.getEdgeAttributes('KOR|alliance|USA|asserted');
    expect([alliance.firstDate, alliance.lastDate]).toEqual(['2014-03-14', '2014-03-20']);
  });

  it('keeps the attributes of the strongest mention', () => {
    expect(graph.getEdgeAttribute('KOR|funding|usfk|asserted', 'attributes')).toEqual({ amount: 870000000, currency: 'USD', year: 2014 });
    // 0.8 beats the dated 0.6 mention
    expect(graph.getEdgeAttribute('PRK|threat|KOR|asserted', 'attributes')).toEqual({});
  });

  it('caps evidence, best first by confidence, then date, then document', () => {
    const evidence = graph.getEdgeAttribute('KOR|alliance|USA|asserted', 'evidence');
    expect(evidence).toHaveLength(5);
    expect(evidence.map((e) => e.documentId)).toEqual(['doc-a', 'doc-b', 'doc-c', 'doc-c', 'doc-c']);
    expect(evidence[0]).toEqual({
      sentence: 'Kerry called the alliance with South Korea a linchpin of stability.',
      documentId: 'doc-a', documentTitle: 'Kerry reaffirms nuclear umbrella', documentDate: '2014-03-14', start: 10, end: 77,
    });
    expect(evidence.slice(2).map((e) => e.start)).toEqual([0, 37, 70]);
    const capped = aggregateExtractions(fixtures, { evidenceCap: 2 });
    expect(capped.getEdgeAttribute('KOR|alliance|USA|asserted', 'evidence')).toHaveLength(2);
    expect(capped.getEdgeAttribute('KOR|alliance|USA|asserted', 'evidenceCount')).toBe(8);
    expect(() => aggregateExtractions(fixtures, { evidenceCap: -1 })).toThrow(/evidenceCap/);
  });

  it('sets the graph attributes: name, extractor version, documents sorted by id', () => {
    const attrs = graph.getAttributes();
    expect(attrs.name).toBe('fixtures');
    expect(attrs.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(attrs.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect(attrs.documents[2]).toEqual({ id: 'doc-c', path: 'corpus/undated-alliance-roundup.txt', title: null, date: null, source: null });
  });

  it('counts a document added twice once', () => {
    const twice = aggregateExtractions([...fixtures, byId('doc-a')]);
    expect(JSON.stringify(twice.export())).toBe(JSON.stringify(aggregateExtractions(fixtures).export()));
  });

  it('creates endpoints no entity record describes, and drops self-relations', () => {
    const extraction: Extraction = {
      document: { id: 'doc-x', path: 'x.txt', title: null, date: '2020-01-01', source: null },
      entities: [],
      relations: [
        { source: 'FRA', target: 'some-body', type: 'criticism', directed: true, modality: 'asserted', confidence: 0.5, evidence: [{ sentence: 's', start: 0, end: 1 }] },
        { source: 'FRA', target: 'FRA', type: 'support', directed: true, modality: 'asserted', confidence: 0.5, evidence: [{ sentence: 's', start: 0, end: 1 }] },
      ],
    };
    const g = aggregateExtractions([extraction]);
    expect(g.nodes().sort()).toEqual(['FRA', 'some-body']);
    expect(g.getNodeAttribute('FRA', 'entityType')).toBe('country');
    expect(g.getNodeAttribute('some-body', 'label')).toBe('some-body');
    expect(g.size).toBe(1);
  });

  it('rejects an unknown relation type, naming it', () => {
    const bad = { ...byId('doc-a'), relations: [{ ...byId('doc-a').relations[0], type: 'hugs' }] } as unknown as Extraction;
    expect(() => aggregateExtractions([bad])).toThrow(/unknown relation type "hugs"/);
  });
});

describe('order independence', () => {
  it('gives the same export and evidence whatever order the documents arrive in', () => {
    const reference = new GraphAggregator({ evidenceCap: 3 });
    for (const e of fixtures) reference.add(e);
    const expectedGraph = JSON.stringify(reference.graph().export());
    const expectedEvidence = JSON.stringify([...reference.evidence()]);
    fc.assert(
      fc.property(fc.shuffledSubarray(fixtures, { minLength: fixtures.length }), fc.boolean(), (order, reverseLists) => {
        const aggregator = new GraphAggregator({ evidenceCap: 3 });
        for (const e of order) {
          // Lists inside a document may come in any order too.
          aggregator.add(reverseLists ? { ...e, entities: [...e.entities].reverse(), relations: [...e.relations].reverse() } : e);
        }
        expect(JSON.stringify(aggregator.graph().export())).toBe(expectedGraph);
        expect(JSON.stringify([...aggregator.evidence()])).toBe(expectedEvidence);
      }),
      { numRuns: 50 },
    );
  });
});

describe('GraphAggregator.evidenceJsonl', () => {
  // what JSON must escape or keep: quotes, backslashes, control characters, a lone surrogate, astral characters
  const TEXTS = ['He said "no".', 'a\\b \\"', 'line\nbreak\r', 'tab\tand \u0001 \u001f', 'lone \ud800 half', '😀 é.', '\u2028 </script>'];

  it('writes each evidence record as its JSON on a line of its own, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(extraction, { maxLength: 10 }), fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 5 }), (extractions, texts) => {
        let k = 0;
        const next = () => texts[k++ % texts.length];
        const aggregator = new GraphAggregator({ evidenceCap: 2 });
        for (const e of [...fixtures, ...extractions]) {
          aggregator.add({
            ...e,
            document: { ...e.document, title: e.document.title === null ? null : next() },
            relations: e.relations.map((r) => ({ ...r, evidence: r.evidence.map((ev) => {
              const sentence = next();
              return { ...ev, sentence, end: ev.start + sentence.length };
            }) })),
          });
        }
        const expected = [...aggregator.evidence()].map((record) => `${JSON.stringify(record)}\n`);
        expect([...aggregator.evidenceJsonl()]).toStrictEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('GraphAggregator.evidence', () => {
  it('lists every evidence sentence of every edge, uncapped, edge keys in order', () => {
    const aggregator = new GraphAggregator({ evidenceCap: 1 });
    for (const e of fixtures) aggregator.add(e);
    const records = [...aggregator.evidence()];
    const total = fixtures.flatMap((e) => e.relations).reduce((n, r) => n + r.evidence.length, 0);
    expect(records).toHaveLength(total);
    const keys = records.map((r) => r.edge);
    expect(keys).toEqual([...keys].sort());
    const alliance = records.filter((r) => r.edge === 'KOR|alliance|USA|asserted');
    expect(alliance).toHaveLength(8);
    expect(alliance[0]).toMatchObject({ source: 'KOR', target: 'USA', relation: 'alliance', modality: 'asserted', documentId: 'doc-a' });
  });
});

describe('noisyOr', () => {
  it('is 1 - Π(1 - c) to six decimals and ignores the order of its inputs', () => {
    expect(noisyOr([])).toBe(0);
    expect(noisyOr([0.5, 0.5])).toBe(0.75);
    // a single confidence comes back as it went in, not as 0.42900000000000005
    expect(noisyOr([0.429])).toBe(0.429);
    expect(noisyOr([0.429, 0.6])).toBe(0.7716);
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (cs) => {
      const value = noisyOr(cs);
      expect(value).toBe(noisyOr([...cs].reverse()));
      expect(value).toBeGreaterThanOrEqual(Math.max(0, ...cs) - 5e-7);
      expect(value).toBeLessThanOrEqual(1);
      expect(Math.abs(value * 1e6 - Math.round(value * 1e6))).toBeLessThan(1e-6);
    }));
  });
});
