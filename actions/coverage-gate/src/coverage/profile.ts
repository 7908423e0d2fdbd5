import { closeSync, openSync, readSync } from 'node:fs';
import { ProjectError } from '@go-ci-gates/core';
import { ExactLines, xtoolsMerge } from './xtools-merge.js';

/** One counted block of a Go coverprofile, after merging. */
export interface ProfileBlock {
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
  numStmt: number;
  count: number;
}

/** The blocks of one source file, sorted by position, duplicates merged. */
export interface FileProfile {
  /** The name as written in the profile: `import/path/file.go` (or an absolute path). */
  fileName: string;
  blocks: ProfileBlock[];
}

/**
 * The text after `mode: `. go test writes set, count or atomic; x/tools
 * accepts any text, and only `set` changes anything (counts are ORed, not added).
 */
export type CoverMode = string;

/** Several coverprofiles merged as golang.org/x/tools/cover merges one. */
export interface CoverProfile {
  mode: CoverMode;
  /** Sorted by file name. */
  files: FileProfile[];
  /** Profile files read, in order. */
  sources: string[];
  /** Block lines read before merging (duplicates included). */
  linesRead: number;
}

/** A problem in a profile file, always naming the file and the line. */
export class CoverProfileError extends ProjectError {
  override name = 'CoverProfileError';
  constructor(
    readonly profile: string,
    readonly line: number,
    readonly detail: string
  ) {
    super(`${profile}:${line}: ${detail}`);
  }
}

/** bufio.Scanner's default token limit, which x/tools keeps: a longer line (its \r included, not its \n) is an error. */
export const MAX_LINE_BYTES = 64 * 1024 - 1;
/** Values up to here are exact in a double; x/tools reads up to 2^63 - 1. */
const SAFE = Number.MAX_SAFE_INTEGER;
/** Go's strconv.Atoi range on 64-bit platforms. */
const INT64_MAX = '9223372036854775807';

/**
 * The distinct blocks of one source file while reading, kept in a flat
 * int32 array (11 a block: 4 extents, statements, an unused slot, profile
 * index, line, next-with-same-start, and where the block's raw line text
 * after the name sits in the merger's byte arena) and the counts in a float64
 * array (sums exceed 2^31), so a block costs about 60 bytes with the start
 * index. Numbers above 2^31 - 1 send the file to the exact merge. Duplicates (-coverpkg writes every block once per
 * test binary) are merged on arrival through a start-position index, so they
 * are never stored or sorted.
 */
const STRIDE = 11;
const RAW_AT = 9;
const RAW_LEN = 10;
/** Lines in one zero-count segment: small enough that a covered line spoils few neighbours, large enough that the native call is cheap per line. */
const ZERO_SEGMENT_SHIFT = 5;
const ZERO_SEGMENT = 1 << ZERO_SEGMENT_SHIFT;
/** RAW_LEN of a block added without its line's text (addBlock): matches no line. */
const NO_RAW = 0x7fffffff;
/** A file's zero-count template is built when its lines start for the third time: one or two copies do not repay building it. */
const ZERO_AFTER_SECTIONS = 3;
/** Rebuilds allowed when a file gains blocks in later copies (rare; bounded so it cannot go quadratic). */
const ZERO_MAX_BUILDS = 4;
/** Largest extent or statement count the int32 block array holds; larger ones send the file to the exact merge. */
const INT32_MAX = 0x7fffffff;
class FileAccumulator {
  data = new Int32Array(STRIDE * 4);
  /** Slots of `data` in use (STRIDE a block). */
  length = 0;
  /** The count of block k (its data offset / STRIDE). */
  counts = new Float64Array(4);
  /** (startLine, startCol) → offset of the latest block starting there (the others follow by next-with-same-start). */
  byStart = new StartIndex();
  /**
   * Offset of the block the next line most likely repeats: -coverpkg writes
   * every file's blocks in the same order once per test binary, so checking
   * the block after the last one matched avoids the index for nearly all lines.
   */
  next = 0;
  /** The file whose blocks followed this file's last time: -coverpkg writes files in the same order in every copy. */
  successor: FileAccumulator | undefined;
  /** How many times a run of this file's lines has started (one per test binary's copy under -coverpkg). */
  sections = 0;
  /**
   * The file's lines as they read when every count is 0 (`name:l.c,l.c n 0\n`
   * for the first `zeroBlocks` blocks, in the order they were first read), cut
   * into segments of ZERO_SEGMENT lines at `zeroSegments`. Most of a -coverpkg
   * profile is other packages' blocks that a test binary never ran, and such a
   * segment is recognised with one native byte comparison; equal bytes mean
   * those very blocks with count 0, which change nothing when merged.
   */
  zeros: Buffer | undefined;
  zeroSegments: Int32Array | undefined;
  zeroBlocks = 0;
  zeroBuilds = 0;
  /**
   * Set when this merge cannot stand for x/tools' on this file: blocks with
   * the same start and different ends (x/tools merges only what its unstable
   * sort leaves adjacent), a number above 2^53, or a count sum above 2^53. The
   * file's lines are then read again into `exact` and merged as x/tools does.
   */
  needsExact = false;

