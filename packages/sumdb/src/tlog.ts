import * as crypto from 'node:crypto';

/**
 * The transparency log behind Go's checksum database (golang.org/x/mod/sumdb/tlog):
 * RFC 6962 Merkle hashing, the tree-head text, tile coordinates and paths,
 * and inclusion / consistency checks computed from hashes read out of tiles.
 * Tree sizes are plain numbers: exact up to 2^53 records.
 */

export const TILE_HEIGHT = 8;
const TILE_WIDTH = 2 ** TILE_HEIGHT;
export const HASH_SIZE = 32;

export class TlogError extends Error {}

export interface Tree {
  size: number;
  /** Root hash (32 bytes). */
  hash: Buffer;
}

type OneShotHash = (algorithm: string, data: Buffer | string, outputEncoding: 'buffer') => Buffer;
// crypto.hash (Node >= 20.12) hashes a buffer in one call: a proof pass makes thousands of
// 65-byte hashes, and a Hash object per hash costs several times the hashing itself.
// Strings are hashed as UTF-8 either way.
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;
const sha256: (data: Buffer | string) => Buffer =
  typeof oneShot === 'function' ? data => oneShot('sha256', data, 'buffer') : data => crypto.createHash('sha256').update(data).digest();

export function recordHash(data: Buffer | string): Buffer {
  // A leading NUL is one zero byte in UTF-8, so this is SHA-256(0x00 ‖ data).
  return sha256(typeof data === 'string' ? `\u0000${data}` : Buffer.concat([Buffer.alloc(1), data]));
}

// nodeHash is synchronous, so one scratch buffer serves every call.
const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeInput[0] = 1;

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_SIZE);
  return sha256(nodeInput);
}

const EMPTY_TREE_HASH = crypto.createHash('sha256').digest();

/** `go.sum database tree\n<N>\n<base64 hash>\n` (tlog.FormatTree). */
export function formatTree(tree: Tree): string {
  return `go.sum database tree\n${tree.size}\n${tree.hash.toString('base64')}\n`;
}

/** Parses a tree-head note text; extra lines after the hash are allowed (tlog.ParseTree). */
export function parseTree(text: string): Tree {
  const lines = text.split('\n');
  if (lines[0] !== 'go.sum database tree' || lines.length < 4 || !text.endsWith('\n')) throw new TlogError('malformed tree note');
  if (!/^(0|[1-9][0-9]*)$/.test(lines[1])) throw new TlogError('malformed tree note: bad size');
  const size = Number(lines[1]);
  const hash = Buffer.from(lines[2], 'base64');
  if (!Number.isSafeInteger(size) || hash.length !== HASH_SIZE || hash.toString('base64') !== lines[2]) throw new TlogError('malformed tree note: bad hash');
  return { size, hash };
}

/** A tile: level L (-1 for the data tile), index N, width W (hashes or records held). */
export interface Tile {
  level: number;
  index: number;
  width: number;
}

/** `tile/8/<L|data>/<N as x001/x234/067>[.p/<W>]` (tlog.Tile.Path). */
export function tilePath(t: Tile): string {
  let n = t.index;
  let nStr = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    nStr = `x${String(n % 1000).padStart(3, '0')}/${nStr}`;
  }
  const partial = t.width !== TILE_WIDTH ? `.p/${t.width}` : '';
  return `tile/${TILE_HEIGHT}/${t.level === -1 ? 'data' : t.level}/${nStr}${partial}`;
}

/** Inverse of tilePath; undefined when the path is not a well-formed tile path of height 8. */
export function parseTilePath(p: string): Tile | undefined {
  const m = /^tile\/(\d+)\/(data|\d+)\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d+))?$/.exec(p);
  if (!m || Number(m[1]) !== TILE_HEIGHT) return undefined;
  const index = m[3].split('/').reduce((acc, part) => acc * 1000 + Number(part.replace(/^x/, '')), 0);
  const width = m[4] === undefined ? TILE_WIDTH : Number(m[4]);
  if (width < 1 || width > TILE_WIDTH || (m[4] !== undefined && width === TILE_WIDTH)) return undefined;
  const level = m[2] === 'data' ? -1 : Number(m[2]);
  const t = { level, index, width };
  return tilePath(t) === p ? t : undefined;
}

