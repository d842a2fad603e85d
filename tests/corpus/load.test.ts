import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/model.js';
import {
  DEFAULT_MAX_BYTES, decodeText, documentId, firstInvalidUtf8, loadCorpus, loadDocumentFile, type LoadResult,
} from '../../src/corpus/load.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'corpus');

async function collect(paths: string[], options?: { maxBytes?: number }): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const result of loadCorpus(paths, options)) out.push(result);
  return out;
}

function document(results: LoadResult[]): SourceDocument {
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result.ok) throw new Error(`expected a document, got: ${result.error}`);
  return result.document;
}

function errorOf(results: LoadResult[]): string {
  expect(results).toHaveLength(1);
  const [result] = results;
  if (result.ok) throw new Error(`expected an error, got document ${result.document.path}`);
  return result.error;
}

let tmp: string;
beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'geokg-load-')); });
afterEach(() => { rmSync(tmp, { recursive: true, force: true }); });

function writeBytes(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

describe('decoding', () => {
  it('normalises CRLF to LF before the text exists', () => {
    const doc = document(loadDocumentFile(join(FIXTURES, 'encodings', 'crlf.txt')));
    expect(doc.text).not.toContain('\r');
    expect(doc).toMatchObject({ title: 'NATO ministers meet in Brussels', date: '2024-02-15', source: 'AFP', place: 'BRUSSELS' });
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^BRUSSELS \(AFP\) - NATO defence ministers met on Thursday\.\nThey discussed/);
  });

  it('strips a UTF-8 byte order mark', () => {
    const doc = document(loadDocumentFile(join(FIXTURES, 'encodings', 'utf8-bom.txt')));
    expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(doc.title).toBe('India and France hold naval exercise');
    expect(doc.bodyStart).toBe(doc.text.indexOf('NEW DELHI'));
  });

  it('decodes UTF-16 LE and BE by their byte order marks', () => {
    const doc = document(loadDocumentFile(join(FIXTURES, 'encodings', 'utf16le-bom.txt')));
    expect(doc).toMatchObject({ title: 'Kyodo: Japan protests Chinese ships near Senkaku', date: '2013-09-12', source: 'Kyodo', place: 'TOKYO' });
    const be = Buffer.from('Title line of story\n\nSEOUL (Yonhap) -- Text.\n', 'utf16le').swap16();
    const beDoc = document(loadDocumentFile(writeBytes('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))));
    expect(beDoc.text).toBe('Title line of story\n\nSEOUL (Yonhap) -- Text.\n');
  });

  it('names the byte of invalid UTF-8', () => {
    const error = errorOf(loadDocumentFile(join(FIXTURES, 'encodings', 'latin1-invalid.txt')));
    expect(error).toContain('latin1-invalid.txt');
    expect(error).toContain('invalid UTF-8 at byte 3');
  });

  it('finds the first invalid UTF-8 sequence', () => {
    const bytes = (...b: number[]) => Uint8Array.from(b);
    expect(firstInvalidUtf8(Buffer.from('ascii é 中 😀'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x41, 0xc3))).toBe(1); // cut short
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xc0, 0xaf))).toBe(2); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // surrogate
    expect(firstInvalidUtf8(bytes(0x41, 0xf4, 0x90, 0x80, 0x80))).toBe(1); // beyond U+10FFFF
    expect(decodeText(bytes(0x61, 0x62, 0xff))).toEqual({ ok: false, error: 'invalid UTF-8 at byte 2' });
  });

  it('refuses binary files', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(errorOf(loadDocumentFile(writeBytes('image.txt', png)))).toContain('image.txt: binary file, not text');
    // No NUL, but mostly control characters.
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(errorOf(loadDocumentFile(writeBytes('controls.txt', controls)))).toContain('binary file, not text');
  });

  it('reports empty and whitespace-only files', () => {
    expect(errorOf(loadDocumentFile(join(FIXTURES, 'encodings', 'empty.txt')))).toContain('empty.txt: empty document');
    expect(errorOf(loadDocumentFile(writeBytes('blank.md', '\n  \n\t\n')))).toContain('empty document');
  });

  it('refuses files over the size limit, unread', async () => {
    const path = writeBytes('big.txt', 'x'.repeat(100));
    expect(errorOf(loadDocumentFile(path, { maxBytes: 50 }))).toContain('big.txt: document too large: 100 bytes (limit 50)');
    expect(errorOf(await collect([path], { maxBytes: 50 }))).toContain('document too large: 100 bytes (limit 50)');
    expect(document(loadDocumentFile(path)).text).toBe('x'.repeat(100));
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('documents', () => {
  it('ids are the first 16 hex digits of the sha256 of the text, the same at any path', () => {
    const text = 'Chile and Peru held talks on fisheries.\n';
    const a = document(loadDocumentFile(writeBytes('a.txt', text)));
    const b = document(loadDocumentFile(writeBytes('b.txt', text.replace('\n', '\r\n'))));
    expect(a.id).toBe(createHash('sha256').update(text).digest('hex').slice(0, 16));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(documentId('other text')).not.toBe(a.id);
  });

  it('loadDocumentFile reads unknown extensions as text and refuses folders and FIFOs', () => {
    expect(document(loadDocumentFile(writeBytes('story.text', 'Peru and Chile met.\n'))).text).toBe('Peru and Chile met.\n');
    expect(errorOf(loadDocumentFile(tmp))).toContain('is a directory');
    execFileSync('mkfifo', [join(tmp, 'pipe.txt')]);
    expect(errorOf(loadDocumentFile(join(tmp, 'pipe.txt')))).toContain('not a regular file');
    expect(errorOf(loadDocumentFile(join(tmp, 'missing.txt')))).toContain('missing.txt: cannot read');
  });

});

describe('loadCorpus over the fixture corpus', () => {
  it('loads every format, skipping what is not an article, with an error per bad file or record', async () => {
    const results = await collect([FIXTURES]);
    const rows = results.map((r) => `${r.ok ? 'ok ' : 'err'} ${relative(FIXTURES, r.ok ? r.document.path : r.path)}${!r.ok && r.line ? `:${r.line}` : ''}`);
    expect(rows).toEqual([
      'ok  encodings/crlf.txt',
      'err encodings/empty.txt',
      'err encodings/latin1-invalid.txt',
      'ok  encodings/utf16le-bom.txt',
      'ok  encodings/utf8-bom.txt',
      'ok  html/article.html',
      'ok  html/minimal.htm',
      'ok  json/feed.jsonl',
      'err json/feed.jsonl:2',
      'ok  json/feed.jsonl',
      'err json/feed.jsonl:5',
      'ok  json/records.json',
      'ok  json/records.json',
      'err json/records.json',
      'ok  json/single.json',
      'ok  markdown/bad-date.md',
      'err markdown/bad-front-matter.md:4',
      'ok  markdown/front-matter.md',
      'ok  markdown/year-only.markdown',
      'ok  text/ap-dayless.txt',
      'ok  text/body-only.txt',
      'ok  text/plain-title.txt',
      'ok  text/reuters-wire.txt',
    ]);
    for (const r of results) {
      if (r.ok) {
        expect(r.document.text).not.toMatch(/\r|^\uFEFF/);
        expect(r.document.bodyStart).toBeGreaterThanOrEqual(0);
        expect(r.document.bodyStart).toBeLessThan(r.document.text.length);
      } else {
        // Every error names its file.
        expect(r.error).toContain(r.path);
      }
    }
    const warned = results.filter((r) => r.ok && r.warnings?.length).map((r) => r.ok && relative(FIXTURES, r.document.path));
    expect(warned).toEqual(['json/records.json', 'markdown/bad-date.md']);
  });

  it('goes on past a symbolic link loop, a dangling link and a FIFO', async () => {
    // As root, chmod 000 does not make a file unreadable; a dangling link and a FIFO are unreadable for anyone.
    mkdirSync(join(tmp, 'corpus'));
    writeFileSync(join(tmp, 'corpus', 'a.txt'), 'Peru and Chile met.\n');
    symlinkSync(join(tmp, 'corpus'), join(tmp, 'corpus', 'b-loop'));
    symlinkSync(join(tmp, 'nowhere.txt'), join(tmp, 'corpus', 'c-dangling.txt'));
    execFileSync('mkfifo', [join(tmp, 'corpus', 'd-pipe.txt')]);
    writeFileSync(join(tmp, 'corpus', 'e.md'), '---\ntitle: Last\n---\nBolivia and Peru met.\n');
    const results = await collect([join(tmp, 'corpus')]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false, true]);
    expect(results.map((r) => r.ok && r.document.title)).toEqual([null, false, false, false, 'Last']);
    expect(!results[1].ok && results[1].error).toContain('symbolic link loop');
    expect(!results[2].ok && results[2].error).toContain('c-dangling.txt: cannot read');
    expect(!results[3].ok && results[3].error).toContain('a FIFO');
  });
});