  /** Room for one more block (growing both arrays by half); returns the data array, which may be new. */
  reserve(): Int32Array {
    if (this.length + STRIDE > this.data.length) {
      const blocks = this.data.length / STRIDE;
      const grown = blocks + (blocks >> 1) + 4;
      const d = new Int32Array(grown * STRIDE);
      d.set(this.data);
      this.data = d;
      const c = new Float64Array(grown);
      c.set(this.counts);
      this.counts = c;
    }
    this.length += STRIDE;
    return this.data;
  }
  exact: ExactLines | undefined;
  /** The first NumStmt conflict: an error unless the file is judged exactly. */
  conflict: CoverProfileError | undefined;
  /** The file name's bytes (a name need not be UTF-8: x/tools keeps bytes), to recognise the same name without decoding it. */
  constructor(
    readonly fileName: string,
    readonly nameBytes: Buffer
  ) {}
}

/**
 * (startLine, startCol) → the offset of the latest block starting there, in
 * an open-addressing table of int32 that holds only offsets (the positions are
 * read from the blocks): 8 to 16 bytes a block, where a Map entry took ~60
 * and 5M distinct blocks took 1.2 GB.
 */
class StartIndex {
  /** Offset + 1 of a block; 0 is an empty slot. Kept at most half full. */
  private slots = new Int32Array(8);
  private used = 0;

  get(d: Int32Array, sl: number, sc: number): number | undefined {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = hashStart(sl, sc) & mask; ; i = (i + 1) & mask) {
      const o = slots[i] - 1;
      if (o < 0) return undefined;
      if (d[o] === sl && d[o + 1] === sc) return o;
    }
  }

  set(d: Int32Array, sl: number, sc: number, offset: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.grow(d);
    if (this.place(d, sl, sc, offset)) this.used++;
  }

  /** Puts offset in the slot of its start; whether it took an empty slot. */
  private place(d: Int32Array, sl: number, sc: number, offset: number): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let i = hashStart(sl, sc) & mask; ; i = (i + 1) & mask) {
      const o = slots[i] - 1;
      if (o < 0 || (d[o] === sl && d[o + 1] === sc)) {
        slots[i] = offset + 1;
        return o < 0;
      }
    }
  }

  private grow(d: Int32Array): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (const s of old) if (s !== 0) this.place(d, d[s - 1], d[s], s - 1);
  }
}

