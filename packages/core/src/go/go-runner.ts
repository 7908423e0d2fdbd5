import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';
import { GoCommandError, GoNotFoundError, GoOutputError, GoTooOldError, GoUsageError, isGoUsageFailure } from '../errors.js';
import { formatDuration, type Logger } from '../util/log.js';
import { compareGoVersionStrings, stripGoPrefix } from '../gofiles/go-version.js';
import { JsonStreamDecoder } from './json-stream.js';
import { childProcessEnv } from '../util/child-env.js';

/** Environment overlay: a value sets the variable, `undefined` removes it. */
export type EnvOverlay = Record<string, string | undefined>;

export interface GoRunOptions {
  cwd: string;
  env?: EnvOverlay;
  /** Resolve instead of throwing when go exits non-zero. */
  allowFailure?: boolean;
  /** Largest stdout kept, in bytes; beyond it the run fails (default 256 MiB). */
  maxStdout?: number;
  /** Kill the process after this many milliseconds. */
  timeoutMs?: number;
  /** Data written to stdin. */
  stdin?: string;
  /**
   * The arguments include text from an input (coverage-gate's test-args): a
   * malformed command line is then the user's to fix, not a bug of the gate.
   */
  argsFromUser?: boolean;
}

export interface GoRunResult {
  args: readonly string[];
  cwd: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** The tail of stderr (bounded), enough to explain a failure. */
  stderr: string;
  durationMs: number;
}

/** The fields of `go env -json` the gates use; every other key is kept too. */
export type GoEnv = Record<string, string> & { GOVERSION: string; GOMODCACHE: string; GOROOT: string };

const STDERR_TAIL_BYTES = 64 * 1024;

/**
 * Runs the go command. Always an argument array, never a shell; every call
 * is logged as one collapsible group with its duration.
 */
export class GoRunner {
  private envPromise?: Promise<GoEnv>;

  constructor(
    readonly goBinary: string,
    private readonly log: Logger,
    /** Environment for every call (defaults to this process's). */
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
    /** Whether goBinary came from the 'go-binary' input (errors then name the input). */
    readonly fromInput = false
  ) {}

  /** Finds go: an explicit path (input `go-binary`), else the first `go` on PATH. */
  static locate(log: Logger, explicit?: string, env: NodeJS.ProcessEnv = process.env): GoRunner {
    if (explicit) {
      if (!isExecutableFile(explicit)) throw new GoNotFoundError(`'${explicit}' is not an executable file`);
      return new GoRunner(explicit, log, env, true);
    }
    const exe = process.platform === 'win32' ? 'go.exe' : 'go';
    const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
    for (const dir of dirs) {
      const candidate = path.join(dir, exe);
      if (isExecutableFile(candidate)) return new GoRunner(candidate, log, env);
    }
    throw new GoNotFoundError(dirs.length ? 'not on PATH' : 'PATH is empty');
  }

  /** `go env -json`, read once per runner and cached. */
  goEnv(): Promise<GoEnv> {
    this.envPromise ??= this.runJson<GoEnv>(['env', '-json'], { cwd: process.cwd() }).then(env => {
      const missing = ['GOVERSION', 'GOMODCACHE', 'GOROOT'].filter(k => typeof (env as Record<string, unknown> | null)?.[k] !== 'string');
      if (missing.length) throw new GoOutputError(this.goBinary, ['env', '-json'], `JSON without ${missing.join(', ')}`, this.fromInput);
      return env;
    });
    return this.envPromise;
  }

  /**
   * Runs go and parses its stdout as one JSON value. Output that is not JSON
   * means the program is not go: the error names the command and a short,
   * quoted excerpt of what it printed.
   */
  async runJson<T>(args: readonly string[], opts: GoRunOptions): Promise<T> {
    const { stdout } = await this.run(args, opts);
    try {
      return JSON.parse(stdout) as T;
    } catch {
      const text = stdout.trim();
      const got = text ? `output that is not JSON (${JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)})` : 'nothing';
      throw new GoOutputError(this.goBinary, args, got, this.fromInput);
    }
  }

  /** The running Go version without the `go` prefix, e.g. `1.26.8`. */
  async version(): Promise<string> {
    return stripGoPrefix((await this.goEnv()).GOVERSION.split(' ')[0]);
  }

  /** Throws GoTooOldError unless the running Go is at least `minimum` (e.g. "1.23"). */
  async requireVersion(feature: string, minimum: string): Promise<void> {
    const actual = await this.version();
    if (!(await this.atLeast(minimum))) throw new GoTooOldError(feature, minimum, actual);
  }

