import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, OUTPUT_FILES, type BuildReport } from '../../src/build/build.js';
import { processFile } from '../../src/build/process-file.js';
import { ExtractionPool, checkJobs, extractParallel, orderedMap } from '../../src/build/workers.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import { isExtractionError, type SourceDocument } from '../../src/model.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'geokg-workers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const doc = (id: string, text: string): SourceDocument => ({ id, path: `${id}.txt`, title: null, date: '2022-02-24', source: null, text });

describe('building with worker threads', () => {
  // the packaged wire copies and the gold articles: txt and md, 50 documents
  const corpus = join(tmp, 'corpus');
  const reports = new Map<number, BuildReport>();
  const outOf = (jobs: number) => join(tmp, `out-${jobs}`);

  beforeAll(async () => {
    cpSync(join(ROOT, 'corpus'), join(corpus, 'packaged'), { recursive: true });
    cpSync(join(ROOT, 'tests', 'gold', 'articles'), join(corpus, 'gold'), { recursive: true });
    for (const jobs of [1, 2]) {
      reports.set(jobs, await buildGraph({ corpus: [corpus], out: outOf(jobs), cacheDir: join(tmp, `cache-${jobs}`), jobs, seed: 7 }));
    }
  }, 120_000);

  it('gives byte-identical outputs with one job and with two', () => {
    const one = reports.get(1)!;
    const two = reports.get(2)!;
    expect(one.documents.ok).toBeGreaterThan(40);
    expect(two.documents).toEqual(one.documents);
    expect(two.errors).toEqual(one.errors);
    for (const file of [OUTPUT_FILES.graph, OUTPUT_FILES.evidence, OUTPUT_FILES.gexf]) {
      expect(readFileSync(join(outOf(2), file), 'utf8')).toBe(readFileSync(join(outOf(1), file), 'utf8'));
    }
  });

  it('turns a document that throws in a worker into an error record and builds the others', async () => {
    const dir = join(tmp, 'limits');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'short.txt'), 'Russia attacked Ukraine on Thursday.\n');
    writeFileSync(join(dir, 'long.txt'), `${'Japan criticized Russia on Friday. '.repeat(40)}\n`);
    writeFileSync(join(dir, 'other.txt'), 'Germany and France held talks in Berlin.\n');
    const report = await buildGraph({ corpus: [dir], out: join(tmp, 'out-limits'), cacheDir: join(tmp, 'cache-limits'), jobs: 2, limits: { maxDocumentChars: 400 } });
    expect(report.documents).toMatchObject({ total: 3, ok: 2, failed: 1, extracted: 2 });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0].path).toMatch(/long\.txt$/);
    expect(report.errors[0].error).toMatch(/maxDocumentChars/);
    const graph = JSON.parse(readFileSync(join(tmp, 'out-limits', OUTPUT_FILES.graph), 'utf8')) as { edges: Array<{ key: string }> };
    expect(graph.edges.map((e) => e.key)).toContain('RUS|attack|UKR|asserted');
  }, 60_000);
});

describe('building a mixed corpus with any number of jobs', () => {
  // every format, broken files and records, warnings, and the same text under three names
  const corpus = join(tmp, 'mixed');
  const outOf = (jobs: number) => join(tmp, `mixed-out-${jobs}`);
  const reports = new Map<number, BuildReport>();

  beforeAll(async () => {
    cpSync(join(ROOT, 'tests', 'fixtures', 'corpus'), join(corpus, 'fixtures'), { recursive: true });
    cpSync(join(ROOT, 'corpus'), join(corpus, 'packaged'), { recursive: true });
    const copy = readFileSync(join(ROOT, 'corpus', '2014-02-13-kerry-park-seoul.txt'));
    for (const name of ['z-copy.txt', 'a-copy.txt']) writeFileSync(join(corpus, name), copy);
    for (const jobs of [1, 2, 3]) {
      reports.set(jobs, await buildGraph({ corpus: [corpus], out: outOf(jobs), cacheDir: join(tmp, `mixed-cache-${jobs}`), jobs, seed: 3 }));
    }
  }, 180_000);

  it('gives the same outputs, counts, errors and warnings with one, two and three jobs', () => {
    const one = reports.get(1)!;
    expect(one.documents.failed).toBeGreaterThan(2);
    expect(one.errors.some((e) => e.line !== undefined)).toBe(true);
    expect(one.warnings.length).toBeGreaterThan(0);
    for (const jobs of [2, 3]) {
      const other = reports.get(jobs)!;
      // the same text under three names: one worker may take a copy from the cache another has
      // just filled, or two may extract copies at the same moment; the counts of the build agree
      const { extracted, fromCache, ...counts } = other.documents;
      const { extracted: _extracted, fromCache: oneFromCache, ...oneCounts } = one.documents;
      expect(counts).toEqual(oneCounts);
      expect(extracted + fromCache).toBe(other.documents.ok);
      expect(fromCache).toBeLessThanOrEqual(oneFromCache);
      expect(other.errors).toEqual(one.errors);
      expect(other.warnings).toEqual(one.warnings);
      for (const file of [OUTPUT_FILES.graph, OUTPUT_FILES.evidence, OUTPUT_FILES.gexf]) {
        expect(readFileSync(join(outOf(jobs), file), 'utf8'), `${file} with ${jobs} jobs`).toBe(readFileSync(join(outOf(1), file), 'utf8'));
      }
    }
  });

  it('describes a text found under several names by the smallest path', () => {
    const graph = JSON.parse(readFileSync(join(outOf(2), OUTPUT_FILES.graph), 'utf8')) as { attributes: { documents: Array<{ path: string }> } };
    const paths = graph.attributes.documents.map((d) => d.path);
    expect(paths.filter((p) => /copy\.txt$|kerry-park-seoul\.txt$/.test(p))).toEqual([join(corpus, 'a-copy.txt')]);
  });
});