function hashStart(sl: number, sc: number): number {
  const h = Math.imul(sl | 0, 0x9e3779b1) ^ Math.imul((sc | 0) + 0x7f4a7c15, 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Streams profile text line by line: `mode:` lines (one per concatenated
 * profile; they must agree) and `name.go:l.c,l.c stmts count` lines, parsed
 * from the end as x/tools' parseLine does so names may contain ':'.
 */
export class CoverProfileMerger {
  private mode: CoverMode | undefined;
  /** Where the mode was set: `profile:line`. */
  modeSource = '';
  /** The first profile's mode line: a later line equal to it starts a concatenated profile. */
  modeLine: Buffer | undefined;
  /** Files judged exactly, in the order they were marked. */
  private readonly exactFiles: FileAccumulator[] = [];
  /** Set by replay(): the readers feed exactLine instead of the merge. */
  replaying = false;
  private readonly files = new Map<string, FileAccumulator>();
  private last: FileAccumulator | undefined;
  private readonly sources: string[] = [];
  private linesRead = 0;
  /**
   * The raw bytes of every distinct block's line between the name and the
   * count (`:12.3,14.5 2 `): a repeated line is recognised by comparing
   * bytes with these, without parsing its numbers again.
   */
  private raw = Buffer.allocUnsafe(1 << 16);
  private rawUsed = 0;

  /** Feeds one profile's text (the whole file in tests; streamed by readCoverProfiles). */
  beginProfile(name: string): ProfileReader {
    this.sources.push(name);
    return new ProfileReader(this, this.sources.length - 1, name);
  }

  /** @internal */
  setMode(mode: string, profile: string, line: number): void {
    if (this.mode === undefined) {
      this.mode = mode as CoverMode;
      this.modeSource = `${profile}:${line}`;
    } else if (this.mode !== mode) {
      throw new CoverProfileError(
        profile,
        line,
        `mode conflict: "mode: ${mode}" here, but "mode: ${this.mode}" at ${this.modeSource}; profiles of different modes cannot be merged`
      );
    }
  }

  /** @internal The accumulator for a name given as bytes; the last one is reused without decoding. */
  fileFor(buf: Buffer, from: number, to: number): FileAccumulator {
    const last = this.last;
    if (last !== undefined) {
      const nb = last.nameBytes;
      const len = to - from;
      if (nb.length === len) {
        // Compare from the end: names of one package share their start.
        let i = len - 1;
        while (i >= 0 && nb[i] === buf[from + i]) i--;
        if (i < 0) return last;
      }
    }
    // Keyed by the bytes (latin1 maps each byte to one char): two names that
    // are not valid UTF-8 stay two files, and sorting the keys sorts bytes, as Go does.
    const key = buf.toString('latin1', from, to);
    let acc = this.files.get(key);
    if (acc === undefined) {
      acc = new FileAccumulator(buf.toString('utf8', from, to), Buffer.from(buf.subarray(from, to)));
      this.files.set(key, acc);
    }
    if (last !== undefined) last.successor = acc;
    // A file seen again starts a new test binary's copy: expect its first block.
    this.startSection(acc);
    this.last = acc;
    return acc;
  }

  /** A run of the file's lines starts: its first block is expected next. */
  private startSection(acc: FileAccumulator): void {
    acc.next = 0;
    acc.sections++;
    const blocks = acc.length / STRIDE;
    if (acc.sections >= ZERO_AFTER_SECTIONS && acc.zeroBlocks !== blocks && acc.zeroBuilds < ZERO_MAX_BUILDS) this.buildZeros(acc, blocks);
  }

  /** Writes the file's zero-count template (see FileAccumulator.zeros) from its blocks' raw text. */
  private buildZeros(acc: FileAccumulator, blocks: number): void {
    acc.zeroBuilds++;
    const d = acc.data;
    const name = acc.nameBytes;
    const raw = this.raw;
    let size = 0;
    for (let at = 0; at < acc.length; at += STRIDE) {
      if (d[at + RAW_LEN] === NO_RAW) return; // a block added without its text cannot be written back
      size += name.length + d[at + RAW_LEN] + 2;
    }
    const z = Buffer.allocUnsafe(size);
    const segments = new Int32Array(Math.ceil(blocks / ZERO_SEGMENT) + 1);
    let o = 0;
    for (let b = 0, at = 0; b < blocks; b++, at += STRIDE) {
      if ((b & (ZERO_SEGMENT - 1)) === 0) segments[b >> ZERO_SEGMENT_SHIFT] = o;
      for (let k = 0; k < name.length; k++) z[o++] = name[k];
      for (let r = d[at + RAW_AT], e = r + d[at + RAW_LEN]; r < e; r++) z[o++] = raw[r];
      z[o++] = Ch.Zero;
      z[o++] = Ch.LF;
    }
    segments[segments.length - 1] = o;
    acc.zeros = z;
    acc.zeroSegments = segments;
    acc.zeroBlocks = blocks;
  }

  /** @internal */
  addBlock(fileName: string, sl: number, sc: number, el: number, ec: number, n: number, c: number, source: number, line: number): void {
    const bytes = Buffer.from(fileName, 'utf8');
    this.addBlockTo(this.fileFor(bytes, 0, bytes.length), sl, sc, el, ec, n, c, source, line);
  }

  /** Lines merged by the last mergeRepeatedLines call. */
  mergedLines = 0;

  /**
   * @internal The fast path for lines that repeat, byte for byte up to their
   * counts, the blocks expected next in the last file (-coverpkg's copies):
   * such a line parses to that block's extents and statements, so only its
   * count is read, and the scan for its end doubles as the newline search.
   * Merges as many consecutive such lines from `from` as there are (one call
   * for a run of lines keeps the file's state in registers) and returns where
   * the first line it could not merge starts: that line takes the full parse
   * (other text, a sign, junk, or no newline before `limit`).
   */
  mergeRepeatedLines(s: Buffer, from: number, limit: number): number {
    let acc = this.last;
    let pos = this.mergeRun(acc, s, from, limit);
    let merged = this.runLines;
    // When the file's expected blocks stop matching, the line may open the
    // file that followed it last time (the next package of a -coverpkg copy):
    // try that file from its first block, as fileFor would, without a parse.
    while (acc !== undefined && pos < limit) {
      const next = acc.successor;
      if (next === undefined || next === acc || !startsWith(s, pos, limit, next.nameBytes)) break;
      const resume = next.next;
      const sections = next.sections;
      this.startSection(next);
      const nextPos = this.mergeRun(next, s, pos, limit);
      if (this.runLines === 0) {
        // Not that file after all: the full parse decides.
        next.next = resume;
        next.sections = sections;
        break;
      }
      this.last = next;
      merged += this.runLines;
      pos = nextPos;
      acc = next;
    }
    this.mergedLines = merged;
    return pos;
  }

  /** Lines merged by the last mergeRun call. */
  private runLines = 0;

  /** mergeRepeatedLines for one file, from the block it expects next. */
  private mergeRun(acc: FileAccumulator | undefined, s: Buffer, from: number, limit: number): number {
    this.runLines = 0;
    if (acc === undefined) return from;
    const d = acc.data;
    const counts = acc.counts;
    const length = acc.length;
    const name = acc.nameBytes;
    const nameLen = name.length;
    const raw = this.raw;
    const set = this.mode === 'set';
    let at = acc.next;
    // The block index of `at`, kept alongside so segment arithmetic stays in small integers (no division).
    let block = (at / STRIDE) | 0;
    let pos = from;
    let merged = 0;
    const zeros = acc.zeros;
    const segments = acc.zeroSegments!;
    const zeroBlocks = acc.zeroBlocks;
    lines: while (at < length) {
      if (zeros !== undefined && block < zeroBlocks && (block & (ZERO_SEGMENT - 1)) === 0) {
        // A whole segment of lines that all read count 0: nothing to add.
        const seg = block >> ZERO_SEGMENT_SHIFT;
        const a = segments[seg];
        const len = segments[seg + 1] - a;
        if (pos + len <= limit && s.compare(zeros, a, a + len, pos, pos + len) === 0) {
          const lines = zeroBlocks - block < ZERO_SEGMENT ? zeroBlocks - block : ZERO_SEGMENT;
          pos += len;
          block += lines;
          at += lines * STRIDE;
          merged += lines;
          continue;
        }
      }
      const rawLen = d[at + RAW_LEN];
      let i = pos + nameLen + rawLen;
      if (i >= limit) break;
      for (let k = 0; k < nameLen; k++) if (s[pos + k] !== name[k]) break lines;
      for (let k = 0, r = d[at + RAW_AT], p = pos + nameLen; k < rawLen; k++) if (s[p + k] !== raw[r + k]) break lines;
      const digitsFrom = i;
      let c = 0;
      let ch = 0;
      for (; i < limit; i++) {
        ch = s[i];
        if (ch < Ch.Zero || ch > Ch.Nine) break;
        c = c * 10 + (ch - Ch.Zero);
      }
      // bufio.Scanner drops one \r before the \n.
      const eol = i >= limit ? -1 : ch === Ch.LF ? i : ch === Ch.CR && i + 1 < limit && s[i + 1] === Ch.LF ? i + 1 : -1;
      if (eol < 0 || i === digitsFrom || i - digitsFrom > 15 || eol - pos > MAX_LINE_BYTES) break;
      const sum = set ? orCounts(counts[block], c) : counts[block] + c;
      if (sum > SAFE) break; // past exact doubles: the full path marks the file
      counts[block] = sum;
      at += STRIDE;
      block++;
      pos = eol + 1;
      merged++;
    }
    acc.next = at;
    this.linesRead += merged;
    this.runLines = merged;
    return pos;
  }

  /** @internal Keeps a new block's raw text (name end to count start) for mergeRepeatedLine. */
  private keepRaw(acc: FileAccumulator, offset: number, s: Buffer | undefined, rawFrom: number, rawTo: number): void {
    const d = acc.data;
    if (s === undefined) {
      d[offset + RAW_AT] = 0;
      d[offset + RAW_LEN] = NO_RAW; // never matches: blocks added without their text
      return;
    }
    const len = rawTo - rawFrom;
    if (this.rawUsed + len > this.raw.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.raw.length * 2, this.rawUsed + len));
      this.raw.copy(grown, 0, 0, this.rawUsed);
      this.raw = grown;
    }
    // A byte loop: Buffer.copy's per-call cost is a microsecond, far more than copying these ~15 bytes.
    const raw = this.raw;
    for (let i = rawFrom, o = this.rawUsed; i < rawTo; i++, o++) raw[o] = s[i];
    d[offset + RAW_AT] = this.rawUsed;
    d[offset + RAW_LEN] = len;
    this.rawUsed += len;
  }

  /** @internal */
  addBlockTo(
    acc: FileAccumulator,
    sl: number,
    sc: number,
    el: number,
    ec: number,
    n: number,
    c: number,
    source: number,
    line: number,
    text?: Buffer,
    rawFrom = 0,
    rawTo = 0
  ): void {
    this.linesRead++;
    // Past int32 (extents, statements) or exact doubles (counts): x/tools' own merge decides this file.
    if (sl > INT32_MAX || sc > INT32_MAX || el > INT32_MAX || ec > INT32_MAX || n > INT32_MAX || c > SAFE) {
      this.markExact(acc, true);
      sl = Math.min(sl, INT32_MAX);
      sc = Math.min(sc, INT32_MAX);
      el = Math.min(el, INT32_MAX);
      ec = Math.min(ec, INT32_MAX);
      n = Math.min(n, INT32_MAX);
    }
    const d = acc.data;
    let at: number | undefined = acc.next;
    if (!(at < acc.length && d[at] === sl && d[at + 1] === sc && d[at + 2] === el && d[at + 3] === ec)) {
      at = acc.byStart.get(d, sl, sc);
      while (at !== undefined && !(d[at] === sl && d[at + 1] === sc && d[at + 2] === el && d[at + 3] === ec)) at = d[at + 8] < 0 ? undefined : d[at + 8];
    }
    if (at !== undefined) {
      if (d[at + 4] !== n) {
        // x/tools reports it after reading every line, and not at all when
        // its sort parts the two blocks (only possible in an exact file).
        acc.conflict ??= new CoverProfileError(
          this.sources[source],
          line,
          `inconsistent NumStmt for ${acc.fileName}:${sl}.${sc},${el}.${ec}: changed from ${d[at + 4]} (${this.sources[d[at + 6]]}:${d[at + 7]}) to ${n}`
        );
        this.markExact(acc, false);
      } else {
        // x/tools: set mode ORs the counts, count and atomic add them.
        const k = at / STRIDE;
        const sum = this.mode === 'set' ? orCounts(acc.counts[k], c) : acc.counts[k] + c;
        if (sum > SAFE) this.markExact(acc, true);
        acc.counts[k] = sum;
      }
      acc.next = at + STRIDE;
      return;
    }
    const offset = acc.length;
    const sameStart = acc.byStart.get(d, sl, sc);
    for (let o = sameStart; o !== undefined && o >= 0; o = d[o + 8]) {
      if (d[o] === sl && d[o + 1] === sc) {
        this.markExact(acc, true);
        break;
      }
    }
    const dd = acc.reserve();
    dd[offset] = sl;
    dd[offset + 1] = sc;
    dd[offset + 2] = el;
    dd[offset + 3] = ec;
    dd[offset + 4] = n;
    dd[offset + 6] = source;
    dd[offset + 7] = line;
    dd[offset + 8] = sameStart ?? -1;
    acc.counts[offset / STRIDE] = c;
    this.keepRaw(acc, offset, text, rawFrom, rawTo);
    acc.byStart.set(dd, sl, sc, offset);
    acc.next = offset + STRIDE;
  }

  /**
   * Marks a file whose merge x/tools' own algorithm must decide. `certain`:
   * the exact pass is needed whatever follows (a NumStmt conflict alone is
   * not: it is an error unless something else sends the file there).
   */
  private markExact(acc: FileAccumulator, certain: boolean): void {
    if (certain && !acc.needsExact) {
      acc.needsExact = true;
      this.exactFiles.push(acc);
    }
  }

  /** Whether the inputs must be fed again (after replay()) before finish(). */
  needsReplay(): boolean {
    return this.exactFiles.length > 0 && !this.replaying;
  }

  /**
   * Starts the second pass over the same inputs, in the same order: only the
   * lines of the files marked for the exact merge are kept, with exact values.
   */
  replay(): void {
    this.replaying = true;
    for (const acc of this.exactFiles) acc.exact = new ExactLines();
    this.sources.length = 0;
  }

  /** @internal A block line during replay (already checked in the first pass). */
  exactLine(s: Buffer, from: number, to: number, source: number, line: number): void {
    const sp2 = s.lastIndexOf(Ch.Space, to - 1);
    const sp1 = s.lastIndexOf(Ch.Space, sp2 - 1);
    const dot2 = s.lastIndexOf(Ch.Dot, sp1 - 1);
    const comma = s.lastIndexOf(Ch.Comma, dot2 - 1);
    const dot1 = s.lastIndexOf(Ch.Dot, comma - 1);
    const colon = s.lastIndexOf(Ch.Colon, dot1 - 1);
    const acc = this.files.get(s.toString('latin1', from, colon));
    if (acc === undefined || acc.exact === undefined) return;
    const big = (a: number, b: number) => BigInt(s.toString('latin1', s[a] === Ch.Plus ? a + 1 : a, b));
    acc.exact.push(big(colon + 1, dot1), big(dot1 + 1, comma), big(comma + 1, dot2), big(dot2 + 1, sp1), big(sp1 + 1, sp2), big(sp2 + 1, to), source, line);
  }

  /** Sorts and merges every file's blocks; throws on a NumStmt conflict naming both places. */
  finish(): CoverProfile {
    if (this.mode === undefined) {
      throw new CoverProfileError(this.sources[0] ?? '(no profile)', 1, 'empty profile: no "mode:" line');
    }
    if (this.needsReplay()) throw new Error('CoverProfileMerger.finish: the profiles must be fed again after replay() (needsReplay)');
    for (const acc of this.files.values()) if (acc.conflict && !acc.needsExact) throw acc.conflict;
    // The raw text and the zero templates are for reading only.
    this.raw = Buffer.alloc(0);
    const keys = [...this.files.keys()].sort(compareStrings);
    const files: FileProfile[] = [];
    let covered = 0;
    let total = 0;
    for (const key of keys) {
      const acc = this.files.get(key)!;
      // Each file's accumulator is dropped as soon as its blocks are built, so
      // the two forms of a large profile are not held at once.
      this.files.delete(key);
      const blocks = acc.exact ? this.exactBlocks(acc) : fastBlocks(acc);
      for (const b of blocks) {
        total += b.numStmt;
        if (b.count > 0) covered += b.numStmt;
      }
      if (total > SAFE || covered > SAFE) {
        throw new CoverProfileError(
          this.sources[0],
          1,
          `the profiles count more than 2^53 statements (at ${acc.fileName}): no Go test writes such numbers, and the gate does not compute with inexact ones`
        );
      }
      files.push({ fileName: acc.fileName, blocks });
    }
    return { mode: this.mode, files, sources: [...this.sources], linesRead: this.linesRead };
  }

  /** The blocks of a file merged exactly as x/tools merges them. */
  private exactBlocks(acc: FileAccumulator): ProfileBlock[] {
    const merged = xtoolsMerge(acc.exact!, this.mode!);
    if (!Array.isArray(merged)) {
      const b = merged.block;
      throw new CoverProfileError(
        this.sources[merged.source],
        merged.line,
        `inconsistent NumStmt for ${acc.fileName}:${b.sl}.${b.sc},${b.el}.${b.ec}: changed from ${merged.from} to ${merged.to}`
      );
    }
    // Numbers above 2^53 become the nearest double: they still compare with
    // real line numbers the same way, and a count keeps its sign, which is
    // all that covers a block (x/tools: Count > 0, after Go's wrapping sum).
    return merged.map(b => ({
      startLine: Number(b.sl),
      startCol: Number(b.sc),
      endLine: Number(b.el),
      endCol: Number(b.ec),
      numStmt: Number(b.n),
      count: Number(b.count)
    }));
  }
}

