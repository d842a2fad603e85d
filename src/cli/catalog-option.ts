/** The `--catalog FILE` option shared by the commands that extract. */
import { Option } from 'commander';
import { loadCatalog, CatalogError } from '../entities/catalog/load.js';
import type { CatalogView } from '../entities/gazetteer.js';
import { CliError, EXIT } from './exit-codes.js';

/**
 * One file per `--catalog`, repeated for more: a variadic `<file...>` would take the corpus
 * paths that follow it as catalog files too.
 */
export function catalogOption(): Option {
  return new Option('--catalog <file>', 'extra catalog file adding or overriding entities; repeat for more (the catalog.json of each corpus folder is read automatically)')
    .argParser((file: string, previous: string[] | undefined) => [...(previous ?? []), file]);
}

/** Load the catalog, picking up the catalog.json of every corpus folder given. */
export function loadCliCatalog(files: string[] | undefined, paths: string[]): CatalogView {
  try {
    return loadCatalog({ files, corpus: paths });
  } catch (err) {
    if (err instanceof CatalogError) throw new CliError(err.message, EXIT.USAGE);
    throw err;
  }
}
