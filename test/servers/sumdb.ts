import type { ServerResponse } from 'node:http';
import { escapeModulePath, escapeModuleVersion, hash1, hashGoMod, unescapeModulePath, type ProxyModule } from '@go-ci-gates/core';
import {
  buildStoredLevels,
  formatTree,
  generateNoteKey,
  merkleRoot,
  parseSignerKey,
  parseTilePath,
  recordHash,
  signNote,
  HASH_SIZE,
  type NoteSigner
} from '@go-ci-gates/sumdb';
import { HttpTestServer } from './http-test-server.js';

/** h1 hashes of a fixture proxy module, as the go command computes them. */
export function proxyModuleHashes(m: ProxyModule): { zip: string; mod: string } {
  const files = Object.entries(m.files).map(([name, data]) => ({ name: `${m.path}@${m.version}/${name}`, data: Buffer.from(data) }));
  return { zip: hash1(files), mod: hashGoMod(Buffer.from(m.files['go.mod'])) };
}

export interface SumdbFaults {
  /** Flip a bit of every tree-head signature. */
  badSignature?: boolean;
  /** Serve hash tiles with their last hash cut short. */
  truncateTiles?: boolean;
  /** Sign tree heads with a different key of the same name (the verifier key no longer matches). */
  wrongKey?: boolean;
}

/**
 * A Go checksum database on 127.0.0.1: a real tlog (RFC 6962, tile height 8)
 * over records `M V h1:...\nM V/go.mod h1:...\n`, signed with a generated
 * Ed25519 key, serving /latest, /lookup/M@V, /tile/8/L/N[.p/W] and
 * /tile/8/data/N. The go command accepts it with
 * GOSUMDB="<verifierKey> <url>". Faults: change a record's hash, fork the
 * log (rewrite history), break signatures, truncate tiles, plus the
 * HttpTestServer's status/delay/hang-up faults.
 */
export class SumdbTestServer extends HttpTestServer {
  readonly signerKey: string;
  readonly verifierKey: string;
  readonly protocolFaults: SumdbFaults = {};
  private readonly signer: NoteSigner;
  private readonly otherSigner: NoteSigner;
  private readonly records: string[] = [];
  private readonly ids = new Map<string, number>();
  private levels?: Buffer[][];
  /** Size of the tree as published (records added later only show after publish()). */
  private published = 0;

  constructor(readonly name = 'sumdb.gcg.test') {
    super();
    const key = generateNoteKey(name);
    this.signerKey = key.signerKey;
    this.verifierKey = key.verifierKey;
    this.signer = parseSignerKey(key.signerKey);
    const other = parseSignerKey(generateNoteKey(name).signerKey);
    // Same name and key hash as the real key, different private key: a forged signature.
    this.otherSigner = { ...other, hash: this.signer.hash };
    this.route('GET', '/latest', (_req, res) => this.send(res, this.signedTree()));
    // The same database as a GOPROXY serves it: <proxy>/sumdb/<name>/supported, /latest, /lookup, /tile.
    this.route('GET', `/sumdb/${name}/supported`, (_req, res) => this.send(res, ''));
    this.route('GET', `/sumdb/${name}/latest`, (_req, res) => this.send(res, this.signedTree()));
    this.route('GET', `/sumdb/${name}/lookup/*`, (_req, res, p) => this.lookup(res, p.rest));
    this.route('GET', `/sumdb/${name}/tile/*`, (req, res) => this.tile(res, req.path.slice(`/sumdb/${name}/`.length)));
    this.route('GET', '/lookup/*', (_req, res, p) => this.lookup(res, p.rest));
    this.route('GET', '/tile/*', (req, res) => this.tile(res, req.path.slice(1)));
  }

  /** GOSUMDB value pointing the go command (and the gate) at this server. */
  get gosumdb(): string {
    return `${this.verifierKey} ${this.url}`;
  }

  get size(): number {
    return this.published;
  }

