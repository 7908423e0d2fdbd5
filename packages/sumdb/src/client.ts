import { lstatSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileBelow } from '@go-ci-gates/core';
import { escapeModulePath, escapeModuleVersion } from '@go-ci-gates/core';
import type { BoundedFetcher } from './http.js';
import { openNote, type NoteVerifier } from './note.js';
import { HASH_SIZE, parseTree, TILE_HEIGHT, TileHashReader, tilePath, TlogError, type KeptNodes, type Tile, type TileFetcher, type Tree } from './tlog.js';

/** The server answered something that is not the protocol (bad note, malformed record, truncated tile). */
export class ProtocolError extends Error {}

/** A signature that does not verify: a security problem, never retried away. */
export class SignatureError extends Error {}

export interface SignedTree {
  tree: Tree;
  /** The whole signed note, as served. */
  note: string;
}

export interface LookupAnswer extends SignedTree {
  /** Record id (leaf index in the log). */
  id: number;
  /** The record text as served (`M V h1:...\nM V/go.mod h1:...\n`). */
  data: string;
}

/** Opens a signed tree note with the database key. */
export function openTreeNote(note: string, verifier: NoteVerifier): SignedTree {
  let text: string;
  try {
    text = openNote(note, [verifier]).text;
  } catch (err) {
    throw new SignatureError(`tree head not signed by ${verifier.name}+${verifier.hash.toString(16).padStart(8, '0')}: ${(err as Error).message}`);
  }
  try {
    return { tree: parseTree(text), note };
  } catch (err) {
    throw new ProtocolError((err as Error).message);
  }
}

/** Parses a /lookup answer: `<id>\n<record text>\n<signed tree note>` (tlog.ParseRecord). */
export function parseLookupAnswer(body: string, verifier: NoteVerifier, verified?: Map<string, SignedTree>): LookupAnswer {
  const nl = body.indexOf('\n');
  const idText = nl < 0 ? '' : body.slice(0, nl);
  if (!/^(0|[1-9][0-9]*)$/.test(idText)) throw new ProtocolError('malformed lookup answer: no record id');
  const rest = body.slice(nl + 1);
  const blank = rest.indexOf('\n\n');
  if (blank < 0) throw new ProtocolError('malformed lookup answer: no blank line after the record');
  const data = rest.slice(0, blank + 1);
  const note = rest.slice(blank + 2);
  let signed = verified?.get(note);
  if (!signed) {
    signed = openTreeNote(note, verifier);
    verified?.set(note, signed);
  }
  const id = Number(idText);
  if (id >= signed.tree.size) throw new ProtocolError(`lookup answer: record ${id} is outside the signed tree of ${signed.tree.size}`);
  return { ...signed, id, data };
}

/** The go.sum lines of a record for module@version: `M V h1:` and `M V/go.mod h1:`. */
export function recordLines(data: string, module: string, version: string): string[] {
  const zip = `${module} ${version} `;
  const goMod = `${module} ${version}/go.mod `;
  return data.split('\n').filter(l => l.startsWith(zip) || l.startsWith(goMod));
}

/**
 * Tiles by (level, index), the widest seen kept: a hash never changes once
 * stored, so a wider tile serves every narrower request. Between runs only
 * subtree hashes are kept (see KeptNodes and NODE_FILE), not tiles.
 */
export class TileStore {
  private readonly tiles = new Map<string, Buffer>();
  private readonly inflight = new Map<string, Promise<Buffer>>();
  /** Subtree hashes read back from an earlier run, by `level/index`. */
  private kept = new Map<string, Buffer>();
  fetched = 0;
  keptRead = 0;

  constructor(private readonly download: (tile: Tile) => Promise<Buffer>) {}

  private static key(t: { level: number; index: number }): string {
    return `${t.level}/${t.index}`;
  }

