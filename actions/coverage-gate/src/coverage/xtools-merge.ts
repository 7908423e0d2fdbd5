import { goSort } from './go-sort.js';

/**
 * Every block line of one source file, in the order read, with exact values
 * (x/tools reads them into Go ints: up to 2^63 - 1). Kept only for the files
 * the fast merger cannot judge exactly (see CoverProfileMerger): 48 bytes a
 * line, as x/tools itself keeps them.
 */
export class ExactLines {
  values = new BigInt64Array(6 * 16);
  /** Profile index and line number of each line, for messages. */
  where = new Int32Array(2 * 16);
  length = 0;

  push(sl: bigint, sc: bigint, el: bigint, ec: bigint, n: bigint, c: bigint, source: number, line: number): void {
    if (this.length * 6 === this.values.length) {
      const v = new BigInt64Array(this.values.length * 2);
      v.set(this.values);
      this.values = v;
      const w = new Int32Array(this.where.length * 2);
      w.set(this.where);
      this.where = w;
    }
    const o = this.length * 6;
    const v = this.values;
    v[o] = sl;
    v[o + 1] = sc;
    v[o + 2] = el;
    v[o + 3] = ec;
    v[o + 4] = n;
    v[o + 5] = c;
    this.where[this.length * 2] = source;
    this.where[this.length * 2 + 1] = line;
    this.length++;
  }
}

/** One merged block with x/tools' exact values. */
export interface ExactBlock {
  sl: bigint;
  sc: bigint;
  el: bigint;
  ec: bigint;
  n: bigint;
  count: bigint;
}

/** A NumStmt conflict as x/tools finds it: between neighbours after its sort. */
export interface ExactConflict {
  from: bigint;
  to: bigint;
  /** Profile index and line of the line that conflicted. */
  source: number;
  line: number;
  block: ExactBlock;
}

/**
 * x/tools/cover's merge of one file's blocks, exactly: sort.Sort by
 * (StartLine, StartCol), then merge each block into the one before it when
 * all four extents match (set mode ORs the counts; any other mode adds them
 * in a wrapping 64-bit int, as Go's int does). Blocks with equal extents that
 * the unstable sort does not leave adjacent stay separate, as in x/tools.
 */
export function xtoolsMerge(lines: ExactLines, mode: string): ExactBlock[] | ExactConflict {
  const v = lines.values;
  const n = lines.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  goSort(
    {
      less(i, j) {
        const a = order[i] * 6;
        const b = order[j] * 6;
        return v[a] < v[b] || (v[a] === v[b] && v[a + 1] < v[b + 1]);
      },
      swap(i, j) {
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    },
    n
  );
  const out: ExactBlock[] = [];
  let last: ExactBlock | undefined;
  for (let k = 0; k < n; k++) {
    const o = order[k] * 6;
    if (last !== undefined && v[o] === last.sl && v[o + 1] === last.sc && v[o + 2] === last.el && v[o + 3] === last.ec) {
      if (v[o + 4] !== last.n) {
        return { from: last.n, to: v[o + 4], source: lines.where[order[k] * 2], line: lines.where[order[k] * 2 + 1], block: last };
      }
      last.count = mode === 'set' ? last.count | v[o + 5] : BigInt.asIntN(64, last.count + v[o + 5]);
      continue;
    }
    last = { sl: v[o], sc: v[o + 1], el: v[o + 2], ec: v[o + 3], n: v[o + 4], count: v[o + 5] };
    out.push(last);
  }
  return out;
}
