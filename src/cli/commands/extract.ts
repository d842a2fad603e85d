/** `geokg extract PATH... --json | --jsonl`: the extraction contract on stdout. */
import { Command, Option } from 'commander';
import { extract } from '../../api.js';
import { isExtractionError, type ExtractionResult } from '../../model.js';
import { CliError, EXIT } from '../exit-codes.js';
import { catalogOption, loadCliCatalog } from '../catalog-option.js';
import { addLimitOptions, limitsFrom, type LimitOptionValues } from '../limit-options.js';
import { errorLine } from '../error-line.js';
import { terminalText } from '../terminal-text.js';

export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description('extract entities and relations from documents (files or folders) as the JSON contract')
    .argument('<paths...>', 'files or folders (read recursively)')
    .addOption(new Option('--json', 'one JSON object (an array when there are several documents)').conflicts('jsonl'))
    .addOption(new Option('--jsonl', 'one JSON object a line, one per document (default)'))
    .addOption(catalogOption());
  addLimitOptions(command)
    .action(async (paths: string[], opts: { json?: boolean; jsonl?: boolean; catalog?: string[] } & LimitOptionValues) => {
      const catalog = loadCliCatalog(opts.catalog, paths);
      const results: ExtractionResult[] = [];
      let failed = 0;
      let total = 0;
      for await (const r of extract(paths, { catalog, limits: limitsFrom(opts) })) {
        total++;
        if (isExtractionError(r)) {
          failed++;
          process.stderr.write(terminalText(`geokg: ${errorLine(r.document.path, undefined, r.error)}\n`));
        }
        if (opts.json) results.push(r);
        else process.stdout.write(`${JSON.stringify(r)}\n`);
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
      if (total === 0) throw new CliError(`no documents found in ${paths.join(', ')}`, EXIT.FAILURE);
      if (failed === total) process.exitCode = EXIT.FAILURE;
      else if (failed > 0) process.exitCode = EXIT.PARTIAL;
    });
}