  /** The tile from memory when held, else downloaded (once, however many readers ask). */
  readonly fetch: TileFetcher = async tile => {
    const have = this.held(tile);
    if (have) return have;
    const key = TileStore.key(tile);
    const flightKey = `${key}/${tile.width}`;
    let p = this.inflight.get(flightKey);
    if (!p) {
      p = this.download(tile).then(data => {
        this.fetched++;
        if (data.length !== tile.width * HASH_SIZE)
          throw new ProtocolError(`${tilePath(tile)} is truncated: expected ${tile.width * HASH_SIZE} bytes, got ${data.length}`);
        const cur = this.tiles.get(key);
        if (!cur || cur.length < data.length) this.tiles.set(key, data);
        return data;
      });
      this.inflight.set(flightKey, p);
      p.catch(() => undefined).finally(() => this.inflight.delete(flightKey));
    }
    return p;
  };

  /** A tile already in memory (for TileHashReader.proofNodes, which never fetches). */
  readonly heldTile: TileFetcher = async tile => {
    const have = this.held(tile);
    if (!have) throw new TlogError(`${tilePath(tile)} is not held`);
    return have;
  };

  private held(tile: Tile): Buffer | undefined {
    const have = this.tiles.get(TileStore.key(tile));
    return have && have.length >= tile.width * HASH_SIZE ? have.subarray(0, tile.width * HASH_SIZE) : undefined;
  }

  /** A proof reader over this store for a tree of `size`: tiles from here, kept subtree hashes first. */
  reader(size: number): TileHashReader {
    return new TileHashReader(size, this.fetch, { kept: this.keptNodes, held: this.heldTile });
  }

  /** The kept subtree hashes, for readers; undefined when none were read back. */
  get keptNodes(): KeptNodes | undefined {
    if (this.kept.size === 0) return undefined;
    const kept = this.kept;
    return (level, index) => {
      const hash = kept.get(`${level}/${index}`);
      if (hash) this.keptRead++;
      return hash;
    };
  }

  /** Forgets the kept subtree hashes (after a proof failed with them, to retry with fresh tiles). */
  dropKept(): boolean {
    const had = this.kept.size > 0;
    this.kept = new Map();
    return had;
  }

  /**
   * Reads the subtree hashes kept in dir/nodes.bin (see NODE_FILE). A file that is
   * not that format is ignored whole: the tiles are fetched again. Hashes read here
   * are only ever used to prove records against a signed tree head, and a proof
   * that fails with them is retried with fresh tiles.
   */
  async load(dir: string): Promise<number> {
    let data: Buffer;
    try {
      // Only a plain file: the state directory may be in the checkout, and a link there is not followed.
      const file = path.join(dir, NODE_FILE);
      if (!lstatSync(file).isFile()) return 0;
      data = readFileSync(file);
    } catch {
      return 0;
    }
    this.kept = decodeNodes(data);
    return this.kept.size;
  }

  /**
   * Writes `nodes` (TileHashReader.proofNodes of the state being kept) to dir/nodes.bin, and removes
   * the tiles.bin and tile/ tree that earlier versions kept.
   */
  async save(dir: string, nodes: ReadonlyMap<string, Buffer>): Promise<number> {
    await fs.rm(path.join(dir, 'tile'), { recursive: true, force: true });
    await fs.rm(path.join(dir, 'tiles.bin'), { recursive: true, force: true }); // a link is removed, not followed
    await writeFileBelow(dir, path.join(dir, NODE_FILE), encodeNodes(nodes)); // the state directory may be in the checkout: never through a link
    return nodes.size;
  }
}

/**
 * The kept subtree hashes, in one file: the header line, then per node its level (1 byte), index
 * (6 bytes, big-endian) and hash (32 bytes). Earlier versions kept whole hash tiles (tiles.bin,
 * before that a file per tile): ~200 tiles and 1.6 MB with their inner hashes for the ~50 records
 * of a warm mod-review run, where the nodes their proofs read (~26 each, many shared) are under 40 KB.
 * Restoring, reading and saving 1.6 MB cost a warm run 60-80 ms of CPU; a tiles.bin is not read
 * (its tiles are fetched once more).
 */
