/**
 * `geokg build` at corpus scale: 1k, 10k and 50k generated articles, each build in a child
 * process so its peak RSS (process.resourceUsage().maxRSS, worker threads included) is its
 * own. Beside each: wink-nlp readDoc streamed over the same corpus in its own child.
 * At 1k and 10k the build runs with one job and with two; at 10k extraction alone is
 * timed in a pool of one worker thread and of two.
 *
 *   child mode: npx tsx benchmark/build.bench.ts --child build|wink|pool DIR JOBS
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../dist/build/build.js';
import { ExtractionPool, IN_FLIGHT_PER_JOB, orderedMap } from '../dist/build/workers.js';
import { loadCorpus } from '../dist/corpus/load.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { corpusDir, countWords, generateCorpus, winkReadDoc, type GeneratedCorpus } from './generate.js';
import type { Benchmark, BenchFigure } from './harness.js';

interface ChildResult {
  ms: number;
  documents: number;
  words: number;
  maxRssMb: number;
  stages?: Record<string, number>;
  failed?: number;
}

const here = fileURLToPath(import.meta.url);

async function childMain(mode: string, dir: string, jobs: number): Promise<ChildResult> {
  const t0 = performance.now();
  let documents = 0;
  let words = 0;
  let stages: Record<string, number> | undefined;
  let failed: number | undefined;
  if (mode === 'build') {
    const work = mkdtempSync(join(tmpdir(), 'geokg-bench-'));
    try {
      const report = await buildGraph({ corpus: [dir], out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs, seed: 1 });
      documents = report.documents.ok;
      failed = report.documents.failed;
      stages = report.timings;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  } else if (mode === 'wink') {
    const readDoc = winkReadDoc();
    const started = performance.now(); // the model's load is not reading
    for await (const r of loadCorpus([dir])) if (r.ok) { readDoc(r.document.text); documents++; words += countWords(r.document.text); }
    return { ms: performance.now() - started, documents, words, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } else if (mode === 'pool') {
    const pool = new ExtractionPool({ jobs, catalog: loadCatalog() });
    // every worker up and warm before the clock starts
    await Promise.all(Array.from({ length: jobs * 2 }, (_, i) => pool.extract({ id: `warm-${i}`, path: 'warm.txt', title: null, date: null, source: null, text: 'Japan and China held talks.' })));
    const started = performance.now();
    const docs = (async function* () { for await (const r of loadCorpus([dir])) if (r.ok) yield r.document; })();
    for await (const _ of orderedMap(docs, (d) => pool.extract(d), jobs * IN_FLIGHT_PER_JOB)) documents++;
    await pool.close();
    return { ms: performance.now() - started, documents, words, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } else throw new Error(`geokg/bench: unknown child mode "${mode}"`);
  return { ms: performance.now() - t0, documents, words, maxRssMb: process.resourceUsage().maxRSS / 1024, stages, failed };
}

function runChild(mode: string, dir: string, jobs: number): ChildResult {
  const out = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', mode, dir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !last.startsWith('{')) throw new Error(`geokg/bench: child ${mode} ${dir} failed (status ${out.status}): ${out.stderr.slice(-2000)}`);
  return JSON.parse(last) as ChildResult;
}

function sizeFigures(label: string, corpus: GeneratedCorpus, wink: ChildResult, builds: Map<number, ChildResult>): BenchFigure[] {
  const wps = (r: ChildResult, ms = r.ms) => corpus.words / (ms / 1000);
  const winkWps = wps(wink);
  const figures: BenchFigure[] = [];
  for (const [jobs, b] of builds) {
    const cmd = `build --jobs ${jobs}, ${label}`;
    figures.push({ name: `${cmd}, end to end`, value: wps(b), unit: 'words/s', better: 'higher', baseline: { name: 'wink readDoc', value: winkWps } });
    figures.push({ name: `${cmd}, end to end`, value: corpus.articles / (b.ms / 1000), unit: 'docs/s', better: 'higher', baseline: { name: 'wink readDoc', value: corpus.articles / (wink.ms / 1000) } });
    // load + extract + cache and aggregation run interleaved: the build reports them as one stage
    for (const stage of ['extract', 'aggregate', 'metrics', 'layout', 'write'] as const) {
      const ms = b.stages?.[stage] ?? 0;
      if (ms > 0) figures.push({ name: `${cmd}, stage ${stage === 'extract' ? 'load+extract+cache+aggregate' : stage}`, value: wps(b, ms), unit: 'words/s', better: 'higher', baseline: { name: 'wink readDoc', value: winkWps } });
    }
    figures.push({ name: `${cmd}, peak RSS`, value: b.maxRssMb, unit: 'MB', better: 'lower', baseline: { name: 'wink readDoc', value: wink.maxRssMb }, target: label.startsWith('50k') ? { value: 2048, description: '< 2 GB' } : undefined, notes: b.failed ? `${b.failed} failed` : undefined });
  }
  return figures;
}

export const benchmark: Benchmark = {
  id: 'build',
  description: 'geokg build at 1k / 10k / 50k articles (child processes): words/s, docs/s, peak RSS',
  async run({ quick }) {
    const sizes = quick ? [{ label: '100 articles', count: 100 }, { label: '300 articles', count: 300 }] : [{ label: '1k articles', count: 1000 }, { label: '10k articles', count: 10_000 }, { label: '50k articles', count: 50_000 }];
    const figures: BenchFigure[] = [];
    const rss = new Map<string, number>();
    for (const [i, size] of sizes.entries()) {
      process.stderr.write(`  ${size.label}: generating\n`);
      const corpus = generateCorpus({ count: size.count, dir: corpusDir(`articles-${size.count}`) });
      const wink = runChild('wink', corpus.dir, 1);
      const builds = new Map<number, ChildResult>();
      const isLast = i === sizes.length - 1;
      for (const jobs of isLast ? [2] : [1, 2]) {
        process.stderr.write(`  ${size.label}: build --jobs ${jobs}\n`);
        builds.set(jobs, runChild('build', corpus.dir, jobs));
      }
      figures.push(...sizeFigures(size.label, corpus, wink, builds));
      rss.set(size.label, builds.get(2)!.maxRssMb);
      if (i === 1) {
        // extraction alone, streamed from disk: a pool of two worker threads against one
        const one = runChild('pool', corpus.dir, 1);
        const two = runChild('pool', corpus.dir, 2);
        const w = (r: ChildResult) => corpus.words / (r.ms / 1000);
        figures.push({
          name: `extraction pool, 2 workers vs 1, ${size.label}`, value: w(two), unit: 'words/s', better: 'higher',
          baseline: { name: '1 worker', value: w(one) }, target: { value: 1.8 * w(one), description: '≥ 1.8× one worker' },
        });
      }
    }
    if (sizes.length === 3) {
      const [, mid, big] = sizes.map((s) => rss.get(s.label)!);
      figures.push({ name: 'peak RSS 50k vs 10k articles (--jobs 2)', value: big, unit: 'MB', better: 'lower', baseline: { name: '10k', value: mid }, target: { value: 3 * mid, description: '< 3× the 10k RSS' } });
    }
    return figures;
  },
};

if (process.argv[2] === '--child' && resolve(process.argv[1] ?? '') === here) {
  childMain(process.argv[3], process.argv[4], Number(process.argv[5] ?? 1)).then(
    (r) => { process.stdout.write(`${JSON.stringify(r)}\n`); process.exit(0); },
    (err: Error) => { process.stderr.write(`${err.stack}\n`); process.exit(1); },
  );
}