/** Width of tile (level, index) in a tree of `size` records (0 when it does not exist yet). */
export function tileWidth(size: number, level: number, index: number): number {
  const stored = Math.floor(size / TILE_WIDTH ** Math.max(level, 0));
  return Math.max(0, Math.min(TILE_WIDTH, stored - index * TILE_WIDTH));
}

/** Reads tiles of one tree size; the implementation fetches, caches and checks their length. */
export type TileFetcher = (tile: Tile) => Promise<Buffer>;

/**
 * Hashes of complete subtrees kept from an earlier run, by level (the subtree spans 2^level
 * leaves) and index (it starts at leaf index·2^level): the nodes beside the kept records'
 * audit paths and the subtrees the kept tree's size splits into (TileHashReader.proofNodes).
 * Like every hash read from a tile they are untrusted input: a proof that uses them holds
 * only if the root it leads to is the signed one.
 */
export type KeptNodes = (level: number, index: number) => Buffer | undefined;

export interface TileReaderOptions {
  /** Kept subtree hashes, read before any tile. */
  kept?: KeptNodes;
  /** The tiles already held (never fetches): what proofNodes reads. */
  held?: TileFetcher;
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n >= 1 && 2 ** Math.round(Math.log2(n)) === n;
}

/** RFC 6962 MTH of the hashes at positions [lo, hi) of a buffer of concatenated hashes. */
function mthOfHashes(hashes: Buffer, lo: number, hi: number): Buffer {
  if (hi - lo === 1) return hashes.subarray(lo * HASH_SIZE, (lo + 1) * HASH_SIZE);
  const mid = lo + largestPowerOfTwoBelow(hi - lo);
  return nodeHash(mthOfHashes(hashes, lo, mid), mthOfHashes(hashes, mid, hi));
}

/** A record to prove included: its leaf index and its text. */
export interface RecordAtIndex {
  index: number;
  data: Buffer | string;
}

interface Leaf {
  index: number;
  hash: Buffer;
}

// Stands in for hashes while tiles are still missing: such a pass only finds out which tiles to fetch.
const PLACEHOLDER = Buffer.alloc(HASH_SIZE);

/**
 * Proofs over one tree size from the hashes stored in tiles. Every check is
 * a synchronous computation over tiles already read: a pass that meets a
 * missing tile notes it and stops hashing, the missing tiles are fetched
 * together, and the pass runs again. Each subtree is hashed once per reader,
 * so proving many records costs about one hash per tree node they touch.
 */
export class TileHashReader {
  constructor(
    readonly size: number,
    private readonly fetch: TileFetcher,
    private readonly opts: TileReaderOptions = {}
  ) {}

  /** Tile data by tile level, then tile index. */
  private readonly tiles: Map<number, Buffer>[] = [];
  private readonly failedTiles = new Map<string, unknown>();
  /** Tiles the current pass needed and did not have (a pass is synchronous, so one set serves all). */
  private readonly missing = new Map<string, Tile>();
  /** Subtree hashes by level, then index. */
  private readonly subtrees: Map<number, Buffer>[] = [];
  private readonly ranges = new Map<string, Buffer>();
  /** While proofNodes runs: the subtree hashes read beside the paths, and tiles come only from `held`. */
  private collected?: Map<string, Buffer>;
  /** While proofNodes runs: the leaf hashes of the records it collects for, by index. */
  private recordLeaves?: Map<number, Buffer>;

  private get planning(): boolean {
    return this.missing.size > 0;
  }

  private combine(left: Buffer, right: Buffer): Buffer {
    return this.planning ? PLACEHOLDER : nodeHash(left, right);
  }

