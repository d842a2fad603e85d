/** Exit codes of the geokg CLI (documented in the README). */
export const EXIT = {
  /** Everything worked. */
  OK: 0,
  /** The command failed (nothing useful was produced, or no path was found). */
  FAILURE: 1,
  /** Bad usage: unknown option, missing argument, unknown entity name. */
  USAGE: 2,
  /** The command completed, but some documents could not be read or extracted. */
  PARTIAL: 3,
} as const;

/** An error that the CLI reports as one line on stderr with the given exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.FAILURE) {
    super(message);
    this.name = 'CliError';
  }
}
