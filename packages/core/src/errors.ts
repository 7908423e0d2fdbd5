/**
 * Typed errors, in three kinds that the report keeps apart:
 * - user: the inputs or the project are wrong (ConfigurationError, ProjectError,
 *   a go command that fails on the project);
 * - environment: the machine is wrong (no go, an old go, a bad environment
 *   variable, a service that does not answer);
 * - internal: go-ci-gates is wrong. Any error that is neither, and InternalError.
 * `runGate` turns the first two into one clear failure line; an internal error
 * also prints its stack and asks for a bug report.
 */

export type ErrorKind = 'user' | 'environment' | 'internal';

/** Where a bug is reported; printed with every internal error. */
export const BUG_REPORT_URL = 'https://github.com/go-ci-gates/go-ci-gates/issues/new';

/** Base for errors that are the user's to fix and need no stack trace. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  readonly kind: ErrorKind = 'user';
}

/** The machine or a service the gate depends on is not as required. */
export class EnvironmentError extends UserFacingError {
  override name = 'EnvironmentError';
  override readonly kind: ErrorKind = 'environment';
}

/** A condition the code holds impossible: a bug in go-ci-gates. */
export class InternalError extends Error {
  override name = 'InternalError';
  readonly kind: ErrorKind = 'internal';
}

export function errorKind(err: unknown): ErrorKind {
  if (err instanceof UserFacingError || err instanceof InternalError) return err.kind;
  // A failed system call (ENOSPC, EACCES, EMFILE, a RUNNER_TEMP that is gone) is
  // the machine's; every other unexpected error is a bug.
  if (err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string') return 'environment';
  return 'internal';
}

/** An environment variable the gate reads (not an input) has a value it cannot use. */
export class EnvironmentVariableError extends EnvironmentError {
  override name = 'EnvironmentVariableError';
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly accepted: string
  ) {
    super(`The environment variable ${variable} has an invalid value ${JSON.stringify(value.slice(0, 80))}: ${accepted}`);
  }
}

/** A bad action input: names the input, the value and what is accepted. */
export class ConfigurationError extends UserFacingError {
  override name = 'ConfigurationError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string
  ) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
  }
}

/** A problem with the project being checked (no go.mod, unreadable file, ...). */
export class ProjectError extends UserFacingError {
  override name = 'ProjectError';
}

export class GoNotFoundError extends EnvironmentError {
  override name = 'GoNotFoundError';
  constructor(readonly searched: string) {
    super(
      `The go command was not found (${searched}). Install Go before this step, ` +
        `for example with actions/setup-go, or point the 'go-binary' input at the go executable.`
    );
  }
}

export class GoTooOldError extends EnvironmentError {
  override name = 'GoTooOldError';
  constructor(
    readonly feature: string,
    readonly required: string,
    readonly actual: string
  ) {
    super(`${feature} needs Go ${required} or newer, but the go command on PATH is ${actual}.`);
  }
}

/** A go invocation that exited non-zero where success was required. */
export class GoCommandError extends UserFacingError {
  override name = 'GoCommandError';
  constructor(
    readonly args: readonly string[],
    readonly cwd: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly signal?: string | null
  ) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
    const detail = importantStderr(stderr);
    super(`\`go ${args.join(' ')}\` ${how} (in ${cwd})${detail ? `:\n${detail}` : ''}`);
  }
}

/**
 * A program that was run as go answered with something go never prints
 * (`go-binary=/bin/true` prints nothing for `go env -json`): names the
 * command, what came back, and where the program came from.
 */
export class GoOutputError extends EnvironmentError {
  override name = 'GoOutputError';
  constructor(
    readonly goBinary: string,
    readonly args: readonly string[],
    readonly got: string,
    /** Whether the program came from the 'go-binary' input rather than PATH. */
    readonly fromInput: boolean
  ) {
    super(
      `\`${goBinary} ${args.join(' ')}\` printed ${got}, which the go command never does. ` +
        (fromInput
          ? `Point the 'go-binary' input at the go executable, or leave it empty to use the go on PATH.`
          : `The go on PATH does not behave like the go command: check the Go installation (for example actions/setup-go).`)
    );
  }
}

/**
 * go rejected the command line itself (an unknown flag or subcommand): the gate
 * built a command this go does not have, which a version check should have
 * prevented. That is a bug in the gate, not in the project.
 */
export class GoUsageError extends InternalError {
  override name = 'GoUsageError';
  constructor(
    readonly args: readonly string[],
    readonly stderr: string
  ) {
    super(`go-ci-gates ran \`go ${args.join(' ')}\`, which go rejects as malformed:\n${importantStderr(stderr, 5)}`);
  }
}

/** Whether go's stderr says its command line was malformed (go exits 2 with these). */
export function isGoUsageFailure(exitCode: number | null, stderr: string): boolean {
  return (
    exitCode === 2 && /^(flag provided but not defined: |go \S+(?: \S+)?: unknown command$|usage: go )/m.test(stderr) && !/^go: parsing \$GOFLAGS/m.test(stderr)
  );
}

/**
 * The stderr lines that explain a failure: progress chatter such as
 * "go: downloading x v1" is dropped, and only the last lines are kept.
 */
export function importantStderr(stderr: string, maxLines = 20): string {
  const lines = stderr
    .split(/\r?\n/)
    .map(l => l.trimEnd())
    .filter(l => l !== '' && !/^go: (downloading|finding|extracting) /.test(l));
  const kept = lines.slice(-maxLines);
  const dropped = lines.length - kept.length;
  return (dropped > 0 ? [`... (${dropped} earlier lines)`, ...kept] : kept).join('\n');
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
