/**
 * The benchmark harness: every benchmark module exports `benchmark: Benchmark`; `npm run
 * bench` runs them in order and prints one table. Each figure stands beside a baseline
 * measured in the same run on the same input, and is reported as a ratio, so a noisy
 * machine moves both sides alike.
 */
import { spawnSync } from 'node:child_process';

export interface BenchFigure {
  /** What was measured, e.g. "entity recognition, 5.2 MB". */
  name: string;
  /** The value and its unit, e.g. 812000 "words/s" or 143 "ms". */
  value: number;
  unit: string;
  /** Higher is better (throughput) or lower is better (time, memory). */
  better: 'higher' | 'lower';
  /** The baseline run beside it, on the same input. */
  baseline?: { name: string; value: number };
  /** A target from the issue, in the same unit, if there is one. */
  target?: { value: number; description: string };
  notes?: string;
}

export interface Benchmark {
  id: string;
  description: string;
  /**
   * Fresh processes to run it in (full runs only), keeping the median: the full-extraction
   * ratio of single processes of one version ranged over 0.86–1.16× within an hour, and
   * seven processes of one version over 0.91–1.05× (the median of three moved with them).
   * Unset: one run in the harness's own process.
   */
  processes?: number;
  /** Runs the benchmark; `quick` makes inputs small enough for a smoke test; `args` are the command line's options. */
  run(options: { quick: boolean; args?: string[] }): Promise<BenchFigure[]>;
}

/** value / baseline, oriented so that > 1 means geokg is better. */
export function ratio(f: BenchFigure): number | null {
  if (!f.baseline || !f.baseline.value || !f.value) return null;
  return f.better === 'higher' ? f.value / f.baseline.value : f.baseline.value / f.value;
}

/**
 * One figure out of the same figure measured in several processes: the run whose ratio to
 * its baseline (or, without one, whose value) is the median, with the spread in its notes.
 */
export function medianFigure(runs: BenchFigure[]): BenchFigure {
  const score = (f: BenchFigure) => ratio(f) ?? (f.better === 'higher' ? f.value : -f.value);
  const sorted = [...runs].sort((a, b) => score(a) - score(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const q = sorted.map((f) => ratio(f));
  const spread = q.every((x) => x !== null) ? `ratios ${q.map((x) => x!.toFixed(2)).join(', ')}` : `values ${sorted.map((f) => f.value.toPrecision(3)).join(', ')}`;
  const note = `median of ${runs.length} processes (${spread})`;
  return { ...median, notes: median.notes ? `${median.notes}; ${note}` : note };
}

/**
 * Runs `node ARGS` in a child process of its own (a cold V8, its own peak RSS) and reads the
 * JSON its last line of output holds; `what` names the child in the error if it fails.
 * `prefix` is a command that starts node, such as taskset confining it to some cores.
 */
export function runJsonChild<T>(args: string[], what: string, prefix: string[] = []): T {
  const [command, ...rest] = [...prefix, process.execPath, ...args];
  const out = spawnSync(command, rest, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !/^[[{]/.test(last)) throw new Error(`geokg/bench: ${what} failed (status ${out.status}): ${out.stderr.slice(-2000)}`);
  return JSON.parse(last) as T;
}

/** Median of a few timed repetitions of `fn`, in ms. */
export async function timeMedian(reps: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
