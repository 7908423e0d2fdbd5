/**
 * The lines a change added or modified, per file, from `git diff --unified=0`
 * output: `+++ b/<path>` names the new file, `@@ -a,b +c,d @@` hunks give the
 * new-side line ranges (d = 0 is a pure deletion and adds no line).
 */
export interface ChangedLines {
  /** Repository-relative path → sorted, non-overlapping [first, last] line ranges. */
  files: Map<string, [number, number][]>;
}

export function parseUnifiedDiff(diff: string): ChangedLines {
  const files = new Map<string, [number, number][]>();
  let current: [number, number][] | undefined;
  for (const raw of diff.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      if (name === '/dev/null') {
        current = undefined;
        continue;
      }
      const p = unquoteGitPath(name).replace(/^b\//, '');
      current = files.get(p) ?? [];
      files.set(p, current);
      continue;
    }
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m && current) {
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  for (const [k, ranges] of files) {
    if (ranges.length === 0) files.delete(k);
    else ranges.sort((a, b) => a[0] - b[0]);
  }
  return { files };
}

/** Git quotes paths with unusual bytes as C strings: "b/d\303\251j\303\240.go". */
function unquoteGitPath(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const s = p.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      bytes.push(...Buffer.from(s[i], 'utf8'));
      continue;
    }
    const n = s[++i];
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 } as Record<string, number>)[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether [a, b] intersects any of the sorted ranges. */
export function intersectsRanges(ranges: readonly [number, number][], a: number, b: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid];
    if (e < a) lo = mid + 1;
    else if (s > b) hi = mid - 1;
    else return true;
  }
  return false;
}
