#!/usr/bin/env node
/** The geokg command line: a thin layer over the library; each command lives in commands/. */
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './exit-codes.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';
import { terminalText } from './terminal-text.js';

export function createProgram(): Command {
  const program = new Command('geokg')
    .description('Build a knowledge graph of geopolitical actors and their relations from news articles.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version end with exitCode 0; usage errors are already printed by commander
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof CliError) {
      process.stderr.write(terminalText(`geokg: ${err.message}\n`));
      return err.exitCode;
    }
    process.stderr.write(`geokg: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.FAILURE;
  }
}

/**
 * A reader that stops early (`geokg extract corpus | head`) closes the pipe: that ends the
 * command quietly, as it does for other Unix tools, instead of an unhandled EPIPE.
 */
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(EXIT.OK);
});

main().then((code) => {
  process.exitCode = code;
});
