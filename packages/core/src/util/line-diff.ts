/**
 * A line diff (Myers' O(ND) greedy algorithm with a trace for the edit script)
 * and a unified-diff formatter, so gates can show what changed without
 * shelling out to `diff`. Output follows GNU diff -u conventions, including
 * `\ No newline at end of file`.
 */

export type DiffOp = { kind: 'equal' | 'delete' | 'insert'; line: string };

/** Splits text into lines, remembering whether the last one ended with a newline. */
export function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  if (text === '') return { lines: [], finalNewline: true };
  const finalNewline = text.endsWith('\n');
  const lines = (finalNewline ? text.slice(0, -1) : text).split('\n');
  return { lines, finalNewline };
}

/**
 * The shortest edit script from `a` to `b`. `maxCost` bounds the work
 * (D * (N + M)); beyond it the whole of `a` is deleted and `b` inserted,
 * which is still a correct (if long) diff.
 */
export function diffLines(a: readonly string[], b: readonly string[], maxCost = 50_000_000): DiffOp[] {
  // Trim the common prefix and suffix: most real diffs are small edits in big files.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: DiffOp[] = a.slice(0, start).map(line => ({ kind: 'equal', line }));
  const tail: DiffOp[] = a.slice(endA).map(line => ({ kind: 'equal', line }));
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxCost);
  return [...head, ...middle, ...tail];
}

function myers(a: readonly string[], b: readonly string[], maxCost: number): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map(line => ({ kind: 'insert', line }));
  if (m === 0) return a.map(line => ({ kind: 'delete', line }));
  const max = n + m;
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    if (d * (n + m) > maxCost) break;
    trace.push(v.slice());
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && next[offset + k - 1] < next[offset + k + 1])) x = next[offset + k + 1];
      else x = next[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
    if (found >= 0) break;
  }
  if (found < 0) return [...a.map(line => ({ kind: 'delete' as const, line })), ...b.map(line => ({ kind: 'insert' as const, line }))];
  // Walk the trace backwards to recover the path.
  const ops: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: 'equal', line: a[--x] });
      y--;
    }
    if (x === prevX) ops.push({ kind: 'insert', line: b[--y] });
    else ops.push({ kind: 'delete', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'equal', line: a[--x] });
    y--;
  }
  return ops.reverse();
}

export interface UnifiedDiffOptions {
  context?: number;
}

/**
 * A unified diff of two texts with `---`/`+++` headers; '' when equal.
 * A missing side is passed as `undefined` (shown as /dev/null).
 */
export function unifiedDiff(oldName: string, newName: string, oldText: string | undefined, newText: string | undefined, opts: UnifiedDiffOptions = {}): string {
  if (oldText === newText) return '';
  const context = opts.context ?? 3;
  const A = splitLines(oldText ?? '');
  const B = splitLines(newText ?? '');
  const ops = diffLines(A.lines, B.lines);
  // Mark the last line of a side that lacks a final newline so it differs from one that has it.
  const NO_EOL = '\u0000noeol';
  if (!A.finalNewline || !B.finalNewline) {
    const lastA = A.lines.length - 1;
    const lastB = B.lines.length - 1;
    let ia = 0;
    let ib = 0;
    const fixed: DiffOp[] = [];
    for (const op of ops) {
      const aIdx = op.kind === 'insert' ? -1 : ia;
      const bIdx = op.kind === 'delete' ? -1 : ib;
      const aNoEol = !A.finalNewline && aIdx === lastA;
      const bNoEol = !B.finalNewline && bIdx === lastB;
      if (op.kind === 'equal' && aNoEol !== bNoEol) {
        fixed.push({ kind: 'delete', line: op.line + (aNoEol ? NO_EOL : '') });
        fixed.push({ kind: 'insert', line: op.line + (bNoEol ? NO_EOL : '') });
      } else {
        fixed.push({ ...op, line: op.line + (aNoEol || bNoEol ? NO_EOL : '') });
      }
      if (op.kind !== 'insert') ia++;
      if (op.kind !== 'delete') ib++;
    }
    ops.splice(0, ops.length, ...fixed);
  }
  const out: string[] = [`--- ${oldText === undefined ? '/dev/null' : oldName}`, `+++ ${newText === undefined ? '/dev/null' : newName}`];
  const changed = ops.map((op, i) => (op.kind !== 'equal' ? i : -1)).filter(i => i >= 0);
  if (!changed.length) return '';
  // Group changes whose context windows touch into hunks.
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  }
  // Line numbers before each op.
  const posA: number[] = [];
  const posB: number[] = [];
  let la = 0;
  let lb = 0;
  for (const op of ops) {
    posA.push(la);
    posB.push(lb);
    if (op.kind !== 'insert') la++;
    if (op.kind !== 'delete') lb++;
  }
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const countA = slice.filter(o => o.kind !== 'insert').length;
    const countB = slice.filter(o => o.kind !== 'delete').length;
    const startA = countA ? posA[from] + 1 : posA[from];
    const startB = countB ? posB[from] + 1 : posB[from];
    out.push(`@@ -${range(startA, countA)} +${range(startB, countB)} @@`);
    for (const op of slice) {
      const sign = op.kind === 'equal' ? ' ' : op.kind === 'delete' ? '-' : '+';
      if (op.line.endsWith(NO_EOL)) {
        out.push(sign + op.line.slice(0, -NO_EOL.length));
        out.push('\\ No newline at end of file');
      } else {
        out.push(sign + op.line);
      }
    }
  }
  return out.join('\n') + '\n';
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}
