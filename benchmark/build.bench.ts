/**
 * `geokg build` at corpus scale: 1k, 10k and 50k generated articles, each build in a child
 * process so its peak RSS (process.resourceUsage().maxRSS, worker threads included) is its
 * own. Beside each: wink-nlp readDoc streamed over the same corpus in its own child.
 * At 1k and 10k the build runs with one job and with two; at 10k extraction alone is
 * timed in a pool of one worker thread and of two, three times each in turn (the best
 * run of each counts: other work on the machine only ever adds time), once cold, as a
 * build starts, and once in the steady state, after untimed passes over the same corpus,
 * one per worker, so that every worker has extracted about as many documents as the one
 * worker of the smaller pool (after one pass each of two workers had seen half as many,
 * and their JIT compilers still took a further 0.4–0.6 s of CPU in the timed pass). The pool is timed a
 * third way where the machine can confine a process to some cores (Linux, taskset): one
 * worker on one core against two on two, so that one worker's run cannot use the second
 * core for its JIT compiler, its collector and its main thread. The pool figures' notes give
 * the CPU each kind of thread took. Beside the cold pool, the baseline's own pool: readDoc in
 * one worker thread and in two (wink-pool.ts), for what this machine gives a second worker.
 * Last, the pools in one process, pass against pass, steady (pooledPairs) and cold (coldPairs):
 * the separate children run minutes apart, and the best of three compares the luckiest run of
 * each, where a pair's ratio holds whatever the machine does between pairs.
 *
 *   npm run bench -- build [--sizes=1k,10k,50k]
 *   child mode: npx tsx benchmark/build.bench.ts --child build|wink|wink-pool|pool DIR JOBS [WARM-UP DIR [PASSES]]
 *               npx tsx benchmark/build.bench.ts --child pool-pairs|pool-cold-pairs DIR ROUNDS
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../dist/build/build.js';
import { corpusOutcomes } from '../dist/build/corpus-outcomes.js';
import { ExtractionPool } from '../dist/build/workers.js';
import { loadCorpus } from '../dist/corpus/load.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { corpusDir, generateCorpus, winkReadDoc, type GeneratedCorpus } from './generate.js';
import { runJsonChild, type Benchmark, type BenchFigure } from './harness.js';
import { describeShares, onCores, threadCpuS, threadShares, type ThreadShares } from './threads.js';
import { winkPool } from './wink-pool.js';

interface ChildResult {
  ms: number;
  documents: number;
  maxRssMb: number;
  stages?: Record<string, number>;
  failed?: number;
  /** CPU seconds other processes used meanwhile (Linux), to judge a noisy run. */
  othersCpuS?: number;
  /** Pool children: the CPU of each kind of thread while timed (Linux). */
  threads?: ThreadShares;
}

const here = fileURLToPath(import.meta.url);

/** CPU seconds the whole machine has been busy (Linux /proc/stat), or null. */
function machineBusyS(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (fields.reduce((a, b) => a + b, 0) - fields[3] - fields[4]) / 100;
  } catch {
    return null;
  }
}

/** Runs `fn`, adding how much CPU other processes took meanwhile. */
async function measured(fn: () => Promise<ChildResult>): Promise<ChildResult> {
  const busy = machineBusyS();
  const cpu = process.cpuUsage();
  const result = await fn();
  const after = machineBusyS();
  const own = process.cpuUsage(cpu);
  if (busy !== null && after !== null) result.othersCpuS = Math.max(0, Math.round((after - busy - (own.user + own.system) / 1e6) * 10) / 10);
  return result;
}

