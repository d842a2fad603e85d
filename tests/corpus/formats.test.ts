import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, loadHtml } from '../../src/corpus/formats/html.js';
import { loadJson, loadJsonl } from '../../src/corpus/formats/json.js';
import { loadMarkdown, splitFrontMatter } from '../../src/corpus/formats/markdown.js';
import { loadText } from '../../src/corpus/formats/text.js';
import type { LoadedDocumentRecord, LoadedRecord } from '../../src/corpus/record.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const fixture = (...parts: string[]) => readFileSync(join(FIXTURES, ...parts), 'utf8');

function only(records: LoadedRecord[]): LoadedDocumentRecord {
  expect(records).toHaveLength(1);
  const [record] = records;
  if (!record.ok) throw new Error(`expected a document, got error: ${record.error}`);
  return record;
}

describe('text', () => {
  it('reads a wire-layout text file', () => {
    const doc = only(loadText(fixture('text', 'reuters-wire.txt'), 'reuters-wire.txt'));
    expect(doc).toMatchObject({ title: 'South Korea, U.S. agree to resume joint drills', date: '2014-03-14', source: 'Reuters', place: 'SEOUL' });
    expect(doc.text).not.toContain('Home | World');
    expect(doc.text).not.toContain('Back to top');
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^SEOUL \(Reuters\) - South Korea/);
  });

  it('reports a whitespace-only text as empty', () => {
    const [record] = loadText('  \n\n \n', 'blank.txt');
    expect(record).toMatchObject({ ok: false });
    expect(!record.ok && record.error).toContain('blank.txt: empty document');
  });
});

describe('markdown', () => {
  it('takes metadata from front matter and removes it from the text', () => {
    const doc = only(loadMarkdown(fixture('markdown', 'front-matter.md'), 'front-matter.md'));
    expect(doc).toMatchObject({
      title: 'Germany pledges aid to Ukraine', date: '2023-05-13', source: 'dpa', url: 'https://example.org/germany-aid', place: 'BERLIN',
    });
    expect(doc.text).not.toContain('---');
    expect(doc.text).not.toContain('source: dpa');
    expect(doc.text.startsWith('# Germany pledges aid to Ukraine')).toBe(true);
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^BERLIN, May 13 \(dpa\)/);
  });

  it('makes front matter that is not YAML an error naming the line', () => {
    const [record] = loadMarkdown(fixture('markdown', 'bad-front-matter.md'), 'bad.md');
    expect(record.ok).toBe(false);
    if (record.ok) return;
    // Line 4 of the file holds the unclosed flow sequence.
    expect(record.line).toBe(4);
    expect(record.error).toContain('bad.md:4');
    expect(record.error).toContain('not valid YAML');
  });

  it('rejects front matter that is a scalar rather than a mapping', () => {
    const [record] = loadMarkdown('---\njust a sentence\n---\nBody text.\n', 'scalar.md');
    expect(record.ok).toBe(false);
  });

  it('keeps a document whose date does not parse, with a warning', () => {
    const doc = only(loadMarkdown(fixture('markdown', 'bad-date.md'), 'bad-date.md'));
    expect(doc.date).toBeNull();
    expect(doc.title).toBe('Ceasefire talks in Doha');
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain('"sometime last spring"');
  });

  it('gives a dayless dateline the front matter year', () => {
    const doc = only(loadMarkdown(fixture('markdown', 'year-only.markdown'), 'year-only.markdown'));
    expect(doc).toMatchObject({ date: '2019-11-14', source: 'Reuters', title: 'Brazil joins summit', place: 'BRASILIA' });
    expect(doc.warnings).toEqual([]);
  });

  it('reads a file without front matter, taking the title from its heading', () => {
    const doc = only(loadMarkdown('# Chile and Peru talk\n\nChile and Peru held talks on fisheries.\n', 'x.md'));
    expect(doc.title).toBe('Chile and Peru talk');
    expect(doc.date).toBeNull();
    expect(splitFrontMatter('no front matter').body).toBe('no front matter');
    expect(splitFrontMatter('---\n---\nbody').body).toBe('body');
  });
});

