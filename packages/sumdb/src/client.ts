import { lstatSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileBelow } from '@go-ci-gates/core';
import { escapeModulePath, escapeModuleVersion } from '@go-ci-gates/core';
import type { BoundedFetcher } from './http.js';
import { openNote, type NoteVerifier } from './note.js';
import {
  computeInnerHashes,
  HASH_SIZE,
  innerHashCount,
  parseTree,
  TILE_HEIGHT,
  tilePath,
  TlogError,
  type Tile,
  type TileFetcher,
  type TileInnerHashes,
  type TileInnerSource,
  type Tree
} from './tlog.js';

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

/** A kept tile: its stored hashes, and its inner hashes once computed or read back (for the same width). */
interface StoredTile {
  data: Buffer;
  fromDisk: boolean;
  inner?: Buffer;
}

/**
 * Tiles by (level, index), the widest seen kept: a hash never changes once
 * stored, so a wider tile serves every narrower request. Tiles can be
 * preloaded from a directory (kept from an earlier run) and written back,
 * each with its inner hashes (see TileInnerHashes).
 */
export class TileStore {
  private readonly tiles = new Map<string, StoredTile>();
  private readonly inflight = new Map<string, Promise<Buffer>>();
  fetched = 0;
  usedFromDisk = 0;

  constructor(private readonly download: (tile: Tile) => Promise<Buffer>) {}

  private static key(t: { level: number; index: number }): string {
    return `${t.level}/${t.index}`;
  }

  readonly fetch: TileFetcher = async tile => {
    const key = TileStore.key(tile);
    const have = this.tiles.get(key);
    if (have && have.data.length >= tile.width * HASH_SIZE) {
      if (have.fromDisk) this.usedFromDisk++;
      return have.data.subarray(0, tile.width * HASH_SIZE);
    }
    const flightKey = `${key}/${tile.width}`;
    let p = this.inflight.get(flightKey);
    if (!p) {
      p = this.download(tile).then(data => {
        this.fetched++;
        if (data.length !== tile.width * HASH_SIZE)
          throw new ProtocolError(`${tilePath(tile)} is truncated: expected ${tile.width * HASH_SIZE} bytes, got ${data.length}`);
        const cur = this.tiles.get(key);
        if (!cur || cur.data.length < data.length) this.tiles.set(key, { data, fromDisk: false });
        return data;
      });
      this.inflight.set(flightKey, p);
      p.catch(() => undefined).finally(() => this.inflight.delete(flightKey));
    }
    return p;
  };

  /** Inner hashes of a kept tile, for proofs (TileHashReader); only tiles kept with them have any. */
  readonly inner: TileInnerSource = (level, index): TileInnerHashes | undefined => {
    const have = this.tiles.get(TileStore.key({ level, index }));
    return have?.inner ? { width: have.data.length / HASH_SIZE, hashes: have.inner } : undefined;
  };

  /** Forgets tiles read from disk (after a proof failed with them, to retry with fresh ones). */
  dropDiskTiles(): boolean {
    let dropped = false;
    for (const [k, v] of this.tiles) {
      if (v.fromDisk) {
        this.tiles.delete(k);
        dropped = true;
      }
    }
    return dropped;
  }

  /**
   * Reads the tiles kept in dir/tiles.bin (see TILE_FILE). A file that is not
   * that format is ignored whole: the tiles are fetched again. Tiles read here
   * are only ever used to prove records against a signed tree head, and a
   * proof that fails with them is retried with fresh ones.
   */
  async load(dir: string): Promise<number> {
    let data: Buffer;
    try {
      // Only a plain file: the state directory may be in the checkout, and a link there is not followed.
      const file = path.join(dir, TILE_FILE);
      if (!lstatSync(file).isFile()) return 0;
      data = readFileSync(file);
    } catch {
      return 0;
    }
    const kept = decodeTiles(data);
    for (const { level, index, data: hashes, inner } of kept) {
      const cur = this.tiles.get(TileStore.key({ level, index }));
      if (!cur || cur.data.length < hashes.length) this.tiles.set(TileStore.key({ level, index }), { data: hashes, fromDisk: true, inner });
    }
    return kept.length;
  }