async function childMain(mode: string, dir: string, jobs: number, warmUp?: string, warmUpPasses = 1): Promise<ChildResult> {
  const t0 = performance.now();
  let documents = 0;
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
    // the corpus read as geokg's build reads it (loadCorpus), each text handed to readDoc
    for await (const r of loadCorpus([dir])) if (r.ok) { readDoc(r.document.text); documents++; }
    return { ms: performance.now() - started, documents, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } else if (mode === 'wink-pool') {
    const { ms, documents: read, threads } = await winkPool(dir, jobs);
    return { ms, documents: read, maxRssMb: process.resourceUsage().maxRSS / 1024, threads };
  } else if (mode === 'pool') {
    // extraction as the build runs it, without the cache: each worker loads its files and
    // extracts them, the main thread walks the corpus and takes the deltas in order
    const pool = await startedPool(jobs, loadCatalog());
    // with a warm-up corpus, warm: its code compiled by the JIT, as it is many thousand documents into a build
    if (warmUp) for (let pass = 0; pass < warmUpPasses; pass++) for await (const _ of corpusOutcomes([warmUp], { pool })) { /* untimed */ }
    const timed = await timedPass(pool, dir);
    await pool.close();
    return { ...timed, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } else if (mode === 'pool-pairs') {
    return pooledPairs(dir, jobs);
  } else if (mode === 'pool-cold-pairs') {
    return coldPairs(dir, jobs);
  } else throw new Error(`geokg/bench: unknown child mode "${mode}"`);
  return { ms: performance.now() - t0, documents, maxRssMb: process.resourceUsage().maxRSS / 1024, stages, failed };
}

/**
 * A pool with every worker up (its catalog loaded, one short document extracted) before any
 * clock starts: only the extraction is timed, not the threads' start.
 */
async function startedPool(jobs: number, catalog: ReturnType<typeof loadCatalog>): Promise<ExtractionPool> {
  const pool = new ExtractionPool({ jobs, catalog });
  await pool.startAll();
  await Promise.all(Array.from({ length: jobs * 2 }, (_, i) => pool.extract({ id: `warm-${i}`, path: 'warm.txt', title: null, date: null, source: null, text: 'Japan and China held talks.' })));
  return pool;
}

/** One timed pass of the corpus through a pool, with the CPU each kind of thread took meanwhile (Linux). */
async function timedPass(pool: ExtractionPool, dir: string): Promise<{ ms: number; documents: number; threads?: ThreadShares }> {
  let documents = 0;
  const cpuBefore = threadCpuS();
  const started = performance.now();
  for await (const o of corpusOutcomes([dir], { pool })) if (o.ok && o.delta) documents++;
  const ms = performance.now() - started;
  const cpuAfter = threadCpuS();
  if (!documents) throw new Error(`geokg/bench: no document extracted from ${dir}`);
  return { ms, documents, threads: cpuBefore && cpuAfter ? threadShares(cpuBefore, cpuAfter, pool.jobs) : undefined };
}

/** One round of the paired pools: a timed pass of the one-worker pool and one of the two-worker pool. */
interface PoolPair {
  one: number;
  two: number;
  /** Cold pairs: the CPU each kind of thread took in each pass (Linux). */
  oneThreads?: ThreadShares;
  twoThreads?: ThreadShares;
}

/** Runs the two passes of a round, the one-worker pass first in even rounds, second in odd ones. */
async function inTurn<T>(round: number, one: () => Promise<T>, two: () => Promise<T>): Promise<[T, T]> {
  if (round % 2 === 0) { const a = await one(); return [a, await two()]; }
  const b = await two();
  return [await one(), b];
}

/**
 * A pool of one worker and a pool of two in one process, each warmed by one untimed pass
 * per worker, then timed in turn, pass against pass (which goes first alternates): the
 * machine's drift between two child processes minutes apart does not enter a pair's ratio.
 * The pool that waits holds idle threads only (its workers take no CPU meanwhile).
 */
async function pooledPairs(dir: string, rounds: number): Promise<ChildResult & { pairs: PoolPair[] }> {
  const catalog = loadCatalog();
  const pools = [await startedPool(1, catalog), await startedPool(2, catalog)];
  for (const pool of pools) for (let k = 0; k < pool.jobs; k++) await timedPass(pool, dir);
  const pairs: PoolPair[] = [];
  let documents = 0;
  for (let round = 0; round < rounds; round++) {
    const [one, two] = await inTurn(round, () => timedPass(pools[0], dir), () => timedPass(pools[1], dir));
    pairs.push({ one: one.ms, two: two.ms });
    documents = one.documents;
  }
  for (const pool of pools) await pool.close();
  // (ms: every timed pass together; the figure reads the pairs)
  const ms = pairs.reduce((sum, p) => sum + p.one + p.two, 0);
  return { ms, documents, maxRssMb: process.resourceUsage().maxRSS / 1024, pairs };
}

/**
 * Cold pools in turn in one process: each pass has a pool of its own, started (not timed)
 * just before it, so every worker is a new V8 isolate that compiles the extractor from
 * nothing, as in a build; the pool is closed after its pass. Pairs, as in pooledPairs, keep
 * the machine's drift out of each ratio.
 */
async function coldPairs(dir: string, rounds: number): Promise<ChildResult & { pairs: PoolPair[] }> {
  const catalog = loadCatalog();
  const pass = async (jobs: number) => {
    const pool = await startedPool(jobs, catalog);
    try {
      return await timedPass(pool, dir);
    } finally {
      await pool.close();
    }
  };
  const pairs: PoolPair[] = [];
  let documents = 0;
  for (let round = 0; round < rounds; round++) {
    const [one, two] = await inTurn(round, () => pass(1), () => pass(2));
    pairs.push({ one: one.ms, two: two.ms, oneThreads: one.threads, twoThreads: two.threads });
    documents = one.documents;
  }
  const ms = pairs.reduce((sum, p) => sum + p.one + p.two, 0);
  return { ms, documents, maxRssMb: process.resourceUsage().maxRSS / 1024, pairs };
}

/** A child process; `prefix` confines it to some cores (onCores). */
function runChild(mode: string, dir: string, jobs: number, warmUp?: { dir: string; passes: number }, prefix?: string[]): ChildResult {
  return runJsonChild<ChildResult>(['--import', 'tsx', here, '--child', mode, dir, String(jobs), ...(warmUp ? [warmUp.dir, String(warmUp.passes)] : [])], `child ${mode} ${dir}`, prefix);
}

function sizeFigures(label: string, corpus: GeneratedCorpus, wink: ChildResult, builds: Map<number, ChildResult>): BenchFigure[] {
  const wps = (r: ChildResult, ms = r.ms) => corpus.words / (ms / 1000);
  const winkWps = wps(wink);
  const figures: BenchFigure[] = [];
  for (const [jobs, b] of builds) {
    const cmd = `build --jobs ${jobs}, ${label}`;
    figures.push({ name: `${cmd}, end to end`, value: wps(b), unit: 'words/s', better: 'higher', baseline: { name: 'wink readDoc', value: winkWps }, notes: `others' CPU ${b.othersCpuS ?? '?'} s` });
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

const SIZES = [{ label: '1k articles', count: 1000 }, { label: '10k articles', count: 10_000 }, { label: '50k articles', count: 50_000 }];
const QUICK_SIZES = [{ label: '100 articles', count: 100 }, { label: '300 articles', count: 300 }];
const POOL_ROUNDS = 3;

/** The sizes asked for with --sizes=1k,10k (default all three). */
function chosenSizes(quick: boolean, args: string[]): typeof SIZES {
  if (quick) return QUICK_SIZES;
  const option = args.find((a) => a.startsWith('--sizes='));
  if (!option) return SIZES;
  const wanted = option.slice('--sizes='.length).split(',');
  const sizes = SIZES.filter((s) => wanted.includes(s.label.split(' ')[0]));
  if (!sizes.length) throw new Error(`geokg/bench: --sizes takes 1k, 10k and 50k, got ${option}`);
  return sizes;
}

/** The best run's thread CPU (if read) and every run's share of other processes' CPU. */
function noteOf(runs: ChildResult[], best: ChildResult): string {
  const threads = best.threads ? `, ${describeShares(best.threads)}` : '';
  return `best of ${runs.length}${threads}; others' CPU ${runs.map((r) => r.othersCpuS ?? '?').join('/')} s`;
}

interface PoolVariant {
  name: string;
  warm: boolean;
  /** Also time the baseline's pool this way. */
  withWink?: boolean;
  /** Command prefixes for the one-worker and two-worker children (cores to run on), if any. */
  prefixes?: [string[], string[]];
}

/** The pool variants this machine can run: the core-confined one needs taskset and two cores. */
function poolVariants(): PoolVariant[] {
  const variants: PoolVariant[] = [{ name: 'cold start', warm: false, withWink: true }, { name: 'steady state (after one untimed pass per worker)', warm: true }];
  const cores = availableParallelism();
  const [one, two] = [onCores([0], cores), onCores([0, 1], cores)];
  if (one && two) variants.push({ name: 'cold start, one core against two', warm: false, prefixes: [one, two] });
  else process.stderr.write('  notice: the one-core-against-two pool figure is left out: it needs Linux taskset and two cores\n');
  return variants;
}

/**
 * Extraction alone, streamed from disk: a pool of two worker threads against one, in turn,
 * cold (as a build runs), in the steady state (after a pass over the same corpus per worker), and cold
 * with each run confined to as many cores as it has workers.
 */
function poolFigures(label: string, corpus: GeneratedCorpus, quick: boolean): BenchFigure[] {
  const figures: BenchFigure[] = [];
  const w = (r: ChildResult) => corpus.words / (r.ms / 1000);
  const best = (runs: ChildResult[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  for (const variant of poolVariants()) {
    const runs = new Map<number, ChildResult[]>([[1, []], [2, []]]);
    const winkRuns = new Map<number, ChildResult[]>([[1, []], [2, []]]);
    for (let round = 0; round < (quick ? 1 : POOL_ROUNDS); round++) {
      for (const jobs of [1, 2]) {
        process.stderr.write(`  ${label}: extraction pool, ${jobs} worker(s), ${variant.name}, round ${round + 1}\n`);
        runs.get(jobs)!.push(runChild('pool', corpus.dir, jobs, variant.warm ? { dir: corpus.dir, passes: jobs } : undefined, variant.prefixes?.[jobs - 1]));
        if (variant.withWink) winkRuns.get(jobs)!.push(runChild('wink-pool', corpus.dir, jobs));
      }
    }
    const [one, two] = [best(runs.get(1)!), best(runs.get(2)!)];
    figures.push({
      name: `extraction pool, 2 workers vs 1, ${label}, ${variant.name}`, value: w(two), unit: 'words/s', better: 'higher',
      // the target is for the pool as a build runs it; the confined runs show how it scales with cores
      baseline: { name: variant.prefixes ? '1 worker on 1 core' : '1 worker', value: w(one) },
      target: variant.prefixes ? undefined : { value: 1.8 * w(one), description: '≥ 1.8× one worker' },
      notes: `1 worker: ${noteOf(runs.get(1)!, one)}; 2 workers: ${noteOf(runs.get(2)!, two)}`,
    });
    if (variant.withWink) {
      const [winkOne, winkTwo] = [best(winkRuns.get(1)!), best(winkRuns.get(2)!)];
      figures.push({
        name: `wink readDoc pool, 2 workers vs 1, ${label}, ${variant.name}`, value: w(winkTwo), unit: 'words/s', better: 'higher',
        baseline: { name: '1 worker', value: w(winkOne) },
        notes: `the baseline's scaling on this machine, for comparison; 1 worker: ${noteOf(winkRuns.get(1)!, winkOne)}; 2 workers: ${noteOf(winkRuns.get(2)!, winkTwo)}`,
      });
    }
  }
  figures.push(pairedFigure(label, corpus, quick, false), pairedFigure(label, corpus, quick, true));
  return figures;
}

const PAIRED_ROUNDS = 7;
const COLD_PAIRED_ROUNDS = 5;

/** CPU seconds of a pass, every thread of the process together. */
const cpuOf = (s: ThreadShares) => s.main + s.workers.reduce((a, b) => a + b, 0) + s.helpers;

/**
 * What the CPU says of a cold pair: how many cores the one-worker pass kept busy (its CPU over
 * its wall time; its JIT compiler and collector run beside the worker) and how much more CPU
 * the two-worker pass took in all. On c cores two workers cannot pass c ÷ (cores the one
 * worker used) times its speed unless they take less CPU in all than one worker does.
 */
function coldPairCpu(pairs: PoolPair[], cores: number): string {
  const read = pairs.filter((p) => p.oneThreads && p.twoThreads);
  if (!read.length) return '';
  const used = read.map((p) => cpuOf(p.oneThreads!) / (p.one / 1000));
  const more = read.map((p) => cpuOf(p.twoThreads!) / cpuOf(p.oneThreads!));
  const f = (xs: number[]) => xs.map((x) => x.toFixed(2)).join('/');
  return `; 1 worker kept ${f(used)} cores busy, so ${cores} cores allow 2 workers at most ${f(used.map((u) => cores / u))}× while they take as much CPU; 2 workers took ${f(more)}× its CPU`;
}

/** The pools timed pass against pass in one process (pooledPairs, coldPairs): the pair whose ratio is the median. */
function pairedFigure(label: string, corpus: GeneratedCorpus, quick: boolean, cold: boolean): BenchFigure {
  const rounds = quick ? 1 : cold ? COLD_PAIRED_ROUNDS : PAIRED_ROUNDS;
  const state = cold ? 'cold start' : 'steady state';
  process.stderr.write(`  ${label}: extraction pools of 1 and 2 workers in one process, ${state}, ${rounds} pair(s) of passes\n`);
  const { pairs } = runChild(cold ? 'pool-cold-pairs' : 'pool-pairs', corpus.dir, rounds) as ChildResult & { pairs: PoolPair[] };
  const sorted = [...pairs].sort((a, b) => a.one / a.two - b.one / b.two);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const w = (ms: number) => corpus.words / (ms / 1000);
  return {
    name: `extraction pool, 2 workers vs 1, ${label}, ${state}, passes in turn in one process`, value: w(median.two), unit: 'words/s', better: 'higher',
    baseline: { name: '1 worker', value: w(median.one) }, target: { value: 1.8 * w(median.one), description: '≥ 1.8× one worker' },
    notes: `median pair of ${pairs.length} (ratios ${sorted.map((p) => (p.one / p.two).toFixed(2)).join(', ')}; passes of 1 worker ${pairs.map((p) => (p.one / 1000).toFixed(1)).join('/')} s, of 2 workers ${pairs.map((p) => (p.two / 1000).toFixed(1)).join('/')} s)${cold ? coldPairCpu(pairs, availableParallelism()) : ''}`,
  };
}

export const benchmark: Benchmark = {
  id: 'build',
  description: 'geokg build at 1k / 10k / 50k articles (child processes): words/s, docs/s, peak RSS',
  async run({ quick, args = [] }) {
    const sizes = chosenSizes(quick, args);
    const figures: BenchFigure[] = [];
    const rss = new Map<number, number>();
    for (const size of sizes) {
      process.stderr.write(`  ${size.label}: generating\n`);
      const corpus = generateCorpus({ count: size.count, dir: corpusDir(`articles-${size.count}`) });
      const wink = runChild('wink', corpus.dir, 1);
      const builds = new Map<number, ChildResult>();
      for (const jobs of size.count >= 50_000 ? [2] : [1, 2]) {
        process.stderr.write(`  ${size.label}: build --jobs ${jobs}\n`);
        builds.set(jobs, runChild('build', corpus.dir, jobs));
      }
      figures.push(...sizeFigures(size.label, corpus, wink, builds));
      rss.set(size.count, builds.get(2)!.maxRssMb);
      if (size.count === 10_000 || (quick && size === sizes[sizes.length - 1])) figures.push(...poolFigures(size.label, corpus, quick));
    }
    if (rss.has(10_000) && rss.has(50_000)) {
      const [mid, big] = [rss.get(10_000)!, rss.get(50_000)!];
      figures.push({ name: 'peak RSS 50k vs 10k articles (--jobs 2)', value: big, unit: 'MB', better: 'lower', baseline: { name: '10k', value: mid }, target: { value: 3 * mid, description: '< 3× the 10k RSS' } });
    }
    return figures;
  },
};

if (process.argv[2] === '--child' && resolve(process.argv[1] ?? '') === here) {
  measured(() => childMain(process.argv[3], process.argv[4], Number(process.argv[5] ?? 1), process.argv[6], Number(process.argv[7] ?? 1))).then(
    (r) => { process.stdout.write(`${JSON.stringify(r)}\n`); process.exit(0); },
    (err: Error) => { process.stderr.write(`${err.stack}\n`); process.exit(1); },
  );
}