  async atLeast(minimum: string): Promise<boolean> {
    const actual = await this.version();
    // Development builds ("devel go1.27-...") are treated as new enough.
    if (actual.startsWith('devel')) return true;
    return compareGoVersionStrings(actual, minimum) >= 0;
  }

  /** Runs go and collects stdout (bounded) and the tail of stderr. */
  async run(args: readonly string[], opts: GoRunOptions): Promise<GoRunResult> {
    const maxStdout = opts.maxStdout ?? 256 * 1024 * 1024;
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    const result = await this.spawnGo(args, opts, chunk => {
      size += chunk.length;
      if (size > maxStdout) overflow = true;
      else chunks.push(chunk);
    });
    if (overflow) {
      throw new GoCommandError(args, opts.cwd, result.exitCode, `output exceeded ${maxStdout} bytes`);
    }
    return { ...result, stdout: Buffer.concat(chunks).toString('utf8') };
  }

  /**
   * Runs go and decodes its stdout as a stream of JSON values (go list -json
   * and friends), calling `onValue` for each without buffering the output.
   */
  async streamJson<T>(args: readonly string[], opts: GoRunOptions, onValue: (value: T) => void): Promise<GoRunResult> {
    const decoder = new JsonStreamDecoder(v => onValue(v as T));
    const utf8 = new TextDecoder('utf-8');
    let decodeError: unknown;
    const result = await this.spawnGo(args, opts, chunk => {
      if (decodeError) return;
      try {
        decoder.push(utf8.decode(chunk, { stream: true }));
      } catch (err) {
        decodeError = err;
      }
    });
    if (!decodeError) {
      try {
        decoder.push(utf8.decode());
        decoder.end();
      } catch (err) {
        decodeError = err;
      }
    }
    if (decodeError && result.exitCode === 0) {
      throw new GoCommandError(args, opts.cwd, result.exitCode, `could not decode JSON output: ${String(decodeError)}`);
    }
    return { ...result, stdout: '' };
  }

  /** Collects every JSON value of a streaming command into an array. */
  async listJson<T>(args: readonly string[], opts: GoRunOptions): Promise<{ values: T[]; result: GoRunResult }> {
    const values: T[] = [];
    const result = await this.streamJson<T>(args, opts, v => values.push(v));
    return { values, result };
  }

  private spawnGo(args: readonly string[], opts: GoRunOptions, onStdout: (chunk: Buffer) => void): Promise<Omit<GoRunResult, 'stdout'>> {
    // Never the action's inputs or the runner's credentials: go test runs the checkout's code.
    const env = childProcessEnv(applyOverlay(this.baseEnv, opts.env));
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(this.goBinary, [...args], {
        cwd: opts.cwd,
        env,
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
      });
      let stderr = '';
      let timer: NodeJS.Timeout | undefined;
      if (opts.timeoutMs) timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
      child.stdout.on('data', (c: Buffer) => onStdout(c));
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString('utf8');
        if (stderr.length > STDERR_TAIL_BYTES * 2) stderr = stderr.slice(-STDERR_TAIL_BYTES);
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.stdin ?? '');
      child.on('error', err => {
        if (timer) clearTimeout(timer);
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') reject(new GoNotFoundError(`'${this.goBinary}' could not be started`));
        else reject(err);
      });
      child.on('close', (exitCode, signal) => {
        if (timer) clearTimeout(timer);
        const durationMs = performance.now() - started;
        if (stderr.length > STDERR_TAIL_BYTES) stderr = stderr.slice(-STDERR_TAIL_BYTES);
        const shownCwd = path.relative(process.cwd(), opts.cwd) || '.';
        const overlay = Object.entries(opts.env ?? {})
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${k}=${v}`);
        this.log.group(`go ${args.join(' ')} (${formatDuration(durationMs)}, exit ${exitCode ?? signal})`, [
          `cwd: ${shownCwd}`,
          ...(overlay.length ? [`env: ${overlay.join(' ')}`] : []),
          ...(stderr.trim() ? stderr.trimEnd().split('\n').slice(-40) : [])
        ]);
        const result = { args, cwd: opts.cwd, exitCode, signal, stderr, durationMs };
        if (!opts.argsFromUser && isGoUsageFailure(exitCode, stderr)) {
          // Even where failure is allowed: a malformed command is never an answer.
          reject(new GoUsageError(args, stderr));
        } else if ((exitCode !== 0 || signal) && !opts.allowFailure) {
          reject(new GoCommandError(args, opts.cwd, exitCode, stderr, signal));
        } else {
          resolve(result);
        }
      });
    });
  }
}

export function applyOverlay(base: NodeJS.ProcessEnv, overlay?: EnvOverlay): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [k, v] of Object.entries(overlay ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function isExecutableFile(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
