import { createHash } from 'node:crypto';

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

export function recordHash(data: Buffer | string): Buffer {
  return createHash('sha256').update(Buffer.from([0])).update(data).digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([1])).update(left).update(right).digest();
}

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

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n >= 1 && 2 ** Math.round(Math.log2(n)) === n;
}

/** Hash of the complete subtree of 2^level leaves starting at leaf index * 2^level, from tiles. */
export class TileHashReader {
  constructor(
    readonly size: number,
    private readonly fetch: TileFetcher
  ) {}

  private readonly memo = new Map<string, Promise<Buffer>>();

  /** Memoized: many proofs share the same subtrees. */
  subtreeHash(level: number, index: number): Promise<Buffer> {
    const key = `${level}/${index}`;
    let p = this.memo.get(key);
    if (!p) {
      p = this.computeSubtreeHash(level, index);
      this.memo.set(key, p);
      p.catch(() => this.memo.delete(key));
    }
    return p;
  }

  private async computeSubtreeHash(level: number, index: number): Promise<Buffer> {
    const tileLevel = Math.floor(level / TILE_HEIGHT);
    const within = level - tileLevel * TILE_HEIGHT;
    const count = 2 ** within;
    const first = index * count;
    const tileIndex = Math.floor(first / TILE_WIDTH);
    const offset = first - tileIndex * TILE_WIDTH;
    const width = tileWidth(this.size, tileLevel, tileIndex);
    if (offset + count > width) throw new TlogError(`subtree ${level}/${index} is not complete in a tree of ${this.size}`);
    const tile = { level: tileLevel, index: tileIndex, width };
    const data = await this.fetch(tile);
    if (data.length !== width * HASH_SIZE) throw new TlogError(`${tilePath(tile)}: expected ${width * HASH_SIZE} bytes, got ${data.length}`);
    let hashes: Buffer[] = [];
    for (let i = 0; i < count; i++) hashes.push(data.subarray((offset + i) * HASH_SIZE, (offset + i + 1) * HASH_SIZE));
    while (hashes.length > 1) {
      const next: Buffer[] = [];
      for (let i = 0; i < hashes.length; i += 2) next.push(nodeHash(hashes[i], hashes[i + 1]));
      hashes = next;
    }
    return hashes[0];
  }

  /** Hash of leaves [lo, hi) where the range is a complete, aligned subtree. */
  private completeHash(lo: number, hi: number): Promise<Buffer> {
    const n = hi - lo;
    return this.subtreeHash(Math.round(Math.log2(n)), lo / n);
  }

  private readonly rangeMemo = new Map<string, Promise<Buffer>>();

  /** RFC 6962 MTH of leaves [lo, hi) from stored complete subtrees (memoized: proofs share the right edge). */
  rangeHash(lo: number, hi: number): Promise<Buffer> {
    const n = hi - lo;
    if (isPowerOfTwo(n) && lo % n === 0) return this.completeHash(lo, hi);
    const key = `${lo}-${hi}`;
    let p = this.rangeMemo.get(key);
    if (!p) {
      const k = largestPowerOfTwoBelow(n);
      p = Promise.all([this.rangeHash(lo, lo + k), this.rangeHash(lo + k, hi)]).then(([l, r]) => nodeHash(l, r));
      this.rangeMemo.set(key, p);
      p.catch(() => this.rangeMemo.delete(key));
    }
    return p;
  }

  /** The root hash of this tree size, from tiles. */
  treeHash(): Promise<Buffer> {
    if (this.size === 0) return Promise.resolve(createHash('sha256').digest());
    return this.rangeHash(0, this.size);
  }

  /** MTH of [lo, hi) where leaf `index` is replaced by the given leaf hash (never read from tiles). */
  private async rootWithLeaf(lo: number, hi: number, index: number, leaf: Buffer): Promise<Buffer> {
    if (hi - lo === 1) return leaf;
    const k = largestPowerOfTwoBelow(hi - lo);
    if (index < lo + k) return nodeHash(await this.rootWithLeaf(lo, lo + k, index, leaf), await this.rangeHash(lo + k, hi));
    return nodeHash(await this.rangeHash(lo, lo + k), await this.rootWithLeaf(lo + k, hi, index, leaf));
  }

  /**
   * Proves that record `index` with the given data is in this tree: its audit
   * path read from tiles must lead to the signed root hash.
   */
  async verifyInclusion(root: Buffer, index: number, data: Buffer | string): Promise<void> {
    if (index < 0 || index >= this.size) throw new TlogError(`record ${index} is outside the tree of ${this.size}`);
    const computed = await this.rootWithLeaf(0, this.size, index, recordHash(data));
    if (!computed.equals(root)) throw new TlogError(`inclusion proof for record ${index} does not lead to the signed tree hash`);
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
    const pieces = new Map<number, Buffer>();
    let lo = 0;
    for (let bit = 2 ** Math.floor(Math.log2(older.size)); bit >= 1; bit /= 2) {
      if (Math.floor(older.size / bit) % 2 === 1) {
        pieces.set(lo, await this.completeHash(lo, lo + bit));
        lo += bit;
      }
    }
    const starts = [...pieces.keys()];
    let oldRoot = pieces.get(starts[starts.length - 1])!;
    for (let i = starts.length - 2; i >= 0; i--) oldRoot = nodeHash(pieces.get(starts[i])!, oldRoot);
    if (!oldRoot.equals(older.hash)) throw new TlogError(`the log's hashes for its first ${older.size} records do not match the earlier tree head`);
    const mth = async (a: number, b: number): Promise<Buffer> => {
      if (b <= older.size) {
        const piece = pieces.get(a);
        if (!piece) throw new TlogError(`internal: no old subtree at ${a}`);
        return piece;
      }
      const n = b - a;
      if (a >= older.size && isPowerOfTwo(n) && a % n === 0) return this.completeHash(a, b);
      const k = largestPowerOfTwoBelow(n);
      return nodeHash(await mth(a, a + k), await mth(a + k, b));
    };
    const newRoot = await mth(0, this.size);
    if (!newRoot.equals(root)) throw new TlogError(`tree of ${this.size} is not an extension of the earlier tree of ${older.size}`);
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
  if (leafHashes.length === 0) return createHash('sha256').digest();
  if (leafHashes.length === 1) return leafHashes[0];
  const k = largestPowerOfTwoBelow(leafHashes.length);
  return nodeHash(merkleRoot(leafHashes.slice(0, k)), merkleRoot(leafHashes.slice(k)));
}
