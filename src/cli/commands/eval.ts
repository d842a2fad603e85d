/** `geokg eval [GOLD_DIR] [--plover FILE]`: extraction quality against gold files or the PLOVER sentences. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { extractSafely, extractText, catalogFor } from '../../api.js';
import { loadDocumentFile } from '../../corpus/load.js';
import { isExtractionError, RELATION_TYPES, type Extraction } from '../../model.js';
import { GoldFileSchema, scoreGold, type GoldFile, type GoldReport } from '../../eval/gold.js';
import { scorePlover, type PloverRecord, type PloverReport } from '../../eval/plover.js';
import { CliError, EXIT } from '../exit-codes.js';

const pct = (x: number) => x.toFixed(3);

/** Gold files of `dir` (only those whose name starts with one of `sets`, when given: "d" for d-01 … d-20). */
export function loadGoldDir(dir: string, sets: string[] = []): Array<{ gold: GoldFile; article: string }> {
  if (!existsSync(dir)) throw new CliError(`gold folder not found: ${dir}`, EXIT.USAGE);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (sets.length === 0 || sets.some((x) => f.startsWith(`${x}-`)))).sort();
  if (files.length === 0) throw new CliError(`geokg/eval: no gold files${sets.length ? ` of set ${sets.join(', ')}` : ''} in ${dir}`, EXIT.USAGE);
  return files.map((f) => {
    const file = join(dir, f);
    const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(`geokg/eval: ${file}: field "${issue.path.join('.')}": ${issue.message}`, EXIT.USAGE);
    }
    const candidates = [join(dir, 'articles', parsed.data.document), join(dir, parsed.data.document)];
    const article = candidates.find((p) => existsSync(p));
    if (!article) throw new CliError(`geokg/eval: ${file}: article ${parsed.data.document} not found in ${dir} or ${dir}/articles`, EXIT.USAGE);
    return { gold: parsed.data, article };
  });
}

export function evaluateGoldDir(dir: string, sets: string[] = []): GoldReport {
  const catalog = catalogFor();
  const pairs = loadGoldDir(dir, sets).map(({ gold, article }) => {
    const loaded = loadDocumentFile(article)[0];
    const result = loaded?.ok ? extractSafely(loaded.document, catalog) : null;
    return { gold, extraction: result && !isExtractionError(result) ? result : null };
  });
  return scoreGold(pairs);
}

export function evaluatePlover(file: string): PloverReport {
  if (!existsSync(file)) throw new CliError(`PLOVER records not found: ${file}`, EXIT.USAGE);
  const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PloverRecord);
  const catalog = catalogFor();
  return scorePlover(records.map((record) => {
    const r = extractText(record.text, { path: `${record.id}.txt` }, { catalog });
    return { record, extraction: isExtractionError(r) ? null : (r as Extraction) };
  }));
}

function printGold(report: GoldReport, verbose: boolean): void {
  const out: string[] = [];
  out.push(`${'type'.padEnd(12)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  P      R      F1`);
  for (const t of RELATION_TYPES) {
    const { tp, fp, fn } = report.perType[t];
    if (!tp && !fp && !fn) continue;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    out.push(`${t.padEnd(12)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  ${pct(p)}  ${pct(r)}  ${pct(p + r ? (2 * p * r) / (p + r) : 0)}`);
  }
  if (verbose) {
    for (const m of report.misses) out.push(`  miss  ${m.document}: ${m.triple.join(' ')}`);
    for (const x of report.extras) out.push(`  ${report.traps.includes(x) ? 'TRAP ' : 'extra'} ${x.document}: ${x.triple.join(' ')}\n        "${x.sentence}"`);
  }
  out.push(`overall: F1=${pct(report.f1)} P=${pct(report.precision)} R=${pct(report.recall)} traps=${report.traps.length} documents=${report.documents}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold files (precision, recall, F1 per type, trap hits) or the PLOVER sentences')
    .argument('[gold-dir]', 'folder of gold .json files with their articles (in it or in articles/)', 'tests/gold')
    .option('--plover <file>', 'score the PLOVER records (records.jsonl) instead')
    .option('--verbose', 'print every miss and every extra with its sentence')
    .option('--json', 'print the report as JSON')
    .option('--set <names>', 'only the gold files of these sets, comma-separated (file names start with "<set>-")')
    .action((goldDir: string, opts: { plover?: string; verbose?: boolean; json?: boolean; set?: string }) => {
      if (opts.plover) {
        const report = evaluatePlover(opts.plover);
        if (opts.json) { process.stdout.write(`${JSON.stringify(report, null, 2)}\n`); return; }
        const lines = Object.entries(report.perEvent).sort().map(([ev, x]) => `${ev.padEnd(12)} ${x.hits}/${x.total}`);
        if (opts.verbose) lines.push(...report.misses.map((id) => `  miss ${id}`));
        lines.push(`PLOVER: hit rate=${pct(report.hitRate)} (${report.hits}/${report.records}) from ${basename(opts.plover)}`);
        process.stdout.write(`${lines.join('\n')}\n`);
        return;
      }
      const report = evaluateGoldDir(goldDir, opts.set ? opts.set.split(',').map((x) => x.trim()).filter(Boolean) : []);
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printGold(report, Boolean(opts.verbose));
    });
}