  /** Runs a pass until it needs no tile it does not have; tile failures surface as the pass's error. */
  private async settle<T>(pass: () => T): Promise<T> {
    for (;;) {
      this.missing.clear();
      const result = pass();
      if (this.missing.size === 0) return result;
      const need = [...this.missing.entries()];
      this.missing.clear();
      await Promise.all(need.map(([key, tile]) => this.load(key, tile)));
    }
  }

  private async load(key: string, tile: Tile): Promise<void> {
    if (this.tiles[tile.level]?.has(tile.index) || this.failedTiles.has(key)) return;
    try {
      const fetch = this.collected ? this.opts.held : this.fetch;
      if (!fetch) throw new TlogError(`${tilePath(tile)} is not held`);
      const data = await fetch(tile);
      if (data.length !== tile.width * HASH_SIZE) throw new TlogError(`${tilePath(tile)}: expected ${tile.width * HASH_SIZE} bytes, got ${data.length}`);
      (this.tiles[tile.level] ??= new Map()).set(tile.index, data);
    } catch (err) {
      // Remembered for this reader: the records whose proofs need the tile fail at once, the others go on.
      this.failedTiles.set(key, err);
    }
  }

  /** The hash stored at `index` of tile level `tileLevel` (a subtree of 2^(8·tileLevel) leaves). */
  private storedHash(tileLevel: number, index: number): Buffer {
    const tileIndex = Math.floor(index / TILE_WIDTH);
    const offset = index - tileIndex * TILE_WIDTH;
    if (offset >= tileWidth(this.size, tileLevel, tileIndex))
      throw new TlogError(`subtree ${tileLevel * TILE_HEIGHT}/${index} is not complete in a tree of ${this.size}`);
    const data = this.tileData(tileLevel, tileIndex);
    return data ? data.subarray(offset * HASH_SIZE, (offset + 1) * HASH_SIZE) : PLACEHOLDER;
  }

  /** A tile's data; undefined (and noted as missing) when not read yet; a failed read throws its error. */
  private tileData(tileLevel: number, tileIndex: number): Buffer | undefined {
    const data = this.tiles[tileLevel]?.get(tileIndex);
    if (data) return data;
    const key = `${tileLevel}/${tileIndex}`;
    if (this.failedTiles.has(key)) throw this.failedTiles.get(key);
    this.missing.set(key, { level: tileLevel, index: tileIndex, width: tileWidth(this.size, tileLevel, tileIndex) });
    return undefined;
  }

  /** Hash of the complete subtree of 2^level leaves starting at leaf index·2^level. */
  private subtree(level: number, index: number): Buffer {
    const memo = (this.subtrees[level] ??= new Map());
    const known = memo.get(index);
    if (known) return known;
    const kept = this.opts.kept?.(level, index) ?? (level === 0 ? this.recordLeaves?.get(index) : undefined);
    if (kept) return kept;
    const hash =
      level % TILE_HEIGHT === 0 && !(this.collected && level > 0 && this.failedTiles.has(`${level / TILE_HEIGHT}/${Math.floor(index / TILE_WIDTH)}`))
        ? this.storedHash(level / TILE_HEIGHT, index)
        : this.combine(this.subtree(level - 1, 2 * index), this.subtree(level - 1, 2 * index + 1));
    if (!this.planning) memo.set(index, hash);
    return hash;
  }

  /** A subtree hash a later proof will read (see proofNodes). */
  private note(level: number, index: number, hash: Buffer): Buffer {
    if (this.collected && !this.planning) this.collected.set(`${level}/${index}`, hash);
    return hash;
  }

  /** RFC 6962 MTH of leaves [lo, hi) from stored complete subtrees. */
  private range(lo: number, hi: number): Buffer {
    const n = hi - lo;
    if (isPowerOfTwo(n) && lo % n === 0) {
      const level = Math.round(Math.log2(n));
      return this.note(level, lo / n, this.subtree(level, lo / n));
    }
    const key = `${lo}-${hi}`;
    // While collecting, every range is split again so that its pieces are noted.
    const known = this.collected ? undefined : this.ranges.get(key);
    if (known) return known;
    const k = largestPowerOfTwoBelow(n);
    const hash = this.combine(this.range(lo, lo + k), this.range(lo + k, hi));
    if (!this.planning) this.ranges.set(key, hash);
    return hash;
  }