/** A file's distinct blocks from the fast merge, sorted by extent. */
function fastBlocks(acc: FileAccumulator): ProfileBlock[] {
  const d = acc.data;
  const counts = acc.counts;
  const count = acc.length / STRIDE;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i * STRIDE;
  order.sort((x, y) => d[x] - d[y] || d[x + 1] - d[y + 1] || d[x + 2] - d[y + 2] || d[x + 3] - d[y + 3]);
  const blocks: ProfileBlock[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const o = order[k];
    // A count that fits in int32 is stored as one (a small integer in the
    // object, where a float64 read would box it: 16 more bytes a block).
    const c = counts[o / STRIDE];
    blocks[k] = { startLine: d[o], startCol: d[o + 1], endLine: d[o + 2], endCol: d[o + 3], numStmt: d[o + 4], count: c <= INT32_MAX ? c | 0 : c };
  }
  return blocks;
}

/**
 * x/tools' set-mode merge, `Count |= count`, on counts up to 2^53: JavaScript's
 * `|` works on 32 bits, so larger counts are ORed in two halves (go test
 * writes 0 or 1 in set mode, but a hand-made profile may hold anything).
 */
export function orCounts(a: number, b: number): number {
  if (a === 0 || a === b) return b;
  if (b === 0) return a;
  if (a < 0x80000000 && b < 0x80000000) return a | b;
  const high = (Math.floor(a / 0x100000000) | Math.floor(b / 0x100000000)) >>> 0;
  return high * 0x100000000 + (((a >>> 0) | (b >>> 0)) >>> 0);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether s[pos, limit) starts with the bytes of `prefix`. */
function startsWith(s: Buffer, pos: number, limit: number, prefix: Buffer): boolean {
  if (pos + prefix.length > limit) return false;
  for (let k = 0; k < prefix.length; k++) if (s[pos + k] !== prefix[k]) return false;
  return true;
}

const enum Ch {
  Space = 32,
  Comma = 44,
  Dot = 46,
  Colon = 58,
  Zero = 48,
  Nine = 57,
  Minus = 45,
  Plus = 43,
  CR = 13,
  LF = 10
}

const FIELDS: { sep: number; what: string }[] = [
  { sep: Ch.Space, what: 'Count' },
  { sep: Ch.Space, what: 'NumStmt' },
  { sep: Ch.Dot, what: 'EndCol' },
  { sep: Ch.Comma, what: 'EndLine' },
  { sep: Ch.Dot, what: 'StartCol' },
  { sep: Ch.Colon, what: 'StartLine' }
];

/**
 * Reads one profile incrementally from bytes (no per-line strings: a name is
 * decoded only when it differs from the previous line's); call push() or
 * pushBytes() with chunks and end() once.
 */
export class ProfileReader {
  private carry: Buffer | undefined;
  private line = 0;
  private sawMode = false;
  private readonly values = new Array<number>(6);

  constructor(
    private readonly merger: CoverProfileMerger,
    private readonly index: number,
    private readonly name: string
  ) {}

  push(text: string | Buffer): void {
    this.pushBytes(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  }

  /** Parses every complete line of the chunk, keeping an unfinished last line for the next one. */
  pushBytes(chunk: Buffer): void {
    let buf = chunk;
    if (this.carry !== undefined) {
      buf = Buffer.concat([this.carry, chunk]);
      this.carry = undefined;
    }
    const rest = this.parseLines(buf, 0, buf.length);
    if (rest < buf.length) this.carry = Buffer.from(buf.subarray(rest));
  }

  /** Parses the complete lines of buf[from, to); returns where the unfinished last line starts. */
  parseLines(buf: Buffer, from: number, to: number): number {
    let start = from;
    const merger = this.merger;
    for (;;) {
      if (this.sawMode && !merger.replaying) {
        start = merger.mergeRepeatedLines(buf, start, to);
        this.line += merger.mergedLines;
      }
      const nl = buf.indexOf(10, start);
      if (nl < 0 || nl >= to) {
        // bufio.Scanner gives up on a line once it fills 64 KiB: so does this
        // reader, before holding any more of it.
        if (to - start > MAX_LINE_BYTES) this.tooLong(buf, start, to, this.line + 1);
        return start;
      }
      this.parse(buf, start, nl);
      start = nl + 1;
    }
  }

  end(): void {
    if (this.carry !== undefined) {
      const rest = this.carry;
      this.carry = undefined;
      this.parse(rest, 0, rest.length);
    }
    if (!this.sawMode) throw new CoverProfileError(this.name, 1, 'empty profile: no "mode:" line');
  }

  private tooLong(s: Buffer, from: number, to: number, line: number): never {
    this.line = line;
    this.fail(
      s,
      from,
      Math.min(to, from + 200),
      `the line is longer than ${MAX_LINE_BYTES} bytes, the most go tool cover reads (bufio.Scanner: token too long)`,
      false
    );
  }

  private parse(s: Buffer, from: number, to: number): void {
    this.line++;
    if (to - from > MAX_LINE_BYTES) this.tooLong(s, from, to, this.line);
    // bufio.Scanner's ScanLines drops one trailing \r.
    if (to > from && s[to - 1] === Ch.CR) to--;
    const merger = this.merger;
    if (!this.sawMode) {
      // The first line is the mode line (x/tools: "mode: " and anything after it).
      const text = s.toString('utf8', from, to);
      if (!text.startsWith('mode: ') || text === 'mode: ') {
        throw new CoverProfileError(
          this.name,
          this.line,
          `bad mode line ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text)}: a profile starts with "mode: set", "mode: count" or "mode: atomic"`
        );
      }
      merger.setMode(text.slice(6), this.name, this.line);
      merger.modeLine ??= Buffer.from(s.subarray(from, to));
      this.sawMode = true;
      return;
    }
    // A later line equal to the mode line starts the next of concatenated
    // profiles (`cat a.out b.out`): a deliberate difference from x/tools, which
    // rejects it (see the coverage-gate README).
    const ml = merger.modeLine!;
    if (to - from === ml.length && s[from] === ml[0] && s.compare(ml, 0, ml.length, from, to) === 0) return;
    if (merger.replaying) {
      merger.exactLine(s, from, to, this.index, this.line);
      return;
    }
    let end = to;
    let countSpace = to;
    const v = this.values;
    for (let f = 0; f < 6; f++) {
      const sep = FIELDS[f].sep;
      let i = end - 1;
      let n = 0;
      let scale = 1;
      // Digits are read from the end; anything else takes the exact reading.
      for (; i >= from; i--) {
        const c = s[i];
        if (c === sep) break;
        if (c >= Ch.Zero && c <= Ch.Nine && scale <= 1e15) {
          n += (c - Ch.Zero) * scale;
          scale *= 10;
          continue;
        }
        let j = i;
        while (j >= from && s[j] !== sep) j--;
        if (j < from) this.fail(s, from, to, `couldn't find a ${String.fromCharCode(sep)} before ${FIELDS[f].what}`);
        n = this.number(s, j + 1, end, FIELDS[f].what, from, to);
        i = j;
        break;
      }
      if (i < from) this.fail(s, from, to, `couldn't find a ${String.fromCharCode(sep)} before ${FIELDS[f].what}`);
      if (i + 1 === end) this.fail(s, from, to, `couldn't parse ${FIELDS[f].what}: empty`);
      v[f] = n;
      end = i;
      if (f === 0) countSpace = i;
    }
    if (end === from) this.fail(s, from, to, 'a FileName cannot be blank');
    merger.addBlockTo(merger.fileFor(s, from, end), v[5], v[4], v[3], v[2], v[1], v[0], this.index, this.line, s, end, countSpace + 1);
  }

  /**
   * A field that is not plain short digits, read as strconv.Atoi reads it:
   * an optional sign, decimal digits, within int64; then x/tools refuses a
   * negative value (-0 is 0, and fine). Above 2^53 the value is the nearest
   * double, and the merger judges that block's file exactly.
   */
  private number(s: Buffer, a: number, b: number, what: string, from: number, to: number): number {
    const text = s.toString('latin1', a, b);
    const m = /^([+-]?)0*(\d*)$/.exec(text);
    if (m === null || text === '+' || text === '-' || text === '') {
      this.fail(s, from, to, `couldn't parse ${what}: ${JSON.stringify(s.toString('utf8', a, b))} is not a number`);
    }
    const digits = m[2];
    if (digits.length > 19 || (digits.length === 19 && digits > INT64_MAX && !(m[1] === '-' && digits === '9223372036854775808'))) {
      this.fail(s, from, to, `${what} ${text} is too large (above 2^63 - 1, strconv.Atoi's range)`);
    }
    if (m[1] === '-' && digits !== '') this.fail(s, from, to, `negative values are not allowed for ${what}, found ${text}`);
    return digits === '' ? 0 : Number(digits);
  }

  private fail(s: Buffer, from: number, to: number, why: string, mayBeMode = true): never {
    const text = s.toString('utf8', from, Math.min(to, from + 400));
    const shown = text.length > 200 ? `${text.slice(0, 200)}...` : text;
    const mode = this.merger.modeLine;
    // A mode line that does not repeat the first one (x/tools: just a line it cannot parse).
    if (mayBeMode && mode !== undefined && to - from > 6 && s.toString('latin1', from, from + 6) === 'mode: ') {
      throw new CoverProfileError(
        this.name,
        this.line,
        `mode conflict: ${JSON.stringify(shown)} here, but ${JSON.stringify(mode.toString('utf8'))} at ${this.merger.modeSource}; concatenated profiles must have the same mode line`
      );
    }
    throw new CoverProfileError(
      this.name,
      this.line,
      `line ${JSON.stringify(shown)} doesn't match the coverprofile format name.go:line.col,line.col statements count: ${why}`
    );
  }
}

/**
 * Reads and merges coverprofiles (several shards, concatenated files with
 * repeated `mode:` lines, CRLF) as golang.org/x/tools/cover does, streaming
 * each file. Errors name the profile file and line.
 */
export async function readCoverProfiles(files: string[]): Promise<CoverProfile> {
  if (files.length === 0) throw new ProjectError('No coverage profile to read.');
  const merger = new CoverProfileMerger();
  readFilesInto(merger, files);
  // A file x/tools would merge differently (rare: see markExact) is read again, those lines kept exactly.
  if (merger.needsReplay()) {
    merger.replay();
    readFilesInto(merger, files);
  }
  return merger.finish();
}

function readFilesInto(merger: CoverProfileMerger, files: string[]): void {
  // Synchronous reads into one reused buffer: the profile is the only work
  // in flight, and thread-pool round trips per chunk cost more than they hide
  // (measured: reading while parsing on the pool was slower). Half a megabyte
  // stays in the CPU cache from read to parse; 8 MB chunks read 50% slower.
  let buf = Buffer.allocUnsafe(512 << 10);
  for (const file of files) {
    const reader = merger.beginProfile(file);
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      let filled = 0;
      for (;;) {
        if (filled === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]); // a line longer than the buffer
        const n = readSync(fd, buf, filled, buf.length - filled, null);
        if (n === 0) break;
        const end = filled + n;
        const rest = reader.parseLines(buf, 0, end);
        buf.copyWithin(0, rest, end);
        filled = end - rest;
      }
      if (filled > 0) reader.pushBytes(Buffer.from(buf.subarray(0, filled)));
    } catch (err) {
      if (err instanceof CoverProfileError) throw err;
      throw new ProjectError(`Cannot read the coverage profile ${file}: ${(err as Error).message}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    reader.end();
  }
}

/** Parses profile texts held in memory (tests, covdata output): name → text or bytes. */
export function parseCoverProfiles(texts: { name: string; text: string | Buffer }[]): CoverProfile {
  const merger = new CoverProfileMerger();
  const feed = () => {
    for (const { name, text } of texts) {
      const r = merger.beginProfile(name);
      r.push(text);
      r.end();
    }
  };
  feed();
  if (merger.needsReplay()) {
    merger.replay();
    feed();
  }
  return merger.finish();
}

/** Every block counts: what `go test -cover` and `go tool covdata percent` count. */
export function statementTotals(p: CoverProfile): { covered: number; total: number } {
  let covered = 0;
  let total = 0;
  for (const f of p.files) {
    for (const b of f.blocks) {
      total += b.numStmt;
      if (b.count > 0) covered += b.numStmt;
    }
  }
  return { covered, total };
}
