/**
 * Random extractions for aggregation tests: a few ids (one with the "|" of edge keys),
 * documents that come again under other paths and dates, spans and sentences that
 * repeat, ties in confidence, attributes with and without a usable date, and roles; and for
 * layouts, a reproducible extraction of many actors.
 */
import fc from 'fast-check';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, type Extraction, type RelationType } from '../../src/model.js';
import { mulberry32 } from '../../src/util/random.js';

const IDS = ['KOR', 'USA', 'PRK', 'nato', 'kim-jong-un', 'a|b'];
const DATES = [null, '2014-03-14', '2014-03', '2015-01-02'];

const relation = fc.record({
  source: fc.constantFrom(...IDS), target: fc.constantFrom(...IDS), type: fc.constantFrom(...RELATION_TYPES),
  modality: fc.constantFrom(...MODALITIES), confidence: fc.constantFrom(0.3, 0.5, 0.5, 0.9, 1),
  attributes: fc.option(fc.record({ date: fc.constantFrom('2013-05-01', 'soon', '2016'), amount: fc.constantFrom(1, 2) }, { requiredKeys: [] }), { nil: undefined }),
  evidence: fc.array(fc.record({ start: fc.integer({ min: 0, max: 3 }), sentence: fc.constantFrom('One.', 'Two.', '😀 é.', 'é 😀.') }), { maxLength: 3 }),
});
const entity = fc.record({
  id: fc.constantFrom(...IDS), label: fc.constantFrom('Korea', 'Seoul', 'the U.S.'), type: fc.constantFrom(...ENTITY_TYPES), linked: fc.boolean(),
  aliases: fc.subarray(['Korea', 'ROK', 'South Korea', 'Seoul']), mentions: fc.integer({ min: 0, max: 3 }),
  roles: fc.option(fc.array(fc.record({ title: fc.constantFrom('President', 'Minister'), of: fc.constantFrom('KOR', 'USA') }), { maxLength: 2 }), { nil: undefined }),
});
export const extraction: fc.Arbitrary<Extraction> = fc.record({
  id: fc.constantFrom('doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5', 'doc-6'), path: fc.constantFrom('a.txt', 'b.md', 'c/d.html'),
  date: fc.constantFrom(...DATES), title: fc.option(fc.constantFrom('Talks', 'Strike'), { nil: null }),
  entities: fc.array(entity, { maxLength: 5 }), relations: fc.array(relation, { maxLength: 8 }),
}).map((d) => ({
  document: { id: d.id, path: d.path, title: d.title, date: d.date, source: null },
  entities: d.entities.map((e) => ({ ...e, mentions: Array.from({ length: e.mentions }, () => ({ start: 0, end: 1, text: 'x' })) })),
  relations: d.relations.map((r) => ({
    source: r.source, target: r.target, type: r.type, directed: true, modality: r.modality, confidence: r.confidence,
    ...(r.attributes ? { attributes: r.attributes } : {}),
    evidence: r.evidence.map((e) => ({ sentence: e.sentence, start: e.start, end: e.start + e.sentence.length })),
  })),
}));

/** A random but reproducible extraction with `n` actors. */
export function randomExtraction(n: number, seed: number): Extraction {
  const random = mulberry32(seed);
  const ids = Array.from({ length: n }, (_, i) => `actor-${i}`);
  const relations: Extraction['relations'] = [];
  for (let i = 0; i < n * 2; i++) {
    const source = ids[Math.floor(random() * n)];
    const target = ids[Math.floor(random() * n)];
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)] as RelationType;
    relations.push({ source, target, type, directed: true, modality: 'asserted', confidence: random(), evidence: [{ sentence: 'x', start: i, end: i + 1 }] });
  }
  return {
    document: { id: `random-${seed}`, path: 'random.txt', title: null, date: null, source: null },
    entities: ids.map((id, i) => ({ id, label: id, type: ENTITY_TYPES[i % ENTITY_TYPES.length], linked: false, aliases: [], mentions: [] })),
    relations,
  };
}
