/**
 * `geokg build` end to end, the real CLI in a child process, over one corpus folder that
 * holds three good wire stories next to everything a folder of strangers' files can hold:
 * binary data, invalid UTF-8, UTF-16 with a byte order mark, an empty file, a 50 MB file,
 * a file over maxDocumentChars, HTML with unclosed, deeply nested tags and scripts, a JSONL
 * feed with broken lines, front matter that is not YAML, a date that does not parse, an
 * article in other languages, symbolic link loops, a dangling link and a FIFO.
 * The static files are in tests/fixtures/reliability/hostile-corpus; the rest is made here.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES, type BuildReport } from '../../src/build/build.js';
import { DEFAULT_MAX_BYTES } from '../../src/corpus/load.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { readGraphFile } from '../../src/graph/io.js';
import type { GeoGraph } from '../../src/graph/types.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { FIXTURES, runCli, type CliRun } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'geokg-rel-hostile-'));
const corpus = join(tmp, 'corpus');
const out = join(tmp, 'graph-out');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Text that must never reach the graph: it sits in <script>, <style> and <noscript>.
const SCRIPT_SENTENCE = 'Russia attacked France.';
const FIFTY_MB = 50 * 1024 * 1024;

/** A page that no browser would render cleanly: scripts everywhere, thousands of unclosed tags. */
function hostileHtml(): string {
  const deep = '<div><span><b>'.repeat(4000);
  return [
    '<!doctype html><html><head><title>Germany, France hold talks</title>',
    `<script>var s = "${SCRIPT_SENTENCE}"; document.write("<p>" + s);</script>`,
    `<style>p::after { content: "${SCRIPT_SENTENCE}"; }</style></head><body>`,
    `<noscript>${SCRIPT_SENTENCE}</noscript>`,
    deep,
    '<p>BERLIN, March 1 (Reuters) -- Germany and France held talks in Berlin on Tuesday.',
    `<img src=x onerror="alert('${SCRIPT_SENTENCE}')"><script>alert("${SCRIPT_SENTENCE}")`,
    '<p>Germany pledged to support Ukraine.<td><li><table><tr>',
    '<i>'.repeat(3000),
  ].join('\n');
}

/** A file of `size` bytes of plain text, written in chunks. */
function writeLargeText(path: string, size: number, line: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.from(line.repeat(Math.ceil((1 << 20) / line.length)));
  let written = 0;
  while (written < size) written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  closeSync(fd);
}

interface ExpectedError {
  name: string;
  line?: number;
  problem: RegExp;
}

const EXPECTED_ERRORS: ExpectedError[] = [
  { name: 'bad-front-matter.md', line: 4, problem: /front matter is not valid YAML at line 4: Tabs are not allowed/ },
  { name: 'dangling-link.txt', problem: /cannot read: .*dangling symbolic link/ },
  { name: 'empty.txt', problem: /empty document/ },
  { name: 'feed.jsonl', line: 2, problem: /invalid JSON/ },
  { name: 'feed.jsonl', line: 4, problem: /an array, not a record object/ },
  { name: 'huge-50mb.txt', problem: new RegExp(`document too large: ${FIFTY_MB} bytes \\(limit ${DEFAULT_MAX_BYTES}\\)`) },
  { name: 'latin1.txt', problem: /invalid UTF-8 at byte \d+/ },
  { name: 'loop-to-corpus', problem: /symbolic link loop/ },
  { name: 'over-char-limit.txt', problem: new RegExp(`geokg/limits: maxDocumentChars exceeded: \\d+ \\(limit ${DEFAULT_LIMITS.maxDocumentChars}\\)`) },
  { name: 'photo.txt', problem: /binary file, not text/ },
  { name: 'pipe.txt', problem: /FIFO/ },
  { name: 'self-loop.txt', problem: /symbolic link loop/ },
];

/** Every document that must be in the graph: path and title. */
const GOOD_DOCUMENTS: [string, string][] = [
  ['2022-02-24-russia-ukraine.txt', 'Russia attacks Ukraine'],
  ['2022-02-25-nato-russia.txt', 'NATO condemns Russian assault'],
  ['2022-03-02-us-sanctions.txt', 'U.S. imposes sanctions on Russia'],
  ['bad-date.md', 'Ceasefire talks in Doha'],
  ['feed.jsonl', 'Chile and Peru talks'],
  ['feed.jsonl', 'Japan condemns Russian attack'],
  ['feed.jsonl', 'Seoul and Tokyo talks'],
  ['foreign-language.txt', 'Réunion des ministres à Bruxelles'],
  ['nested-scripts.html', 'Germany, France hold talks'],
  ['utf16le-bom.txt', 'Japan protests to China'],
];

let run: CliRun;
let report: BuildReport;
let graph: GeoGraph;
let evidence: { edge: string; sentence: string; documentId: string }[];

