/**
 * Offsets are UTF-16 positions into the document text as loaded: for every mention,
 * `text.slice(start, end) === mention.text`, whatever the text holds (emoji, combining
 * accents, right-to-left scripts, lone surrogates, odd whitespace). Property tests with
 * fast-check over catalog names mixed with such material, and the seed article.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/api.js';
import { isExtractionError, type Extraction, type ExtractionResult } from '../../src/model.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import { loadDocumentFile } from '../../src/corpus/load.js';
import { extractDocument } from '../../src/pipeline.js';
import { analyze } from '../fixtures/entities/annotated.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = resolve(ROOT, '..', 'shared', 'seeds', 'yonhap-2014-03-14-kerry-nuclear-umbrella.txt');
const RUNS = 150;

const catalog = loadCatalog();
const catalogForms = [...catalog.entries.values()]
  .filter((e) => e.type !== 'person' || e.roles.length > 0)
  .flatMap((e) => [e.label, ...e.aliases, ...e.capitals, ...e.metonyms, ...e.demonyms, ...e.adjectives]);

const phrases = [
  'his government', 'her government', 'the secretary', 'the minister', 'the president', 'the two allies', 'both countries',
  'the two sides', 'both', 'the North', 'the peninsula', 'he', 'she', 'He', 'She', 'his', 'President', 'Secretary of State',
  'Foreign Minister', 'said', 'may seek', 'in', 'the', 'The', 'American forces', 'Chinese leaders', 'South Koreans', "'s", '’s',
  'WASHINGTON, March 13 (Yonhap) --', 'U.S.-South Korea', 'NATO-member', 'Zorblat Quenty', 'Marek Wojtala',
];

const unicode = [
  '🇰🇷', '👍🏽', '👨‍👩‍👧', '🚀', 'e\u0301', 'Se\u0301oul', 'Ko\u0308rea', 'كوريا الجنوبية', 'ישראל', '\u202eJapan\u202c', '\u200f', '\u200b',
  'Ωμέγα', 'Пхеньян', '北朝鮮', '서울', 'ﬁ', 'İstanbul', 'ß', '\uFEFF', '\uD800', '\uDC00', 'A\u0300\u0301\u0302',
];

const separators = [' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2028', ', ', '. ', '! ', '? ', ' -- ', '—', '-', '"', '“', '”', '(', ')', "'", ': ', '; ', '...', ''];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...catalogForms) },
  { weight: 2, arbitrary: fc.constantFrom(...phrases) },
  { weight: 2, arbitrary: fc.constantFrom(...unicode) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const newsLike = fc
  .array(fc.tuple(fragment, fc.constantFrom(...separators)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });

const date = fc.constantFrom('2014-03-14', '1991-01-17', '2003-03-20', '2025-02-01');

function ok(result: ExtractionResult): Extraction {
  if (isExtractionError(result)) throw new Error(`extraction failed: ${result.error}`);
  return result;
}

function checkOffsets(text: string, result: Extraction): void {
  for (const e of result.entities) {
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const r of result.relations) {
    for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  }
}

describe('offsets: every mention is text.slice(start, end)', () => {
  it('catalog names mixed with unicode, punctuation and whitespace', () => {
    fc.assert(fc.property(newsLike, date, (text, d) => checkOffsets(text, ok(extractText(text, { date: d })))), { numRuns: RUNS });
  });

  it('the same with a dateline, a title and a body start somewhere in the text', () => {
    const doc = fc.tuple(newsLike, newsLike, fc.constantFrom('WASHINGTON', 'SEOUL', 'BEIJING', null)).map(([head, body, place]) => {
      const dateline = place ? `${place}, March 13 (Yonhap) -- ` : '';
      const title = head.split('\n')[0].slice(0, 60) || null;
      return { text: `${head}\n\n${dateline}${body}`, title, bodyStart: head.length + 2, place };
    });
    fc.assert(fc.property(doc, ({ text, title, bodyStart, place }) => {
      checkOffsets(text, ok(extractText(text, { date: '2014-03-14', title, bodyStart, place })));
    }), { numRuns: RUNS });
  });

  it('the entity stage: mention offsets match the tokens they cover', () => {
    fc.assert(fc.property(newsLike, (text) => {
      const { analysis } = analyze(text);
      for (const m of analysis.mentions) {
        expect(m.tokenEnd).toBeGreaterThan(m.tokenStart);
        expect(m.start).toBeLessThan(m.end);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(analysis.entities.has(m.id)).toBe(true);
      }
    }), { numRuns: RUNS });
  });

  it.each([
    ['🇰🇷 South Korea and 🇯🇵 Japan met.', ['South Korea', 'Japan']],
    ['Se\u0301oul and Tokyo agreed; Seoul said yes.', ['Tokyo', 'Seoul']],
    ['كوريا South Korea‏ and Japan‎ agreed.', ['South Korea', 'Japan']],
    ['👨‍👩‍👧 Kerry said he would go.', ['Kerry', 'he']],
    ['\uD800Japan\uDC00 and China talked.', ['Japan', 'China']],
  ])('%s', (text, surfaces) => {
    const result = ok(extractText(text, { date: '2014-03-14' }));
    checkOffsets(text, result);
    const found = result.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start).map((m) => m.text);
    expect(found).toEqual(surfaces);
  });
});

describe('the extractor never throws on arbitrary unicode', () => {
  it('any code units, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, date, (text, d) => {
      expect(() => ok(extractText(text, { date: d }))).not.toThrow();
    }), { numRuns: RUNS * 2 });
  });

  it('any graphemes, with random body starts and places', () => {
    const doc = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(100), fc.option(fc.string({ maxLength: 12 }), { nil: null }));
    fc.assert(fc.property(doc, ([text, at, place]) => {
      const bodyStart = Math.min(at, text.length);
      expect(() => ok(extractText(text, { date: null, title: text.slice(0, 10) || null, bodyStart, place }))).not.toThrow();
    }), { numRuns: RUNS * 2 });
  });
});

describe('the seed article', () => {
  const present = existsSync(SEED);
  if (!present && !process.env.CI) console.warn(`geokg tests: ${SEED} is absent; the seed article offset tests are skipped`);
  const suite = present || process.env.CI ? describe : describe.skip;

  suite('offsets', () => {
    const load = () => {
      const [loaded] = loadDocumentFile(SEED);
      if (!loaded?.ok) throw new Error(`cannot load the seed article: ${loaded ? loaded.error : 'no document'}`);
      return loaded.document;
    };

    it('every mention and evidence of the seed article slices back to its text', () => {
      const doc = load();
      const result = extractDocument(doc, { catalog });
      expect(result.entities.length).toBeGreaterThan(0);
      checkOffsets(doc.text, result);
    });

    it('the seed text wrapped in random material keeps exact offsets', () => {
      const body = load().text;
      fc.assert(fc.property(newsLike, newsLike, (before, after) => {
        const text = `${before}\n\n${body}\n\n${after}`;
        const result = ok(extractText(text, { date: '2014-03-14' }));
        checkOffsets(text, result);
        // the body's own names are still found where they are
        const kerry = result.entities.find((e) => e.id === 'john-kerry');
        expect(kerry?.mentions.some((m) => m.text === 'John Kerry' && m.start === before.length + 2 + body.indexOf('John Kerry'))).toBe(true);
      }), { numRuns: 40 });
    });
  });
});
