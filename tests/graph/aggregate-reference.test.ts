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
