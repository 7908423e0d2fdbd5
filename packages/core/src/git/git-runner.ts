import { spawn, type ChildProcess } from 'node:child_process';
import { childProcessEnv } from '../util/child-env.js';

/** What one git call did. `ok` is exit 0; `failure` says why git did not run or was stopped. */
export interface GitResult {
  ok: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  failure?: string;
}

export interface GitOptions {
  cwd: string;
  /** Killed after this long (a fetch from an unreachable remote must not hold the job). */
  timeoutMs?: number;
  /** Stdout beyond this is an error, not an out-of-memory crash. */
  maxBytes?: number;
  /** Written to git's stdin (e.g. object names for `git cat-file --batch`); none by default. */
  stdin?: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const STDERR_TAIL = 16 * 1024;

/**
 * Every git call of every gate runs here. git never prompts (no terminal, no
 * credential dialog: a prompt would hang the job), never takes the optional
 * index lock (`git status` would otherwise refresh and rewrite .git/index of a
 * checkout the gates promise not to change), and never starts automatic
 * garbage collection or maintenance after a fetch.
 */
export function runGit(args: readonly string[], opts: GitOptions): Promise<GitResult> {
  return runGitRaw(args, opts).then(r => ({ ...r, stdout: r.stdout.toString('utf8') }));
}

/** runGit with stdout as bytes (`git cat-file --batch` counts its objects in bytes). */
export function runGitRaw(args: readonly string[], opts: GitOptions): Promise<Omit<GitResult, 'stdout'> & { stdout: Buffer }> {
  return startGit(args, opts, undefined).git;
}

/** A command that reads git's stdout as its stdin: `tar -x` unpacking what `git archive` writes. */
export interface GitSink {
  command: string;
  args: readonly string[];
  cwd?: string;
}

/** How the sink of runGitInto ended. `ok` is exit 0. */
export interface SinkResult {
  ok: boolean;
  exitCode: number | null;
  stderr: string;
  failure?: string;
}

/**
 * git with its stdout going straight into `sink`'s stdin through an OS pipe:
 * the two run at once and nothing passes through Node (the base tree of
 * mod-review is unpacked while git still archives it, with no tar file in
 * between). Both are spawned before this returns.
 */
export async function runGitInto(args: readonly string[], opts: GitOptions, sink: GitSink): Promise<{ git: GitResult; sink: SinkResult }> {
  const started = startGit(args, opts, sink);
  const [git, sunk] = await Promise.all([started.git, started.sink!]);
  return { git: { ...git, stdout: '' }, sink: sunk };
}

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...childProcessEnv(process.env),
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_OPTIONAL_LOCKS: '0',
    // Never the user's pager or editor, whatever the environment holds.
    GIT_PAGER: 'cat',
    GIT_EDITOR: 'true'
  };
}

function startGit(
  args: readonly string[],
  opts: GitOptions,
  sink: GitSink | undefined
): { git: Promise<Omit<GitResult, 'stdout'> & { stdout: Buffer }>; sink?: Promise<SinkResult> } {
  const fullArgs = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args];
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const child = spawn('git', fullArgs, {
    cwd: opts.cwd,
    env: gitEnv(),
    shell: false,
    stdio: [opts.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    windowsHide: true
  });
  let failure: string | undefined;
  const stop = (why: string) => {
    failure ??= why;
    child.kill('SIGKILL');
  };
  const timer = setTimeout(() => stop(`timed out after ${Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // The sink gets its own copy of the pipe's read end; Node's is closed at once, so nothing
  // reads git's output here and the sink sees end-of-file when git exits.
  const sinkEnded = sink && startSink(sink, child);
  if (sinkEnded) {
    child.stdout!.destroy();
    // A sink that ends early (a failed unpack) leaves git writing into a closed pipe: stop it.
    sinkEnded.then(r => {
      if (!r.ok && child.exitCode === null) stop(`stopped: ${sink.command} ended first`);
    });
  }
  const gitEnded = new Promise<Omit<GitResult, 'stdout'> & { stdout: Buffer }>(resolve => {
    if (opts.stdin !== undefined) {
      child.stdin!.on('error', () => undefined); // git may exit before reading it all; its exit code says why
      child.stdin!.end(opts.stdin);
    }
    const chunks: Buffer[] = [];
    let bytes = 0;
    let stderr = '';
    if (!sinkEnded)
      child.stdout!.on('data', (c: Buffer) => {
        bytes += c.length;
        if (bytes > maxBytes) stop(`printed more than ${maxBytes} bytes`);
        else chunks.push(c);
      });
    child.stderr!.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-STDERR_TAIL);
    });
    child.on('error', err => {
      clearTimeout(timer);
      const code = (err as NodeJS.ErrnoException).code;
      resolve({
        ok: false,
        exitCode: null,
        stdout: Buffer.alloc(0),
        stderr,
        failure: code === 'ENOENT' ? 'git is not installed (not found on PATH)' : `git could not start: ${err.message}`
      });
    });
    child.on('close', exitCode => {
      clearTimeout(timer);
      const stdout = Buffer.concat(chunks);
      resolve({ ok: exitCode === 0 && !failure, exitCode, stdout, stderr, ...(failure ? { failure } : {}) });
    });
  });
  return { git: gitEnded, ...(sinkEnded ? { sink: sinkEnded } : {}) };
}

function startSink(sink: GitSink, git: ChildProcess): Promise<SinkResult> {
  return new Promise(resolve => {
    // git that did not start has no stdout pipe: the sink then reads nothing.
    const child = spawn(sink.command, [...sink.args], {
      cwd: sink.cwd,
      env: childProcessEnv(process.env),
      shell: false,
      stdio: [git.stdout ?? 'ignore', 'ignore', 'pipe'],
      windowsHide: true
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-STDERR_TAIL);
    });
    child.on('error', err => {
      const code = (err as NodeJS.ErrnoException).code;
      resolve({
        ok: false,
        exitCode: null,
        stderr,
        failure: code === 'ENOENT' ? `${sink.command} is not installed (not found on PATH)` : `${sink.command} could not start: ${err.message}`
      });
    });
    child.on('close', exitCode => resolve({ ok: exitCode === 0, exitCode, stderr }));
  });
}

/** git's trimmed stdout, or undefined when it fails (for questions whose failure is an answer: "not a repository"). */
export async function gitOutput(args: readonly string[], opts: GitOptions): Promise<string | undefined> {
  const r = await runGit(args, opts);
  return r.ok ? r.stdout.trim() : undefined;
}

/** Why a git call failed, in one line: the last lines of its stderr, or why it did not run. */
export function gitFailure(r: GitResult): string {
  if (r.failure) return r.failure;
  const lines = r.stderr
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
  return lines.slice(-2).join(' ') || `exit ${r.exitCode}`;
}
