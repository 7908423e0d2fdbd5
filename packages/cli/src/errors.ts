/**
 * A mistake on the command line or in the local setup (unknown gate or
 * input, missing directory, no go): the CLI prints it and exits 2 without
 * running anything.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes, documented in the README and in --help. */
export const EXIT = { pass: 0, failed: 1, usage: 2, bug: 3 } as const;