describe('ExtractionPool', () => {
  it('works out files in worker threads exactly as in this thread', async () => {
    const catalog = loadCatalog();
    const dir = join(ROOT, 'tests', 'fixtures', 'corpus');
    const files = ['json/feed.jsonl', 'text/reuters-wire.txt', 'encodings/latin1-invalid.txt', 'markdown/bad-date.md', 'missing.txt'].map((f) => ({ path: join(dir, f) }));
    const here = files.map((f) => processFile(f, { catalog }));
    const pool = new ExtractionPool({ jobs: 2, catalog });
    try {
      const threaded = await Promise.all([pool.processFiles(files.slice(0, 2)), pool.processFiles(files.slice(2))]);
      const plain = (o: unknown) => JSON.parse(JSON.stringify(o, (_k, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v)));
      expect(plain(threaded.flat())).toEqual(plain(here));
      expect(here.flat().some((o) => o.ok && o.delta && o.delta.edges.length > 0)).toBe(true);
      expect(here[4]).toEqual([expect.objectContaining({ ok: false, error: expect.stringMatching(/missing\.txt/) })]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('extracts in worker threads exactly as in this thread', async () => {
    const catalog = loadCatalog();
    const docs = ['Russia attacked Ukraine.', 'NATO condemned Russia for the attack.', 'China and Russia signed a trade deal.'].map((t, i) => doc(`d${i}`, t));
    const here = [];
    for await (const [, r] of extractParallel((async function* () { yield* docs; })(), { jobs: 1, catalog })) here.push(r);
    const threaded = [];
    for await (const [d, r] of extractParallel((async function* () { yield* docs; })(), { jobs: 2, catalog, window: 2 })) threaded.push([d.id, r] as const);
    expect(threaded.map(([id]) => id)).toEqual(['d0', 'd1', 'd2']);
    expect(threaded.map(([, r]) => r)).toEqual(here);
    expect(here.every((r) => !isExtractionError(r) && r.relations.length > 0)).toBe(true);
  }, 60_000);

  it('starts a worker thread only while more work waits than the running ones hold, up to jobs', async () => {
    const catalog = loadCatalog();
    const file = { path: join(ROOT, 'tests', 'fixtures', 'corpus', 'text', 'reuters-wire.txt') };
    const pool = new ExtractionPool({ jobs: 8, catalog });
    try {
      expect(pool.threads).toBe(1);
      // one batch at a time: one worker does it all
      for (let i = 0; i < 3; i++) await pool.processFiles([file]);
      expect(pool.threads).toBe(1);
      // three batches waiting at once: three workers
      await Promise.all([pool.processFiles([file]), pool.processFiles([file]), pool.processFiles([file])]);
      expect(pool.threads).toBe(3);
      // documents: two a worker
      await Promise.all(Array.from({ length: 9 }, (_, i) => pool.extract(doc(`d${i}`, 'Japan criticized China.'))));
      expect(pool.threads).toBe(5);
      await pool.startAll();
      expect(pool.threads).toBe(8);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('keeps the process alive while startAll waits, though an idle pool does not', () => {
    const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const script = join(ROOT, 'tests', 'fixtures', 'reliability', 'start-all.ts');
    const run = spawnSync(process.execPath, ['--import', loader, script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect([run.status, run.stdout]).toEqual([0, 'started 3\n']);
  }, 60_000);

  it('refuses work once closed and rejects a bad number of jobs', async () => {
    const pool = new ExtractionPool({ jobs: 1, catalog: loadCatalog() });
    await pool.close();
    await expect(pool.extract(doc('x', 'Japan.'))).rejects.toThrow(/closed/);
    expect(() => checkJobs(0)).toThrow(/jobs must be a positive integer, got 0/);
    expect(() => checkJobs(1.5)).toThrow(/1\.5/);
  });
});

describe('orderedMap', () => {
  it('keeps input order and pulls at most `window` items ahead', async () => {
    let pulled = 0;
    let taken = 0;
    let maxAhead = 0;
    async function* source() {
      for (let i = 0; i < 20; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - taken);
        yield i;
      }
    }
    const out: number[] = [];
    // later items finish first: order must come from the input, not from completion
    for await (const x of orderedMap(source(), (i) => new Promise<number>((r) => setTimeout(() => r(i * 10), (20 - i) % 5)), 4)) {
      out.push(x);
      taken++;
    }
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(maxAhead).toBeLessThanOrEqual(4);
  });
});
