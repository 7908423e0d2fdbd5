import { isNetworkError } from './network-error.js';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { importantStderr } from '../errors.js';
import { diffLines, splitLines } from '../util/line-diff.js';
import type { EnvOverlay, GoRunner } from './go-runner.js';

/**
 * What `go mod tidy` would change in one module, asked the one way every gate
 * asks it: `go mod tidy -diff` (Go 1.23 or later) on temp copies of go.mod and
 * go.sum, or, on older Go, `go mod tidy` in a temp copy of the module and a
 * line diff. The checkout is never written. Network failures are retried and
 * then reported as undecided, never as an untidy module.
 */

/** One hunk of the diff, located in the module's current (checkout) file. */
export interface TidyHunk {
  /** `go.mod` or `go.sum`. */
  file: string;
  /** Line in the current file the hunk is about: its first removed line, or where lines would be inserted. */
  line?: number;
  removed: string[];
  added: string[];
}

export interface TidyDiff {
  /** tidy: nothing would change; untidy: see hunks; error: go could not load the module; undecided: the network kept failing. */
  status: 'tidy' | 'untidy' | 'error' | 'undecided';
  hunks: TidyHunk[];
  /** Why it is an error or undecided (the important lines of go's stderr). */
  detail?: string;
  /** The failure was a go.sum checksum mismatch. */
  checksumMismatch?: boolean;
  /** How it was asked: `-diff`, or tidying a copy on Go older than 1.23. */
  method: 'tidy -diff' | 'tidy in a copy';
}

export interface TidyDiffOptions {
  /** The module directory in the checkout (read, never written). */
  dir: string;
  /** A scratch directory of the gate's own. */
  tempDir: string;
  env?: EnvOverlay;
  /** Network retries after the first attempt (default 2). */
  retries?: number;
  backoffMs?: number;
}

let scratchCount = 0;