  /**
   * MTH of [lo, hi) with leaves[a..b) (sorted, distinct indexes, all in [lo, hi))
   * taken from the records themselves, never from tiles.
   */
  private rootWithLeaves(lo: number, hi: number, leaves: readonly Leaf[], a: number, b: number): Buffer {
    if (a === b) return this.range(lo, hi);
    if (hi - lo === 1) return leaves[a].hash;
    // Inside one level-0 tile the whole range is hashed at once from the tile, unless there are
    // kept nodes (the walk down reads the records' audit paths from them) or nodes to collect.
    if (!this.opts.kept && !this.collected && Math.floor(lo / TILE_WIDTH) === Math.floor((hi - 1) / TILE_WIDTH))
      return this.leafRangeWithLeaves(lo, hi, leaves, a, b);
    const mid = lo + largestPowerOfTwoBelow(hi - lo);
    let m = a;
    while (m < b && leaves[m].index < mid) m++;
    return this.combine(this.rootWithLeaves(lo, mid, leaves, a, m), this.rootWithLeaves(mid, hi, leaves, m, b));
  }

  /**
   * MTH of [lo, hi), a range inside one level-0 tile, from the tile's leaf
   * hashes with leaves[a..b) written over their stored hashes: the records'
   * own hashes are what is proven, the rest of the tile is their audit path.
   * One pass over a copy of the tile hashes the range once for all its records.
   */
  private leafRangeWithLeaves(lo: number, hi: number, leaves: readonly Leaf[], a: number, b: number): Buffer {
    const hashes = Buffer.allocUnsafe((hi - lo) * HASH_SIZE);
    if (b - a < hi - lo) {
      // Some positions are not records being proven: they come from the tile.
      const tileIndex = Math.floor(lo / TILE_WIDTH);
      const data = this.tileData(0, tileIndex);
      if (!data) return PLACEHOLDER;
      const base = tileIndex * TILE_WIDTH;
      data.copy(hashes, 0, (lo - base) * HASH_SIZE, (hi - base) * HASH_SIZE);
    }
    if (this.planning) return PLACEHOLDER;
    for (let i = a; i < b; i++) leaves[i].hash.copy(hashes, (leaves[i].index - lo) * HASH_SIZE);
    return mthOfHashes(hashes, 0, hi - lo);
  }

  /** Hash of the complete subtree of 2^level leaves starting at leaf index·2^level, from tiles. */
  subtreeHash(level: number, index: number): Promise<Buffer> {
    return this.settle(() => this.subtree(level, index));
  }

  /** RFC 6962 MTH of leaves [lo, hi) from stored complete subtrees. */
  rangeHash(lo: number, hi: number): Promise<Buffer> {
    return this.settle(() => this.range(lo, hi));
  }

  /** The root hash of this tree size, from tiles. */
  treeHash(): Promise<Buffer> {
    if (this.size === 0) return Promise.resolve(Buffer.from(EMPTY_TREE_HASH));
    return this.rangeHash(0, this.size);
  }