export const NODE_FILE = 'nodes.bin';
const NODE_FILE_HEADER = Buffer.from('go-ci-gates sumdb nodes 1\n');
const NODE_ENTRY = 7 + HASH_SIZE;
/** A subtree of 2^53 leaves would hold more records than a tree size can count. */
const MAX_NODE_LEVEL = 53;

export function encodeNodes(nodes: ReadonlyMap<string, Buffer>): Buffer {
  const out = Buffer.alloc(NODE_FILE_HEADER.length + nodes.size * NODE_ENTRY);
  NODE_FILE_HEADER.copy(out);
  let at = NODE_FILE_HEADER.length;
  for (const [key, hash] of nodes) {
    const [level, index] = key.split('/').map(Number);
    out.writeUInt8(level, at);
    out.writeUIntBE(index, at + 1, 6);
    hash.copy(out, at + 7);
    at += NODE_ENTRY;
  }
  return out;
}

/** The nodes of a nodes.bin; none when any part of it is not the format (it is input: it came from a cache anyone's workflow can write). */
export function decodeNodes(data: Buffer): Map<string, Buffer> {
  const nodes = new Map<string, Buffer>();
  if (data.length < NODE_FILE_HEADER.length || !data.subarray(0, NODE_FILE_HEADER.length).equals(NODE_FILE_HEADER)) return nodes;
  if ((data.length - NODE_FILE_HEADER.length) % NODE_ENTRY !== 0) return nodes;
  for (let at = NODE_FILE_HEADER.length; at < data.length; at += NODE_ENTRY) {
    const level = data.readUInt8(at);
    const index = data.readUIntBE(at + 1, 6);
    if (level > MAX_NODE_LEVEL || (index + 1) * 2 ** level > 2 ** 53) return new Map();
    const key = `${level}/${index}`;
    if (nodes.has(key)) return new Map();
    nodes.set(key, data.subarray(at + 7, at + NODE_ENTRY));
  }
  return nodes;
}

/**
 * Largest answers the protocol allows. A hash tile holds at most 2^8 hashes of 32 bytes. A signed
 * tree note is three short lines and at most 100 signatures (note.Open refuses more), each a name
 * and 92 base64 characters; a lookup answer adds a record id and a record of two go.sum lines.
 * sum.golang.org's answers are under 1 KiB; 64 KiB leaves room for long module paths and many keys
 * while an endless or huge answer fails at once instead of filling memory.
 */
export const MAX_TILE_BYTES = 2 ** TILE_HEIGHT * HASH_SIZE;
export const MAX_NOTE_BYTES = 64 * 1024;
export const MAX_LOOKUP_BYTES = 64 * 1024;

/** The checksum database protocol over a base URL: /latest, /lookup/M@V, /tile/... */
export class SumdbClient {
  readonly tiles: TileStore;

  constructor(
    readonly baseUrl: string,
    readonly verifier: NoteVerifier,
    readonly http: BoundedFetcher
  ) {
    this.tiles = new TileStore(tile => this.http.get(`${this.baseUrl}/${tilePath(tile)}`, MAX_TILE_BYTES));
  }

  // Every lookup carries the same tree note while the log does not grow: verify each text once.
  private readonly notes = new Map<string, SignedTree>();

  async latest(): Promise<SignedTree> {
    const body = await this.http.get(`${this.baseUrl}/latest`, MAX_NOTE_BYTES);
    return openTreeNote(body.toString('utf8'), this.verifier);
  }

  async lookup(module: string, version: string): Promise<LookupAnswer> {
    const url = `${this.baseUrl}/lookup/${escapeModulePath(module)}@${escapeModuleVersion(version)}`;
    return parseLookupAnswer((await this.http.get(url, MAX_LOOKUP_BYTES)).toString('utf8'), this.verifier, this.notes);
  }
}

export { TlogError };