export async function tidyDiff(go: GoRunner, opts: TidyDiffOptions): Promise<TidyDiff> {
  const method = (await go.atLeast('1.23')) ? 'tidy -diff' : 'tidy in a copy';
  const retries = opts.retries ?? 2;
  // Tidy is a single-module operation: a go.work would only add other modules' requirements.
  const env: EnvOverlay = { ...opts.env, GOWORK: 'off' };
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise(r => setTimeout(r, (opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
    const r = method === 'tidy -diff' ? await tidyDiffFlag(go, opts, env) : await tidyInCopy(go, opts, env);
    if (r.exitCode === 0 && !r.hunks.length && !r.stdout.trim()) return { status: 'tidy', hunks: [], method };
    if ((r.exitCode === 0 || r.exitCode === 1) && r.hunks.length) return { status: 'untidy', hunks: r.hunks, method };
    last = r.stderr;
    if (!isNetworkError(r.stderr)) {
      return {
        status: 'error',
        hunks: [],
        detail: importantStderr(r.stderr, 5) || `exit ${r.exitCode}`,
        checksumMismatch: /checksum mismatch/.test(r.stderr),
        method
      };
    }
  }
  return { status: 'undecided', hunks: [], detail: importantStderr(last, 5), method };
}

interface Attempt {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  hunks: TidyHunk[];
}

/** go.mod and go.sum copied next to each other: with -modfile, go reads and writes the go.sum beside it. */
async function tidyDiffFlag(go: GoRunner, opts: TidyDiffOptions, env: EnvOverlay): Promise<Attempt> {
  const scratch = path.join(opts.tempDir, `tidy-${++scratchCount}`);
  await fs.mkdir(scratch, { recursive: true });
  const modFile = path.join(scratch, 'go.mod');
  await fs.copyFile(path.join(opts.dir, 'go.mod'), modFile);
  await fs.copyFile(path.join(opts.dir, 'go.sum'), path.join(scratch, 'go.sum')).catch(() => undefined);
  try {
    const r = await go.run(['mod', 'tidy', '-diff', `-modfile=${modFile}`], { cwd: opts.dir, env, allowFailure: true });
    // -modfile names the files in the diff after the copy: they are the module's go.mod and go.sum.
    return { ...r, hunks: /^(diff |--- )/m.test(r.stdout) ? parseTidyDiff(r.stdout) : [] };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The diff as Go < 1.23 can give it: tidy a temp copy of the module and compare line by line, as
 * `go mod tidy -diff` compares. Its "current" go.mod is the parsed file formatted again (modload's
 * UpdateGoModFromReqs: `modFile.Format()`), so layout alone (a stray blank line) is never a change;
 * `go mod edit -print` prints exactly that formatting. Its "current" go.sum is the file's bytes.
 */
async function tidyInCopy(go: GoRunner, opts: TidyDiffOptions, env: EnvOverlay): Promise<Attempt> {
  const copy = path.join(opts.tempDir, `tidy-copy-${++scratchCount}`);
  // The copy never follows a symlink out of the module: it copies the links themselves.
  await fs.cp(opts.dir, copy, { recursive: true, verbatimSymlinks: true, filter: src => !/(^|[\\/])(\.git|node_modules)$/.test(src) });
  try {
    const read = (p: string): Promise<string> => fs.readFile(p, 'utf8').catch(() => '');
    const formatted = await go.run(['mod', 'edit', '-print'], { cwd: copy, env, allowFailure: true });
    const current = {
      'go.mod': formatted.exitCode === 0 ? formatted.stdout : await read(path.join(opts.dir, 'go.mod')),
      'go.sum': await read(path.join(opts.dir, 'go.sum'))
    };
    const r = await go.run(['mod', 'tidy'], { cwd: copy, env, allowFailure: true });
    if (r.exitCode !== 0) return { ...r, hunks: [] };
    const hunks: TidyHunk[] = [];
    for (const f of ['go.mod', 'go.sum'] as const) hunks.push(...fileHunks(f, current[f], await read(path.join(copy, f))));
    return { ...r, exitCode: hunks.length ? 1 : 0, hunks };
  } finally {
    await fs.rm(copy, { recursive: true, force: true });
  }
}

/** Lines of context around a change in go's unified diffs (cmd/internal/diff's C). */
const DIFF_CONTEXT = 3;

/**
 * Hunks of a line diff between the current file and the tidied one, grouped and located as
 * parseTidyDiff reads go's own diff: changes fewer than 2×3 unchanged lines apart share a hunk
 * (go's chunk keeps 3 lines of context on each side), and a hunk sits at its first removed line,
 * else where its first line is inserted.
 */
export function fileHunks(file: string, before: string, after: string): TidyHunk[] {
  const a = splitLines(before).lines;
  const ops = diffLines(a, splitLines(after).lines);
  const hunks: TidyHunk[] = [];
  let cur: TidyHunk | undefined;
  let insertAt: number | undefined;
  let equalRun = 0;
  let oldLine = 1;
  const finish = (): void => {
    if (!cur) return;
    if (cur.line === undefined && insertAt !== undefined) cur.line = insertAt;
    hunks.push(cur);
    cur = undefined;
    insertAt = undefined;
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      oldLine++;
      if (cur && ++equalRun >= 2 * DIFF_CONTEXT) finish();
      continue;
    }
    equalRun = 0;
    cur ??= { file, removed: [], added: [] };
    if (op.kind === 'delete') {
      cur.line ??= oldLine;
      cur.removed.push(op.line);
      oldLine++;
    } else {
      // An insertion is located at the line it goes before (the last line at the end of a file).
      insertAt ??= a.length === 0 ? undefined : Math.min(oldLine, a.length);
      cur.added.push(op.line);
    }
  }
  finish();
  return hunks;
}

/**
 * Parses the unified diffs `go mod tidy -diff` prints (`--- current/go.mod`,
 * `+++ tidy/go.mod`, `@@ -a,b +c,d @@`). A hunk against an empty current
 * file (`-0,0`) has no line.
 */
export function parseTidyDiff(text: string): TidyHunk[] {
  const hunks: TidyHunk[] = [];
  let file = '';
  let oldLine = 0;
  let oldEnd = 0;
  let hunk: TidyHunk | undefined;
  let insertAt: number | undefined;
  const finish = (): void => {
    if (!hunk) return;
    if (hunk.line === undefined && insertAt !== undefined && oldEnd > 0) hunk.line = Math.min(insertAt, oldEnd);
    if (hunk.removed.length || hunk.added.length) hunks.push(hunk);
    hunk = undefined;
    insertAt = undefined;
  };
  for (const raw of text.split('\n')) {
    if (raw.startsWith('diff ')) {
      finish();
      continue;
    }
    if (raw.startsWith('--- ')) {
      finish();
      // `--- current/go.mod`, or with -modfile `--- current/<copy>/go.mod`: the base name is the file.
      file = path.posix.basename(raw.slice(4).trim());
      continue;
    }
    if (raw.startsWith('+++ ')) continue;
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(raw);
    if (h) {
      finish();
      const start = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      // For -0,0 (empty file) the start is 0; otherwise it is the first line of the hunk.
      oldLine = count === 0 ? start + 1 : start;
      oldEnd = count === 0 ? start : start + count - 1;
      hunk = { file, removed: [], added: [] };
      continue;
    }
    if (!hunk) continue;
    if (raw.startsWith('-')) {
      if (hunk.line === undefined) hunk.line = oldLine;
      hunk.removed.push(raw.slice(1));
      oldLine++;
    } else if (raw.startsWith('+')) {
      insertAt ??= oldLine;
      hunk.added.push(raw.slice(1));
    } else if (raw.startsWith(' ')) {
      oldLine++;
    }
  }
  finish();
  return hunks;
}