  /**
   * Proves that record `index` with the given data is in this tree: its audit
   * path read from tiles must lead to the signed root hash.
   */
  async verifyInclusion(root: Buffer, index: number, data: Buffer | string): Promise<void> {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size) throw new TlogError(`record ${index} is outside the tree of ${this.size}`);
    const leaf = [{ index, hash: recordHash(data) }];
    const computed = await this.settle(() => this.rootWithLeaves(0, this.size, leaf, 0, 1));
    if (!computed.equals(root)) throw new TlogError(`inclusion proof for record ${index} does not lead to the signed tree hash`);
  }

  /**
   * Proves many records included at once: the root is rebuilt with every
   * record's own leaf hash in place of the stored one, so a match proves each
   * of them (the same argument as one audit path per record, sharing the
   * nodes the paths have in common). When the batch does not match, or a tile
   * cannot be read, each record is proven alone to say which ones fail.
   * Returns the error for each record (undefined when it is proven included).
   */
  async verifyInclusions(root: Buffer, records: readonly RecordAtIndex[]): Promise<(Error | undefined)[]> {
    const results: (Error | undefined)[] = records.map(r =>
      Number.isSafeInteger(r.index) && r.index >= 0 && r.index < this.size ? undefined : new TlogError(`record ${r.index} is outside the tree of ${this.size}`)
    );
    const inRange = records.map((r, at) => ({ at, index: r.index, data: r.data })).filter(r => !results[r.at]);
    const leaves = inRange.map(r => ({ index: r.index, hash: recordHash(r.data) })).sort((x, y) => x.index - y.index);
    // Two different records claiming one index cannot both be right: only one-by-one proofs can say which.
    let batchable = true;
    const distinct: Leaf[] = [];
    for (const leaf of leaves) {
      const last = distinct[distinct.length - 1];
      if (last && last.index === leaf.index) batchable &&= last.hash.equals(leaf.hash);
      else distinct.push(leaf);
    }
    if (batchable && distinct.length > 0) {
      try {
        const computed = await this.settle(() => this.rootWithLeaves(0, this.size, distinct, 0, distinct.length));
        if (computed.equals(root)) return results;
      } catch {
        // A tile could not be read: the one-by-one proofs below say which records it affects.
      }
    }
    await Promise.all(
      inRange.map(async r => {
        try {
          await this.verifyInclusion(root, r.index, r.data);
        } catch (err) {
          results[r.at] = err instanceof Error ? err : new Error(String(err));
        }
      })
    );
    return results;
  }

  /**
   * Proves that `older` is a prefix of this tree (whose signed root is `root`):
   * the older tree's hash is rebuilt from its complete subtrees, and this
   * tree's hash from those same subtrees plus hashes of later leaves only.
   */
  async verifyConsistency(older: Tree, root: Buffer): Promise<void> {
    if (older.size > this.size) throw new TlogError(`tree of ${older.size} cannot be a prefix of a tree of ${this.size}`);
    if (older.size === this.size) {
      if (!older.hash.equals(root)) throw new TlogError(`two different hashes for tree size ${this.size}`);
      return;
    }
    if (older.size === 0) return;
    const { oldRoot, newRoot } = await this.settle(() => this.consistencyRoots(older.size));
    if (!oldRoot.equals(older.hash)) throw new TlogError(`the log's hashes for its first ${older.size} records do not match the earlier tree head`);
    if (!newRoot.equals(root)) throw new TlogError(`tree of ${this.size} is not an extension of the earlier tree of ${older.size}`);
  }

  /** Both roots from the older tree's complete subtrees (the pieces) and later subtrees only. */
  private consistencyRoots(olderSize: number): { oldRoot: Buffer; newRoot: Buffer } {
    // Keyed by the leaf each starts at.
    const pieces = new Map(TileHashReader.pieces(olderSize).map(([level, index]) => [index * 2 ** level, this.subtree(level, index)]));
    const starts = [...pieces.keys()];
    let oldRoot = pieces.get(starts[starts.length - 1])!;
    for (let i = starts.length - 2; i >= 0; i--) oldRoot = this.combine(pieces.get(starts[i])!, oldRoot);
    const mth = (a: number, b: number): Buffer => {
      if (b <= olderSize) {
        const piece = pieces.get(a);
        if (!piece) throw new TlogError(`internal: no old subtree at ${a}`);
        return piece;
      }
      const n = b - a;
      const aligned = isPowerOfTwo(n) && a % n === 0;
      if (a >= olderSize && aligned) return this.subtree(Math.round(Math.log2(n)), a / n);
      const k = largestPowerOfTwoBelow(n);
      const hash = this.combine(mth(a, a + k), mth(a + k, b));
      // A complete subtree across the older size: kept, so proofNodes finds it without its tile.
      if (aligned && !this.planning) (this.subtrees[Math.round(Math.log2(n))] ??= new Map()).set(a / n, hash);
      return hash;
    };
    return { oldRoot, newRoot: mth(0, this.size) };
  }

  /** The complete subtrees a tree of `size` leaves splits into, left to right: [level, index]. */
  private static pieces(size: number): [number, number][] {
    const out: [number, number][] = [];
    let lo = 0;
    for (let bit = 2 ** Math.floor(Math.log2(size)); bit >= 1 && lo < size; bit /= 2) {
      if (Math.floor(size / bit) % 2 === 1) {
        out.push([Math.round(Math.log2(bit)), lo / bit]);
        lo += bit;
      }
    }
    return out;
  }

  /**
   * The subtree hashes a later run needs to prove `records` included in this tree, and this
   * tree a prefix of a later one, without any tile: for each record the complete subtrees
   * beside its path (its audit path, the right edge as the complete subtrees it is made of,
   * about 26 nodes for sum.golang.org, many shared between records),
   * and the complete subtrees this tree's size splits into. Computed from what this reader and
   * the `held` tiles have (nothing is fetched); a record whose path needs a tile not held is
   * left out, and a later run fetches that tile. Keys are `level/index` (see KeptNodes).
   */
  async proofNodes(records: readonly RecordAtIndex[]): Promise<Map<string, Buffer>> {
    const nodes = new Map<string, Buffer>();
    if (this.size === 0) return nodes;
    const leaves = new Map<number, Buffer>();
    for (const r of records) if (Number.isSafeInteger(r.index) && r.index >= 0 && r.index < this.size) leaves.set(r.index, recordHash(r.data));
    this.collected = nodes;
    this.recordLeaves = leaves;
    // A pass that meets a tile not held fails, and the next computes that stored hash from the level
    // below instead (an audit that proved records in a batch never read the roots of their tiles,
    // nor a level-0 tile made only of records); it gives up when a pass fails on nothing new.
    const collect = async (pass: () => unknown): Promise<void> => {
      for (let known = -1; known !== this.failedTiles.size;) {
        known = this.failedTiles.size;
        try {
          await this.settle(pass);
          return;
        } catch {
          // failedTiles says which tile.
        }
      }
    };
    try {
      await collect(() => {
        for (const [level, index] of TileHashReader.pieces(this.size)) this.note(level, index, this.subtree(level, index));
      });
      // Each record's whole audit path, nodes over other records included: a proof of one record
      // alone (what verifyInclusions falls back to when a batch does not match) needs no tile either.
      for (const [index, hash] of leaves) await collect(() => this.rootWithLeaves(0, this.size, [{ index, hash }], 0, 1));
    } finally {
      this.collected = undefined;
      this.recordLeaves = undefined;
    }
    return nodes;
  }
}