  /**
   * Writes every tile (widest version) with its inner hashes to dir/tiles.bin, and removes the
   * tile/ tree earlier versions kept. Inner hashes are computed here for the tiles fetched this
   * run (254 hashes for a full tile, once); tiles read back keep the ones they came with.
   */
  async save(dir: string): Promise<number> {
    await fs.rm(path.join(dir, 'tile'), { recursive: true, force: true });
    const tiles = [...this.tiles].map(([key, stored]) => {
      const [level, index] = key.split('/').map(Number);
      stored.inner ??= computeInnerHashes(stored.data);
      return { level, index, data: stored.data, inner: stored.inner };
    });
    await writeFileBelow(dir, path.join(dir, TILE_FILE), encodeTiles(tiles)); // the state directory may be in the checkout: never through a link
    return tiles.length;
  }
}

/**
 * The kept hash tiles, in one file. It was a file per tile (tile/8/0/x001/234.p/5.tile), ~200 for a
 * go.sum of a hundred modules: restoring them from the Actions cache and reading them back cost
 * 60-70 ms of CPU in a warm mod-review run (mkdir and open of each), where one file costs under 2.
 * Layout: the header line, then per tile its level (1 byte), width (2 bytes), index (6 bytes,
 * big-endian), width x 32 bytes of hashes and its inner hashes (innerHashCount(width) x 32 bytes,
 * see TileInnerHashes). Format 1 had no inner hashes: proving the ~100 kept records of a warm
 * mod-review run hashed about 50,000 tile nodes (60-100 ms); with them it hashes about 3,000.
 * A format-1 file is not read (its tiles are fetched once more).
 */
export const TILE_FILE = 'tiles.bin';
const TILE_FILE_HEADER = Buffer.from('go-ci-gates sumdb tiles 2\n');
const TILE_ENTRY_HEADER = 9;
/** The highest hash-tile level at height 8 (a level-7 tile spans 2^64 records, more than a log can hold). */
const MAX_TILE_LEVEL = 7;

/** A tile as tiles.bin holds it. */
export interface KeptTile {
  level: number;
  index: number;
  /** Its stored hashes. */
  data: Buffer;
  /** Its inner hashes (computeInnerHashes of data). */
  inner: Buffer;
}

export function encodeTiles(tiles: readonly KeptTile[]): Buffer {
  const parts: Buffer[] = [TILE_FILE_HEADER];
  for (const t of tiles) {
    const head = Buffer.alloc(TILE_ENTRY_HEADER);
    head.writeUInt8(t.level, 0);
    head.writeUInt16BE(t.data.length / HASH_SIZE, 1);
    head.writeUIntBE(t.index, 3, 6);
    parts.push(head, t.data, t.inner);
  }
  return Buffer.concat(parts);
}

/** The tiles of a tiles.bin; none when any part of it is not the format (it is input: it came from a cache anyone's workflow can write). */
export function decodeTiles(data: Buffer): KeptTile[] {
  if (data.length < TILE_FILE_HEADER.length || !data.subarray(0, TILE_FILE_HEADER.length).equals(TILE_FILE_HEADER)) return [];
  const out: KeptTile[] = [];
  let at = TILE_FILE_HEADER.length;
  while (at < data.length) {
    if (data.length - at < TILE_ENTRY_HEADER) return [];
    const level = data.readUInt8(at);
    const width = data.readUInt16BE(at + 1);
    const index = data.readUIntBE(at + 3, 6);
    const hashesEnd = at + TILE_ENTRY_HEADER + width * HASH_SIZE;
    const end = hashesEnd + innerHashCount(width) * HASH_SIZE;
    if (level > MAX_TILE_LEVEL || width < 1 || width > 2 ** TILE_HEIGHT || end > data.length) return [];
    out.push({ level, index, data: data.subarray(at + TILE_ENTRY_HEADER, hashesEnd), inner: data.subarray(hashesEnd, end) });
    at = end;
  }
  return out;
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
