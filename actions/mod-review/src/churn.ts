import { gitOutput, parseModFile } from '@go-ci-gates/core';

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
  const opts = { cwd: top, maxBytes: 16 * 1024 * 1024 };
  const headTime = Number(await gitOutput(['log', '-1', '--format=%ct', head], opts));
  const log = await gitOutput(['log', `-n${MAX_COMMITS}`, '--format=%H %ct', head, '--', file], opts);
  const recent = (log ?? '')
    .split('\n')
    .map(l => l.split(' '))
    .filter(([sha, t]) => sha && Number(t) >= headTime - DAY_SECONDS)
    .map(([sha]) => sha);
  let replacesAdded = 0;
  for (const sha of recent) {
    const [now, before] = await Promise.all([gitOutput(['show', `${sha}:${file}`], opts), gitOutput(['show', `${sha}^:${file}`], opts)]);
    const old = replaceKeys(before);
    for (const k of replaceKeys(now)) if (!old.has(k)) replacesAdded++;
  }
  return {
    commits: recent.length,
    replacesAdded,
    ...(shallow ? { note: 'the checkout is a shallow clone, so older commits may be missing from the count' } : {}),
    ...(recent.length >= MAX_COMMITS ? { note: `at least ${MAX_COMMITS} commits` } : {})
  };
}
