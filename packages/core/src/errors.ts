/**
 * Typed errors. `run()` turns each into one clear failure line; only an
 * unexpected error (anything else) gets its stack printed, and only in debug.
 */

/** Base for errors that are the user's to fix and need no stack trace. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
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

export class GoNotFoundError extends UserFacingError {
  override name = 'GoNotFoundError';
  constructor(readonly searched: string) {
    super(
      `The go command was not found (${searched}). Install Go before this step, ` +
        `for example with actions/setup-go, or point the 'go-binary' input at the go executable.`
    );
  }
}

export class GoTooOldError extends UserFacingError {
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
export class GoOutputError extends UserFacingError {
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