describe('html', () => {
  const doc = only(loadHtml(fixture('html', 'article.html'), 'article.html'));

  it('reads metadata from title, meta and site name', () => {
    expect(doc).toMatchObject({
      title: 'EU & Japan sign partnership accord',
      date: '2018-07-17',
      source: 'Example News',
      url: 'https://news.example.org/eu-japan',
      place: 'TOKYO',
    });
  });

  it('decodes named, numeric and hex entities', () => {
    expect(doc.text).toContain('EU & Japan');
    expect(doc.text).toContain('Commission\u2019s president');
    expect(doc.text).toContain('cheese élite');
    expect(doc.text).toContain('services \u2014 worth \u20ac1 trillion');
    expect(doc.text).toContain('July 17 (Example) \u2014 The');
    // A no-break space reads as a plain space.
    expect(doc.text).toContain('cars and services');
    expect(doc.text).not.toMatch(/&[a-z#0-9]+;/i);
  });

  it('removes scripts, styles, comments and navigation menus', () => {
    for (const hidden of ['SCRIPT TEXT', 'STYLE TEXT', 'injected', 'a comment', 'font-family', 'Home World']) {
      expect(doc.text).not.toContain(hidden);
    }
  });

  it('turns blocks into lines and survives unclosed tags', () => {
    expect(doc.text).toMatch(/in Tokyo\.\n\nThe accord covers/);
    expect(doc.text).toContain('Officials said the deal would take effect next year');
    expect(doc.text).toContain('Cell one Cell two');
    expect(doc.text).toContain('  kept   spacing\nline two');
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^TOKYO, July 17/);
  });

  it('reads <meta name="date"> and falls back to the first heading for the title', () => {
    const minimal = only(loadHtml(fixture('html', 'minimal.htm'), 'minimal.htm'));
    expect(minimal.date).toBe('2021-03-03');
    expect(minimal.title).toBe('Egypt mediates between Israel and Hamas');
    expect(minimal.text).toContain('Egyptian officials mediated talks on Wednesday.\n\nNo agreement was reached.');
  });

  it('reads <time datetime> when no meta gives a date', () => {
    const page = htmlToText('<p>Byline <time datetime="2020-01-02T10:00">Jan 2</time></p><p>Body.</p>');
    expect(page.timeDatetime).toBe('2020-01-02T10:00');
    expect(only(loadHtml('<p><time datetime="2020-01-02">Jan 2</time></p><p>Body text.</p>', 't.html')).date).toBe('2020-01-02');
  });

  it('survives 10,000 levels of unclosed nesting', () => {
    const depth = 10_000;
    const html = '<div><span><b>'.repeat(depth / 3 | 0) + '<p>Deep text from Seoul.' + '<i>'.repeat(depth);
    const page = htmlToText(html);
    expect(page.text.trim()).toBe('Deep text from Seoul.');
    const closed = '<div>'.repeat(depth) + 'Nested text.' + '</div>'.repeat(depth) + '<p>After.</p>';
    expect(htmlToText(closed).text).toBe('Nested text.\n\nAfter.\n');
  });

  it('swallows an unclosed script to the end rather than leaking code as text', () => {
    const page = htmlToText('<p>Visible.</p><script>var x = "<p>never text</p>";');
    expect(page.text).toBe('Visible.\n');
  });
});

describe('json and jsonl', () => {
  it('loads an array of records, an error for the record without text', () => {
    const records = loadJson(fixture('json', 'records.json'), 'records.json');
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ ok: true, title: 'Iran and Saudi Arabia restore ties', date: '2023-03-10', source: 'Xinhua', place: 'BEIJING' });
    expect(records[1]).toMatchObject({ ok: true, date: null });
    expect(records[1].ok && records[1].warnings[0]).toContain('"10/03/2023"');
    expect(records[2].ok).toBe(false);
    expect(!records[2].ok && records[2].error).toContain('record 3 has no "text"');
  });

  it('loads a single record object', () => {
    expect(only(loadJson(fixture('json', 'single.json'), 'single.json'))).toMatchObject({ date: '2024-01-30', bodyStart: 0 });
  });

  it('makes invalid JSON an error naming the file, and the line where the engine reports a position', () => {
    const [unterminated] = loadJson('[\n  {"text": "a"},\n  {"text": "b\n]', 'broken.json');
    expect(unterminated).toMatchObject({ ok: false, line: 3 });
    expect(!unterminated.ok && unterminated.error).toContain('broken.json:3: invalid JSON');
    const [unexpected] = loadJson('[\n  {"text": "a"},\n  {"text": }\n]', 'broken.json');
    expect(!unexpected.ok && unexpected.error).toMatch(/broken\.json(:3)?: invalid JSON/);
  });

  it('loads every good JSONL line and names the broken ones', () => {
    const records = loadJsonl(fixture('json', 'feed.jsonl'), 'feed.jsonl');
    expect(records.map((r) => r.ok)).toEqual([true, false, true, false]);
    expect(records[0]).toMatchObject({ title: 'Poland buys tanks from South Korea', source: 'Yonhap', line: 1 });
    expect(records[1]).toMatchObject({ line: 2 });
    expect(!records[1].ok && records[1].error).toMatch(/feed\.jsonl:2: invalid JSON/);
    expect(records[2]).toMatchObject({ title: 'Finland joins NATO', date: '2023-04-04', line: 3 });
    // Line 4 is blank; line 5 has a number for text.
    expect(records[3]).toMatchObject({ ok: false, line: 5 });
  });

  it('rejects records whose metadata has the wrong type', () => {
    const [record] = loadJsonl('{"text": "x", "title": ["a"]}', 'typed.jsonl');
    expect(!record.ok && record.error).toContain('field "title" is an array');
  });
});
