/**
 * `npm run bench`: compiles the package (the benchmarks measure dist/, the code users run),
 * runs every benchmark in benchmark/*.bench.ts, prints one table and
 * writes benchmark/results.json. `npm run bench -- --quick` uses small inputs;
 * `npm run bench -- paths` runs only the benchmarks whose id contains "paths"; other
 * `--name=value` options go to the benchmarks (`npm run bench -- build --sizes=10k`).
 * A benchmark that asks for several processes runs once in each (`--child=FILE` mode) and
 * reports the median run of each figure.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { medianFigure, ratio, runJsonChild, type Benchmark, type BenchFigure } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const options = args.filter((a) => a.startsWith('--') && !a.startsWith('--child='));
const child = args.find((a) => a.startsWith('--child='))?.slice('--child='.length);

async function load(file: string): Promise<Benchmark> {
  return ((await import(pathToFileURL(join(here, file)).href)) as { benchmark: Benchmark }).benchmark;
}

/** The benchmark in file run once in each of `count` fresh processes, each figure the median run's. */
function acrossProcesses(file: string, count: number): BenchFigure[] {
  const runs: BenchFigure[][] = [];
  for (let k = 0; k < count; k++) {
    process.stderr.write(`  process ${k + 1} of ${count}\n`);
    runs.push(runJsonChild<BenchFigure[]>([...process.execArgv, fileURLToPath(import.meta.url), `--child=${file}`, ...options], `${file} in a child process`));
  }
  return runs[0].map((_, i) => medianFigure(runs.map((r) => r[i])));
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3));

async function main(): Promise<void> {
  if (child) {
    process.stdout.write(`${JSON.stringify(await (await load(child)).run({ quick, args: options }))}\n`);
    return;
  }
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const results: Array<{ benchmark: string; figures: BenchFigure[] }> = [];
  for (const file of files) {
    const b = await load(file);
    if (only.length && !only.some((o) => b.id.includes(o))) continue;
    process.stderr.write(`running ${b.id}: ${b.description}\n`);
    const figures = b.processes && b.processes > 1 && !quick ? acrossProcesses(file, b.processes) : await b.run({ quick, args: options });
    results.push({ benchmark: b.id, figures });
  }
  const rows = results.flatMap((r) => r.figures.map((f) => {
    const q = ratio(f);
    const target = f.target ? `${f.target.description}: ${(f.better === 'higher' ? f.value >= f.target.value : f.value <= f.target.value) ? 'met' : 'NOT met'}` : '';
    return [r.benchmark, f.name, `${fmt(f.value)} ${f.unit}`, f.baseline ? `${f.baseline.name} ${fmt(f.baseline.value)} ${f.unit}` : '', q === null ? '' : `${q.toFixed(2)}×`, target, f.notes ?? ''];
  }));
  const header = ['benchmark', 'figure', 'geokg', 'baseline', 'ratio', 'target', 'notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  writeFileSync(join(here, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, results }, null, 2)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
