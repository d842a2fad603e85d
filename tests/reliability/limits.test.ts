/**
 * Extraction limits (src/limits.ts) through the library entry point extractSafely: a
 * document over a limit gives one error record naming the limit, the value and the
 * maximum, fast; a run-on sentence is read up to maxSentenceTokens and no further.
 */
import { describe, expect, it } from 'vitest';
import { catalogFor, extractSafely } from '../../src/api.js';
import { documentId } from '../../src/corpus/load.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { isExtractionError, type Extraction, type ExtractionResult, type SourceDocument } from '../../src/model.js';

const catalog = catalogFor();

function doc(text: string, path = 'limits.txt'): SourceDocument {
  return { id: documentId(text), path, title: 'Limits', date: '2022-03-01', source: null, url: null, place: null, bodyStart: 0, text };
}

function extraction(result: ExtractionResult): Extraction {
  if (isExtractionError(result)) throw new Error(`expected an extraction, got: ${result.error}`);
  return result;
}

function errorOf(result: ExtractionResult): string {
  if (!isExtractionError(result)) throw new Error('expected an error record, got an extraction');
  return result.error;
}

const triples = (result: Extraction) => result.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.modality}`).sort();

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

describe('maxDocumentChars', () => {
  it('refuses a document one character over the default limit, unanalysed and fast', () => {
    const text = `Russia attacked Ukraine. ${'x'.repeat(DEFAULT_LIMITS.maxDocumentChars - 25)}`;
    expect(text.length).toBe(DEFAULT_LIMITS.maxDocumentChars);
    const over = `${text}y`;
    const { value, ms } = timed(() => extractSafely(doc(over, 'huge.txt'), catalog));
    expect(errorOf(value)).toBe(`extraction failed: geokg/limits: maxDocumentChars exceeded: ${over.length} (limit ${DEFAULT_LIMITS.maxDocumentChars})`);
    expect(value.document).toMatchObject({ path: 'huge.txt', title: 'Limits', date: '2022-03-01' });
    // analysing 20 million characters would take far longer: the check comes first
    expect(ms).toBeLessThan(3_000);
  });

  it('extracts a document of exactly the limit and refuses one character more', () => {
    const text = 'Germany and France held talks in Berlin on Tuesday.';
    const limits = { maxDocumentChars: text.length };
    expect(triples(extraction(extractSafely(doc(text), catalog, limits)))).toEqual(['DEU negotiation FRA asserted']);
    expect(errorOf(extractSafely(doc(`${text} `), catalog, limits))).toMatch(/geokg\/limits: maxDocumentChars exceeded: 52 \(limit 51\)/);
  });
});

/** "word word ... and" filler: n tokens with no sentence end and no actor. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'and' : 'word')).join(' ');

describe('maxSentenceTokens', () => {
  // one sentence of about 100k tokens: an early relation, then a late one after 500 tokens
  const runOn = `Russia attacked Ukraine and ${filler(500)} and Japan condemned China and ${filler(99_500)}`;

  it('reads a 100k-token run-on sentence quickly, up to the default limit only', () => {
    const { value, ms } = timed(() => extraction(extractSafely(doc(runOn), catalog)));
    expect(ms).toBeLessThan(5_000);
    expect(DEFAULT_LIMITS.maxSentenceTokens).toBeLessThan(500);
    expect(triples(value)).toEqual(['RUS attack UKR asserted']);
    for (const r of value.relations) for (const e of r.evidence) expect(runOn.slice(e.start, e.end)).toBe(e.sentence);
    // actors past the limit are still recognised as mentions; only relations stop there
    expect(value.entities.map((e) => e.id).sort()).toEqual(['CHN', 'JPN', 'RUS', 'UKR']);
  });

  it('finds the late relation once the limit reaches it: the limit, not the length, cut it', () => {
    const { value, ms } = timed(() => extraction(extractSafely(doc(runOn), catalog, { maxSentenceTokens: 1_000 })));
    expect(triples(value)).toEqual(['JPN criticism CHN asserted', 'RUS attack UKR asserted']);
    const unlimited = timed(() => extraction(extractSafely(doc(runOn), catalog, { maxSentenceTokens: 200_000 })));
    expect(triples(unlimited.value)).toEqual(triples(value));
    expect(ms + unlimited.ms).toBeLessThan(10_000);
  });

  it('leaves ordinary sentences after a run-on one untouched', () => {
    const text = `${filler(5_000)}.\n\nJapan condemned China on Monday.`;
    const result = extraction(extractSafely(doc(text), catalog, { maxSentenceTokens: 20 }));
    expect(triples(result)).toEqual(['JPN criticism CHN asserted']);
    expect(result.relations[0].evidence[0].sentence).toBe('Japan condemned China on Monday.');
  });
});

describe('maxEntities', () => {
  const countries = ['France', 'Germany', 'Japan', 'China', 'Russia', 'Brazil', 'India', 'Canada', 'Mexico', 'Chile', 'Peru', 'Egypt', 'Kenya', 'Spain', 'Italy'];
  const text = `${countries.join(', ')} held talks in Geneva.`;

  it('gives one error record naming the limit when a document names more entities', () => {
    const result = extractSafely(doc(text, 'crowded.txt'), catalog, { maxEntities: countries.length - 1 });
    expect(errorOf(result)).toBe(`extraction failed: geokg/limits: maxEntities exceeded: ${countries.length} (limit ${countries.length - 1})`);
    expect(result.document.path).toBe('crowded.txt');
    expect(extraction(extractSafely(doc(text), catalog, { maxEntities: countries.length })).entities).toHaveLength(countries.length);
  });

  it('stops a document of more than the default number of distinct names', () => {
    const names = Array.from({ length: DEFAULT_LIMITS.maxEntities + 100 }, (_, i) => {
      const letters = [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26].map((n) => String.fromCharCode(97 + n)).join('');
      return `Minister ${letters.toUpperCase()[0]}${letters.slice(1)}xor Blemkin${i.toString(36)} spoke.`;
    }).join(' ');
    const { value, ms } = timed(() => extractSafely(doc(names), catalog));
    expect(errorOf(value)).toMatch(new RegExp(`geokg/limits: maxEntities exceeded: \\d+ \\(limit ${DEFAULT_LIMITS.maxEntities}\\)`));
    expect(ms).toBeLessThan(10_000);
  });
});

describe('bad limit values', () => {
  it.each([0, -1, 1.5, Number.NaN])('refuses maxEntities %s with an error naming it', (value) => {
    expect(errorOf(extractSafely(doc('Japan condemned China.'), catalog, { maxEntities: value })))
      .toBe(`extraction failed: geokg/limits: maxEntities must be a positive integer, got ${String(value)}`);
  });
});
