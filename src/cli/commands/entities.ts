/** `geokg entities PATH...`: the entities found in documents, with their mentions. */
import type { Command } from 'commander';
import { extract } from '../../api.js';
import { isExtractionError, type Extraction } from '../../model.js';
import { CliError, EXIT } from '../exit-codes.js';
import { catalogOption, loadCliCatalog } from '../catalog-option.js';
import { errorLine } from '../error-line.js';
import { terminalText } from '../terminal-text.js';

function table(doc: Extraction): string {
  const rows = doc.entities.map((e) => [e.id, e.type, e.linked ? 'yes' : 'no', String(e.mentions.length), [...new Set(e.mentions.map((m) => m.text))].join(' | ')]);
  const header = ['id', 'type', 'linked', 'mentions', 'as written'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const cell = (c: string, w: number) => (c.length > w ? `${c.slice(0, w - 1)}…` : c.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : cell(c, widths[i]))).join('  ');
  return [`${doc.document.path}${doc.document.title ? ` — ${doc.document.title}` : ''}`, line(header), ...rows.map(line)].join('\n');
}

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('list the entities found in documents, with their mentions (a table, or JSON for scripts)')
    .argument('<paths...>', 'files or folders (read recursively)')
    .option('--json', 'one JSON object a line: { document, entities } with every mention and its offsets')
    .addOption(catalogOption())
    .action(async (paths: string[], opts: { json?: boolean; catalog?: string[] }) => {
      const catalog = loadCliCatalog(opts.catalog, paths);
      let total = 0;
      let failed = 0;
      for await (const r of extract(paths, { catalog })) {
        total++;
        if (isExtractionError(r)) {
          failed++;
          process.stderr.write(terminalText(`geokg: ${errorLine(r.document.path, undefined, r.error)}\n`));
          continue;
        }
        process.stdout.write(opts.json ? `${JSON.stringify({ document: r.document, entities: r.entities })}\n` : terminalText(`${table(r)}\n\n`));
      }
      if (total === 0) throw new CliError(`no documents found in ${paths.join(', ')}`, EXIT.FAILURE);
      if (failed === total) process.exitCode = EXIT.FAILURE;
      else if (failed > 0) process.exitCode = EXIT.PARTIAL;
    });
}
