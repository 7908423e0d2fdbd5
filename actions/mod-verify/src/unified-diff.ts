/** One hunk of `go mod tidy -diff` output, located in the current (checkout) file. */
export interface TidyHunk {
  /** `go.mod` or `go.sum`. */
  file: string;
  /** Line in the current file the hunk is about: its first removed line, or where lines would be inserted. */
  line?: number;
  removed: string[];
  added: string[];
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
      file = raw.slice(4).trim().replace(/^current\//, '');
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

/** A minimal line diff (LCS) producing the same hunks, for the Go < 1.23 fallback. */
export function diffLines(file: string, before: string, after: string): TidyHunk[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const hunks: TidyHunk[] = [];
  let cur: TidyHunk | undefined;
  let i = 0;
  let j = 0;
  const close = (): void => {
    if (cur) hunks.push(cur);
    cur = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      close();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      cur ??= { file, line: n === 0 ? undefined : Math.min(i + 1, n), removed: [], added: [] };
      cur.added.push(b[j++]);
    } else {
      cur ??= { file, line: i + 1, removed: [], added: [] };
      if (!cur.removed.length) cur.line = i + 1;
      cur.removed.push(a[i++]);
    }
  }
  close();
  return hunks;
}

function splitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