/** Hashes level-0 tiles for a server: stored hashes of complete subtrees at levels 0, 8, 16... */
export function buildStoredLevels(leafHashes: readonly Buffer[]): Buffer[][] {
  const levels: Buffer[][] = [leafHashes.slice()];
  for (;;) {
    const below = levels[levels.length - 1];
    if (below.length < TILE_WIDTH) break;
    const next: Buffer[] = [];
    for (let i = 0; i + TILE_WIDTH <= below.length; i += TILE_WIDTH) {
      let hs = below.slice(i, i + TILE_WIDTH);
      while (hs.length > 1) {
        const up: Buffer[] = [];
        for (let j = 0; j < hs.length; j += 2) up.push(nodeHash(hs[j], hs[j + 1]));
        hs = up;
      }
      next.push(hs[0]);
    }
    levels.push(next);
  }
  return levels;
}

/** RFC 6962 MTH over leaf hashes (for servers and tests; clients use TileHashReader). */
export function merkleRoot(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return Buffer.from(EMPTY_TREE_HASH);
  if (leafHashes.length === 1) return leafHashes[0];
  const k = largestPowerOfTwoBelow(leafHashes.length);
  return nodeHash(merkleRoot(leafHashes.slice(0, k)), merkleRoot(leafHashes.slice(k)));
}
