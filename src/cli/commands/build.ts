/** `geokg build [corpus...]`: the corpus to graph-out/ (graph.json, graph.gexf, evidence.jsonl, build-report.json). */
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { buildGraph, OUTPUT_FILES, type BuildReport } from '../../build/build.js';
import { DEFAULT_CACHE_KEEP } from '../../build/cache-prune.js';
import { defaultJobs } from '../../build/workers.js';
import { CatalogError } from '../../entities/catalog/load.js';
import { RELATION_TYPES } from '../../model.js';
import { catalogOption } from '../catalog-option.js';
import { CliError, EXIT } from '../exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptionValues } from '../limit-options.js';
import { errorLine } from '../error-line.js';
import { terminalText } from '../terminal-text.js';

export const DEFAULT_CORPUS = 'corpus';
export const DEFAULT_OUT = 'graph-out';
/** Errors listed in the summary; the rest are in build-report.json. */
const ERRORS_SHOWN = 20;

interface BuildCommandOptions {
  out: string;
  force?: boolean;
  catalog?: string[];
  evidenceCap?: number;
  jobs?: number;
  cacheKeep?: number;
  quiet?: boolean;
}

type BuildCommandValues = BuildCommandOptions & LimitOptionValues;

function parsePositive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

function parseCap(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a non-negative integer, got "${value}"`);
  return n;
}

export function registerBuild(program: Command): void {
  const command = program
    .command('build')
    .description('build the graph from a corpus folder: graph.json, graph.gexf, evidence.jsonl and build-report.json')
    .argument('[corpus...]', 'corpus files or folders (read recursively)', [DEFAULT_CORPUS])
    .option('-o, --out <dir>', 'output folder', DEFAULT_OUT)
    .option('--force', 'extract every document again instead of reusing the cache')
    .addOption(catalogOption())
    .option('--evidence-cap <n>', 'evidence sentences kept on each edge (all are in evidence.jsonl)', parseCap, 5)
    .option('-j, --jobs <n>', `extraction threads (default: the number of cores, ${defaultJobs()} here)`, parsePositive)
    .option('--cache-keep <n>', 'extraction cache folders kept (one per catalog and extractor version), by last use', parsePositive, DEFAULT_CACHE_KEEP)
    .option('-q, --quiet', 'no progress bar and no summary');
  addLimitOptions(command).action((corpus: string[], options: BuildCommandValues) => runBuild(corpus, options));
}

function progressBar(enabled: boolean) {
  if (!enabled) return null;
  return new cliProgress.SingleBar(
    { stream: process.stderr, format: 'building {bar} {value}/{total} files | {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
}

async function runBuild(corpus: string[], options: BuildCommandValues): Promise<void> {
  // a corpus of which nothing exists is a mistyped path, not a corpus of broken files
  if (corpus.every((path) => !existsSync(path))) throw new CliError(`build: no such file or folder: ${corpus.join(', ')}`, EXIT.USAGE);
  const cores = defaultJobs();
  if (options.jobs !== undefined && options.jobs > cores) {
    process.stderr.write(`geokg: warning: --jobs ${options.jobs} is more than the ${cores} cores here: threads beyond them only share the cores, each with its own copy of the catalog (they start only as work waits for them)\n`);
  }
  const bar = progressBar(!options.quiet && process.stderr.isTTY === true);
  let started = false;
  let report: BuildReport;
  try {
    report = await buildGraph({
      corpus,
      out: options.out,
      force: options.force,
      catalogFiles: options.catalog,
      evidenceCap: options.evidenceCap,
      jobs: options.jobs,
      cacheKeep: options.cacheKeep,
      limits: limitsFrom(options),
      onProgress: bar
        ? (p) => {
          const file = p.path.length > 40 ? `…${p.path.slice(-39)}` : p.path;
          if (!started) {
            bar.start(p.total ?? 0, p.done, { file });
            started = true;
          } else bar.update(p.done, { file });
        }
        : undefined,
    });
  } catch (err) {
    if (err instanceof CatalogError) throw new CliError(err.message, EXIT.USAGE);
    // "geokg: build: …" once, not "geokg: build: geokg/build: …"
    throw new CliError(`build: ${(err as Error).message.replace(/^geokg\/build: /, '')}`, EXIT.FAILURE);
  } finally {
    if (started) bar?.stop();
  }

  if (!options.quiet) process.stdout.write(terminalText(summary(report)));
  // one line per problem on stderr as well, for scripts and logs
  for (const e of report.errors) process.stderr.write(terminalText(`geokg: ${errorLine(e.path, e.line, e.error)}\n`));
  for (const w of report.warnings) process.stderr.write(terminalText(`geokg: warning: ${w}\n`));
  const { total, ok, failed } = report.documents;
  if (total === 0) throw new CliError(`build: no documents found in ${corpus.join(', ')}`, EXIT.FAILURE);
  if (ok === 0) throw new CliError(`build: none of the ${total} documents could be built; ${options.out} is unchanged`, EXIT.FAILURE);
  if (failed > 0) {
    if (options.quiet) process.stderr.write(`geokg: build: ${failed} of ${total} documents failed; see ${options.out}/${OUTPUT_FILES.report}\n`);
    process.exitCode = EXIT.PARTIAL;
  }
}

export function summary(report: BuildReport): string {
  const d = report.documents;
  const lines = [
    `documents: ${d.total} (${d.ok} built: ${d.extracted} extracted, ${d.fromCache} from cache; ${d.failed} failed)`,
    // an unchanged corpus is the common case of a rebuild: say outright that nothing was redone
    ...(d.total > 0 && d.fromCache === d.total ? [`nothing to extract: all ${d.total} documents unchanged (from cache)`] : []),
    `entities:  ${report.entities}`,
    `relations: ${report.relations.total} (${report.relations.byModality.asserted} asserted, ${report.relations.byModality.hypothetical} hypothetical, ${report.relations.byModality.negated} negated)`,
  ];
  const byType = RELATION_TYPES.filter((t) => report.relations.byType[t] > 0).map((t) => `${t} ${report.relations.byType[t]}`);
  if (byType.length) lines.push(`  ${byType.join(', ')}`);
  if (report.errors.length) {
    lines.push(`errors:    ${report.errors.length}`);
    for (const e of report.errors.slice(0, ERRORS_SHOWN)) lines.push(`  ${errorLine(e.path, e.line, e.error)}`);
    if (report.errors.length > ERRORS_SHOWN) lines.push(`  … and ${report.errors.length - ERRORS_SHOWN} more in ${report.out}/${OUTPUT_FILES.report}`);
  }
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  if (report.cachePruned.length) lines.push(`cache:     removed ${report.cachePruned.length} folder(s) of other catalogs or extractor versions, used least recently`);
  lines.push(report.outputs.length ? `wrote:     ${report.outputs.map((f) => `${report.out}/${f}`).join(', ')}` : `wrote:     nothing (${report.out} unchanged)`);
  lines.push(`time:      ${(report.timings.total / 1000).toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}