beforeAll(async () => {
  cpSync(join(FIXTURES, 'hostile-corpus'), corpus, { recursive: true });
  writeFileSync(join(corpus, 'nested-scripts.html'), hostileHtml());
  writeLargeText(join(corpus, 'huge-50mb.txt'), FIFTY_MB, 'Germany and France held talks in Berlin on Tuesday.\n');
  // under the loader's byte limit, over the extractor's character limit
  writeLargeText(join(corpus, 'over-char-limit.txt'), DEFAULT_LIMITS.maxDocumentChars + 100, 'Japan and China held talks in Tokyo on Monday.\n');
  symlinkSync('.', join(corpus, 'loop-to-corpus'));
  symlinkSync('self-loop.txt', join(corpus, 'self-loop.txt'));
  symlinkSync(join(tmp, 'nowhere.txt'), join(corpus, 'dangling-link.txt'));
  // as root, chmod 000 does not stop a read; a FIFO cannot be read by anyone without blocking
  execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);

  run = await runCli(['build', 'corpus', '--out', 'graph-out'], { cwd: tmp });
  report = JSON.parse(readFileSync(join(out, OUTPUT_FILES.report), 'utf8')) as BuildReport;
  graph = readGraphFile(join(out, OUTPUT_FILES.graph));
  evidence = readFileSync(join(out, OUTPUT_FILES.evidence), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
}, 60_000);

const corpusPath = (name: string) => join('corpus', name);

describe('geokg build over a hostile corpus folder', () => {
  it('completes with errors: exit code 3 and every output written', () => {
    expect(run.code, run.stderr).toBe(EXIT.PARTIAL);
    expect(report.outputs.sort()).toEqual(Object.values(OUTPUT_FILES).sort());
    expect(report.documents).toMatchObject({ ok: GOOD_DOCUMENTS.length, failed: EXPECTED_ERRORS.length });
  });

  it('gives exactly one clear error per bad entry in build-report.json: its path, its line, the problem', () => {
    for (const expected of EXPECTED_ERRORS) {
      const path = corpusPath(expected.name);
      const matching = report.errors.filter((e) => e.path === path && e.line === expected.line);
      expect(matching, `${path}:${expected.line ?? ''}`).toHaveLength(1);
      expect(matching[0].error).toMatch(expected.problem);
    }
    expect(report.errors).toHaveLength(EXPECTED_ERRORS.length);
    // load errors name the file (and line) in the message itself, as the extract command shows them
    for (const e of report.errors.filter((x) => !x.error.startsWith('extraction failed'))) {
      expect(e.error).toContain(e.line === undefined ? `${e.path}: ` : `${e.path}:${e.line}: `);
    }
  });

  it('lists every error in the printed summary', () => {
    for (const expected of EXPECTED_ERRORS) {
      const where = `${corpusPath(expected.name)}${expected.line === undefined ? '' : `:${expected.line}`}: `;
      expect(run.stdout.split('\n').filter((l) => l.trimStart().startsWith(where)), where).toHaveLength(1);
    }
  });

  // each error on stderr too, one line per bad entry, so that `2>errors.log` captures them
  it('writes each error to stderr as well', () => {
    for (const expected of EXPECTED_ERRORS) {
      const where = `${corpusPath(expected.name)}${expected.line === undefined ? '' : `:${expected.line}`}`;
      expect(run.stderr, where).toContain(where);
    }
  });

  it('puts every good document in the graph, whatever its encoding, markup or language', () => {
    const documents = graph.getAttribute('documents').map((d) => [d.path, d.title ?? ''] as [string, string]).sort();
    expect(documents).toEqual(GOOD_DOCUMENTS.map(([name, title]) => [corpusPath(name), title]).sort());
    // relations from plain text, a JSONL line and HTML (the UTF-16 file proves itself by its decoded title)
    for (const key of ['RUS|attack|UKR|asserted', 'USA|sanction|RUS|asserted', 'JPN|criticism|RUS|asserted', 'DEU|negotiation|FRA|asserted']) {
      expect(graph.hasEdge(key), key).toBe(true);
    }
  });

  it('keeps a document whose date does not parse, undated', () => {
    const doc = graph.getAttribute('documents').find((d) => d.path === corpusPath('bad-date.md'));
    expect(doc?.date).toBeNull();
    expect(evidence.some((e) => e.documentId === doc?.id)).toBe(true);
  });

  // KNOWN BUG (src/build/build.ts, buildGraph): the loader's warnings (LoadResult.warnings,
  // here 'date "sometime last spring" does not parse') are dropped; build-report.json
  // `warnings` is empty and nothing is printed. Expected: the warning in the report and on stderr.
  it('reports the unparseable date as a warning', () => {
    expect(report.warnings.some((w) => w.includes('bad-date.md') && w.includes('sometime last spring'))).toBe(true);
    expect(run.stderr).toContain('sometime last spring');
  });

  it('reads HTML text only: scripts, styles and noscript never reach the graph', () => {
    const html = graph.getAttribute('documents').find((d) => d.path === corpusPath('nested-scripts.html'))!;
    const fromHtml = evidence.filter((e) => e.documentId === html.id).map((e) => e.sentence);
    expect(fromHtml).toContain('BERLIN, March 1 (Reuters) -- Germany and France held talks in Berlin on Tuesday.');
    for (const e of evidence) {
      expect(e.sentence).not.toContain(SCRIPT_SENTENCE);
      expect(e.sentence).not.toMatch(/<script|onerror|alert\(/);
    }
    expect(graph.hasEdge('RUS|attack|FRA|asserted')).toBe(false);
  });

  it('builds an article in other languages without an error', () => {
    expect(report.errors.some((e) => e.path.includes('foreign-language'))).toBe(false);
    const foreign = graph.getAttribute('documents').find((d) => d.path === corpusPath('foreign-language.txt'));
    expect(foreign).toBeDefined();
  });
});
