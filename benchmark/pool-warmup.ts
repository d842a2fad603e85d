/**
 * Diagnostic aid: how long each slice of a corpus takes through a cold extraction pool of
 * one worker and of two, in turn, so the cost of every worker's JIT warm-up shows apart
 * from the steady state. Each run is its own child process (a cold V8 in every worker).
 *
 *   npx tsx benchmark/pool-warmup.ts [DIR] [ROUNDS] [SLICE]
 *
 * DIR defaults to the generated 10k corpus, ROUNDS to 3, SLICE to 2,000 documents. Prints,
 * per slice, the best time of each pool size and the ratio of one worker's time to two's;
 * then the whole corpus once more through the same pools, now warm: the steady state.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusOutcomes } from '../dist/build/corpus-outcomes.js';
import { ExtractionPool } from '../dist/build/workers.js';
import { loadCatalog } from '../dist/entities/catalog/load.js';
import { corpusDir } from './generate.js';
import { runJsonChild } from './harness.js';

const here = fileURLToPath(import.meta.url);

interface ChildTimes {
  /** Seconds per slice of the first, cold pass. */
  slices: number[];
  /** Seconds for the second pass over the whole corpus, every worker warm. */
  warm: number;
}

/** The corpus through a cold pool of `jobs` workers, timed per slice, then again warm. */
async function child(dir: string, jobs: number, slice: number): Promise<ChildTimes> {
  const pool = new ExtractionPool({ jobs, catalog: loadCatalog() });
  // every worker up (catalog loaded) before the clock starts: only the extraction is timed
  await pool.startAll();
  await Promise.all(Array.from({ length: jobs }, (_, i) => pool.extract({ id: `up-${i}`, path: 'up.txt', title: null, date: null, source: null, text: 'Japan and China held talks.' })));
  const times: number[] = [];
  let last = performance.now();
  let n = 0;
  for await (const outcome of corpusOutcomes([dir], { pool })) {
    if (!outcome.ok || !outcome.delta || ++n % slice !== 0) continue;
    const now = performance.now();
    times.push((now - last) / 1000);
    last = now;
  }
  const t0 = performance.now();
  for await (const _ of corpusOutcomes([dir], { pool })) { /* the same documents again */ }
  const warm = (performance.now() - t0) / 1000;
  await pool.close();
  return { slices: times, warm };
}

function runChild(dir: string, jobs: number, slice: number): ChildTimes {
  return runJsonChild<ChildTimes>(['--import', 'tsx', here, '--child', dir, String(jobs), String(slice)], `pool-warmup child (${jobs} workers)`);
}

async function main(): Promise<void> {
  const [dir = corpusDir('articles-10000'), roundsArg = '3', sliceArg = '2000'] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const slice = Number(sliceArg);
  const runs = new Map<number, ChildTimes[]>([[1, []], [2, []]]);
  for (let round = 0; round < rounds; round++) {
    for (const jobs of [1, 2]) {
      process.stderr.write(`  round ${round + 1}: ${jobs} worker(s)\n`);
      runs.get(jobs)!.push(runChild(dir, jobs, slice));
    }
  }
  // the best of the rounds per slice: other work on the machine only ever adds time
  const best = (jobs: number) => runs.get(jobs)![0].slices.map((_, k) => Math.min(...runs.get(jobs)!.map((r) => r.slices[k] ?? Infinity)));
  const [one, two] = [best(1), best(2)];
  console.log(`documents        1 worker   2 workers   2 vs 1   (best of ${rounds}, seconds)`);
  one.forEach((t, k) => {
    const range = `${(k * slice + 1).toLocaleString('en')}–${((k + 1) * slice).toLocaleString('en')}`;
    console.log(`${range.padEnd(15)} ${t.toFixed(2).padStart(9)} ${two[k].toFixed(2).padStart(11)} ${(t / two[k]).toFixed(2).padStart(7)}×`);
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const row = (label: string, a: number, b: number) => console.log(`${label.padEnd(15)} ${a.toFixed(2).padStart(9)} ${b.toFixed(2).padStart(11)} ${(a / b).toFixed(2).padStart(7)}×`);
  row('all, cold', sum(one), sum(two));
  const warm = (jobs: number) => Math.min(...runs.get(jobs)!.map((r) => r.warm));
  row('all, warm', warm(1), warm(2));
}

if (process.argv[2] === '--child' && resolve(process.argv[1] ?? '') === here) {
  child(process.argv[3], Number(process.argv[4]), Number(process.argv[5])).then(
    (times) => { process.stdout.write(`${JSON.stringify(times)}\n`); process.exit(0); },
    (err: Error) => { process.stderr.write(`${err.stack}\n`); process.exit(1); },
  );
} else {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
