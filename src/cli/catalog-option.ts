/** The `--catalog FILE` option shared by the commands that extract. */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { loadCatalog, CatalogError } from '../entities/catalog/load.js';
import type { CatalogView } from '../entities/gazetteer.js';
import { CliError, EXIT } from './exit-codes.js';

export function catalogOption(): Option {
  return new Option('--catalog <file...>', 'extra catalog file(s) adding or overriding entities (corpus/catalog.json is read automatically)');
}

/** Load the catalog, picking up catalog.json of the first corpus folder given. */
export function loadCliCatalog(files: string[] | undefined, paths: string[]): CatalogView {
  const first = paths[0];
  let corpusDir: string | undefined;
  try {
    if (first) corpusDir = statSync(first).isDirectory() ? first : dirname(first);
  } catch {
    corpusDir = undefined;
  }
  try {
    return loadCatalog({ files, corpusDir });
  } catch (err) {
    if (err instanceof CatalogError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
}
