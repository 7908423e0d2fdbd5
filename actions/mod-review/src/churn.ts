import { gitOutput, parseCommitHeader, parseModFile, runGitRaw } from '@go-ci-gates/core';

/** How often go.mod changed lately: the first sign of dependencies drifting out of control. */
export interface Churn {
  /** Commits that changed go.mod in the 24 hours of history up to the head commit. */
  commits: number;
  /** replace directives those commits added. */
  replacesAdded: number;
  /** Set when the count may be short (a shallow history). */
  note?: string;
}

const DAY_SECONDS = 24 * 60 * 60;
/** A runaway history is not read whole: the figure saturates here. */
const MAX_COMMITS = 100;

const replaceKeys = (text: string | undefined): Set<string> =>
  new Set(text === undefined ? [] : parseModFile(text).replace.map(r => `${r.oldPath} ${r.oldVersion ?? ''}`));

/**
 * Commits that touched `file` (relative to the repository top) in the 24
 * hours of committer time up to `head`, and how many replace directives they
 * added (each commit's go.mod parsed against its first parent's).
 */
export async function goModChurn(top: string, head: string, file: string, shallow: boolean): Promise<Churn> {
  const log = await gitOutput(['log', `-n${MAX_COMMITS}`, '--format=%H %ct', head, '--', file], { cwd: top, maxBytes: 16 * 1024 * 1024 });
  const listed = (log ?? '')
    .split('\n')
    .map(l => l.split(' '))
    .filter(([sha]) => sha);
  // One git process for the head commit (its committer time bounds the window) and, for every listed
  // commit, its go.mod and its first parent's: a spawn fewer than asking `git log -1` for the time,
  // for a few go.mod files more (at most MAX_COMMITS of them, each read once).
  const [headCommit, ...texts] = listed.length ? await blobs(top, [head, ...listed.flatMap(([sha]) => [`${sha}:${file}`, `${sha}^:${file}`])], true) : [];
  const headTime = headCommit === undefined ? undefined : parseCommitHeader(headCommit).committerTime;
  let commits = 0;
  let replacesAdded = 0;
  for (const [i, [, t]] of listed.entries()) {
    if (headTime === undefined || Number(t) < headTime - DAY_SECONDS) continue;
    commits++;
    const old = replaceKeys(texts[2 * i + 1]);
    for (const k of replaceKeys(texts[2 * i])) if (!old.has(k)) replacesAdded++;
  }
  return {
    commits,
    replacesAdded,
    ...(shallow ? { note: 'the checkout is a shallow clone, so older commits may be missing from the count' } : {}),
    ...(commits >= MAX_COMMITS ? { note: `at least ${MAX_COMMITS} commits` } : {})
  };
}

/**
 * The contents of `names` (`rev:path`), in order, from one `git cat-file --batch`: undefined for
 * a name git does not have (a file the commit lacks, the parent of a root commit) or that is not a file.
 */
async function blobs(top: string, names: readonly string[], firstIsCommit = false): Promise<(string | undefined)[]> {
  if (!names.length) return [];
  // A name with a newline would split the request: git reads one name per line.
  if (names.some(n => n.includes('\n'))) return names.map(() => undefined);
  const r = await runGitRaw(['cat-file', '--batch'], { cwd: top, maxBytes: 64 * 1024 * 1024, stdin: names.map(n => `${n}\n`).join('') });
  if (!r.ok) return names.map(() => undefined);
  const out: (string | undefined)[] = [];
  const buf = r.stdout;
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = buf.indexOf(10, at);
    if (eol < 0) break;
    const header = buf.subarray(at, eol).toString('utf8');
    at = eol + 1;
    // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous".
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.push(undefined);
      continue;
    }
    const size = Number(m[2]);
    const wanted = i === 0 && firstIsCommit ? 'commit' : 'blob';
    out.push(m[1] === wanted ? buf.subarray(at, at + size).toString('utf8') : undefined);
    at += size + 1; // the contents, then a newline
  }
  while (out.length < names.length) out.push(undefined);
  return out;
}
