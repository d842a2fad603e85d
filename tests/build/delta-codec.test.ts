/**
 * Deltas as a build worker posts them (delta-codec.ts): encoded with strings sent once,
 * structured-cloned, decoded by the main thread. Decoding must give back each document's
 * delta exactly, however many documents came before through the same pair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeltaDecoder, DeltaEncoder } from '../../src/build/delta-codec.js';
import { documentDelta, type DocumentDelta } from '../../src/graph/delta.js';
import { extraction } from '../graph/random-extractions.js';

const plain = (d: DocumentDelta) => ({ ...d, numbers: Array.from(d.numbers) });

describe('DeltaEncoder and DeltaDecoder', () => {
  it('give back every delta of a stream exactly', () => {
    fc.assert(fc.property(fc.array(extraction, { maxLength: 15 }), (extractions) => {
      const encoder = new DeltaEncoder();
      const decoder = new DeltaDecoder();
      // messages of one to three documents, as a worker posts a batch of files
      for (let i = 0; i < extractions.length; i += 1 + (i % 3)) {
        const batch = extractions.slice(i, i + 1 + (i % 3));
        const deltas = batch.map((x) => documentDelta(x));
        const encoded = deltas.map((d) => encoder.encode(d));
        const message = structuredClone({ encoded, ...encoder.take() });
        decoder.addStrings(message.strings);
        batch.forEach((x, k) => expect(plain(decoder.decode(x.document.path, message.encoded[k], message.codes))).toEqual(plain(deltas[k])));
      }
    }), { numRuns: 300 });
  });

  it('sends a string once, an edge once, and an unchanged alias list as one number', () => {
    const x = {
      document: { id: 'd1', path: 'a.txt', title: null, date: null, source: null },
      entities: [{ id: 'KOR', label: 'South Korea', type: 'country' as const, linked: true, aliases: ['ROK', 'Seoul'], mentions: [] }],
      relations: [{ source: 'KOR', target: 'USA', type: 'alliance' as const, directed: false, modality: 'asserted' as const, confidence: 0.9, evidence: [{ sentence: 'Allies.', start: 0, end: 7 }] }],
    };
    const encoder = new DeltaEncoder();
    const first = encoder.encode(documentDelta(x));
    const one = encoder.take();
    expect(one.strings).toEqual(['KOR', 'South Korea', 'country', 'ROK', 'Seoul', 'KOR|alliance|USA|asserted', 'USA']);
    const second = encoder.encode(documentDelta({ ...x, document: { ...x.document, id: 'd2' } }));
    const two = encoder.take();
    expect(two.strings).toEqual([]);
    expect(two.codes.length).toBeLessThan(one.codes.length);
    const decoder = new DeltaDecoder();
    decoder.addStrings(one.strings);
    const a = decoder.decode('a.txt', first, one.codes);
    const b = decoder.decode('a.txt', second, two.codes);
    // the same alias list: the aggregator skips what it has already added
    expect(b.entities[0].aliases).toBe(a.entities[0].aliases);
    expect(b.edges[0]).toEqual(a.edges[0]);
    expect(b.document.id).toBe('d2');
  });
});