  /** Adds a record (published at once unless `publish: false`). */
  add(module: string, version: string, zipHash: string, modHash: string, opts: { publish?: boolean } = {}): number {
    const key = `${module}@${version}`;
    if (this.ids.has(key)) throw new Error(`${key} is already in the log`);
    const id = this.records.length;
    this.records.push(`${module} ${version} ${zipHash}\n${module} ${version}/go.mod ${modHash}\n`);
    this.ids.set(key, id);
    this.levels = undefined;
    if (opts.publish !== false) this.published = this.records.length;
    return id;
  }

  addProxyModules(modules: readonly ProxyModule[]): void {
    for (const m of modules) {
      const h = proxyModuleHashes(m);
      this.add(m.path, m.version, h.zip, h.mod);
    }
  }

  /**
   * Rewrites history: the record for module@version gets new hashes in place,
   * so every tree head from it on differs from what was served before (a fork).
   */
  rewrite(module: string, version: string, zipHash: string, modHash: string): void {
    const id = this.ids.get(`${module}@${version}`);
    if (id === undefined) throw new Error(`${module}@${version} is not in the log`);
    this.records[id] = `${module} ${version} ${zipHash}\n${module} ${version}/go.mod ${modHash}\n`;
    this.levels = undefined;
  }

  private rootMemo?: { size: number; levels: Buffer[][]; hash: Buffer };

  treeHash(size = this.published): Buffer {
    const levels = this.stored();
    if (this.rootMemo?.size === size && this.rootMemo.levels === levels) return this.rootMemo.hash;
    const hash = merkleRoot(levels[0].slice(0, size));
    this.rootMemo = { size, levels, hash };
    return hash;
  }

  private stored(): Buffer[][] {
    this.levels ??= buildStoredLevels(this.records.map(r => recordHash(r)));
    return this.levels;
  }

  private noteMemo?: { key: string; note: string };

  signedTree(): string {
    const text = formatTree({ size: this.published, hash: this.treeHash() });
    const memoKey = `${text}${JSON.stringify(this.protocolFaults)}`;
    if (this.noteMemo?.key === memoKey) return this.noteMemo.note;
    let note = signNote(text, this.protocolFaults.wrongKey ? this.otherSigner : this.signer);
    if (this.protocolFaults.badSignature) {
      const lines = note.split('\n');
      const sigLine = lines.length - 2;
      const [dash, name, b64] = lines[sigLine].split(' ');
      const sig = Buffer.from(b64, 'base64');
      sig[sig.length - 1] ^= 1;
      lines[sigLine] = `${dash} ${name} ${sig.toString('base64')}`;
      note = lines.join('\n');
    }
    this.noteMemo = { key: memoKey, note };
    return note;
  }

  private send(res: ServerResponse, body: string | Buffer, status = 200): void {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body);
  }

  private lookup(res: ServerResponse, escaped: string): void {
    const at = escaped.lastIndexOf('@');
    let key: string;
    try {
      key = `${unescapeModulePath(escaped.slice(0, at))}@${unescapeModulePath(escaped.slice(at + 1))}`;
    } catch {
      return this.send(res, `invalid module path or version\n`, 400);
    }
    const id = this.ids.get(key);
    if (at < 0 || id === undefined || id >= this.published) return this.send(res, `not found: ${key}\n`, 404);
    this.send(res, `${id}\n${this.records[id]}\n${this.signedTree()}`);
  }

  private tile(res: ServerResponse, path: string): void {
    const tile = parseTilePath(path);
    if (!tile) return this.send(res, 'malformed tile path\n', 400);
    if (tile.level === -1) {
      const first = tile.index * 256;
      if (first + tile.width > this.published) return this.send(res, 'tile not found\n', 404);
      return this.send(res, this.records.slice(first, first + tile.width).join(''));
    }
    const level = this.stored()[tile.level] ?? [];
    const stored = Math.floor(this.published / 256 ** tile.level);
    const first = tile.index * 256;
    if (first + tile.width > stored || first + tile.width > level.length) return this.send(res, 'tile not found\n', 404);
    let data = Buffer.concat(level.slice(first, first + tile.width));
    if (this.protocolFaults.truncateTiles) data = data.subarray(0, data.length - HASH_SIZE / 2);
    this.send(res, data);
  }
}

export { escapeModulePath, escapeModuleVersion };
