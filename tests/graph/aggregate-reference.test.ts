/**
 * The compact aggregator against the object-per-record one it replaced (the oracle in
 * reference-aggregate.ts): random corpora with repeated documents, repeated spans, ties
 * in confidence and dates, attributes and roles must give the same graph.json and
 * evidence, whether extractions are added directly or as deltas that went through
 * structured cloning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphAggregator } from '../../src/graph/aggregate.js';
import { documentDelta } from '../../src/graph/delta.js';
import type { Extraction } from '../../src/model.js';
import { extraction } from './random-extractions.js';
import { ReferenceAggregator } from './reference-aggregate.js';

function outputs(aggregator: { graph(): { export(): unknown }; evidence(): Iterable<unknown> }): [string, string] {
  return [JSON.stringify(aggregator.graph().export()), JSON.stringify([...aggregator.evidence()])];
}

describe('the compact aggregator', () => {
  it('gives the graph and evidence of the aggregator it replaced', () => {
    fc.assert(fc.property(fc.array(extraction, { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (extractions, cap) => {
      const reference = new ReferenceAggregator({ evidenceCap: cap });
      const compact = new GraphAggregator({ evidenceCap: cap });
      for (const x of extractions) {
        reference.add(x);
        compact.add(x);
      }
      expect(outputs(compact)).toEqual(outputs(reference));
    }), { numRuns: 300 });
  });

  it('stays right when its graph and evidence are read between additions', () => {
    fc.assert(fc.property(fc.array(extraction, { maxLength: 10 }), (extractions) => {
      const reference = new ReferenceAggregator();
      const compact = new GraphAggregator();
      for (const x of extractions) {
        reference.add(x);
        compact.add(x);
        // a later copy of a document may change its date, and so the evidence order
        expect(outputs(compact)).toEqual(outputs(reference));
      }
    }), { numRuns: 100 });
  });

  it('reorders evidence when a document read again under a smaller path brings another date', () => {
    const doc = (id: string, path: string, date: string): Extraction => ({
      document: { id, path, title: null, date, source: null },
      entities: [],
      relations: [{ source: 'KOR', target: 'USA', type: 'alliance', directed: false, modality: 'asserted', confidence: 0.5, evidence: [{ sentence: `In ${id}.`, start: 0, end: 6 }] }],
    });
    const aggregator = new GraphAggregator();
    aggregator.add(doc('doc-1', 'b.txt', '2014-01-01'));
    aggregator.add(doc('doc-2', 'c.txt', '2015-01-01'));
    const order = () => [...aggregator.evidence()].map((e) => e.documentId);
    expect(order()).toEqual(['doc-2', 'doc-1']);
    aggregator.graph();
    aggregator.add(doc('doc-1', 'a.txt', '2016-01-01'));
    expect(order()).toEqual(['doc-1', 'doc-2']);
    expect(aggregator.graph().getEdgeAttribute('KOR|alliance|USA|asserted', 'evidence')[0].documentDate).toBe('2016-01-01');
  });

  it('gives the same from deltas that went through structured cloning (as between threads)', () => {
    fc.assert(fc.property(fc.array(extraction, { maxLength: 12 }), (extractions) => {
      const direct = new GraphAggregator();
      const cloned = new GraphAggregator();
      for (const x of extractions) {
        direct.add(x);
        cloned.addDelta(structuredClone(documentDelta(x)));
      }
      expect(outputs(cloned)).toEqual(outputs(direct));
    }), { numRuns: 200 });
  });
});
