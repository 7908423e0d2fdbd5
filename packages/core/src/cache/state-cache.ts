import { createHash } from 'node:crypto';
import { mkdirSync, promises as fs, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../errors.js';
import { httpExchange } from '../net/http-exchange.js';
import type { Logger } from '../util/log.js';
import { compareText } from '../util/compare-text.js';

/**
 * Small state a gate keeps between runs (a coverage baseline, a verified
 * checksum-database tree head). Restoring and saving never throw: a missing,
 * unreachable or failing store is a warning, and the gate goes on without it.
 */
export interface StateCache {
  /** Where the state lives, for the summary ("actions cache", "directory .gcg-state"). */
  readonly description: string;
  /**
   * Restores the entry for `key` (or the newest matching one of `restoreKeys`,
   * by prefix) into `dir`. Returns the key restored, or undefined on a miss.
   */
  restore(key: string, restoreKeys: readonly string[], dir: string): Promise<string | undefined>;
  /** Saves every file in `dir` under `key`. Returns false when it could not. */
  save(key: string, dir: string): Promise<boolean>;
}

/**
 * A state bundle: the header line, a JSON line listing each file's path and size, then the
 * files' bytes one after another. It was JSON with each file in base64 (the first format, still
 * read): for sumdb's ~0.8 MB of tiles, decoding that took 30-45 ms of a warm
 * mod-review run's CPU, where slicing the bytes takes none.
 */
const BUNDLE_HEADER = 'go-ci-gates state 2\n';
/**
 * The Actions-cache version of every entry, kept from the first format: a gate reads bundles of
 * both, so an upgrade loses no kept state (coverage-gate's baselines among it). A gate older than
 * format 2 that meets one warns and goes on without it, as with any unreadable entry.
 */
const CACHE_NAMESPACE = 'go-ci-gates-state-1';
type JsonBundle = { files: Record<string, string> };

// Packing and unpacking use synchronous file calls on purpose: a state holds a few small files, and
// each asynchronous call is a thread-pool round trip plus an event-loop turn. While go keeps both
// cores busy that is about 2 ms a call: restoring 97 files took 0.7 s in mod-review's warm bench
// run, against a few ms done synchronously.
async function packDir(dir: string): Promise<Buffer> {
  const files: [string, number][] = [];
  const bodies: Buffer[] = [];
  function walk(d: string, rel: string): void {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else if (e.isFile()) {
        const body = readFileSync(path.join(d, e.name));
        files.push([r, body.length]);
        bodies.push(body);
      }
    }
  }
  walk(dir, '');
  return Buffer.concat([Buffer.from(`${BUNDLE_HEADER}${JSON.stringify({ files })}\n`), ...bodies]);
}

/** The files of a bundle (either format); throws when it is not one, before anything is written. */
function bundleFiles(data: Buffer): [string, Buffer][] {
  const notBundle = new Error('cache entry is not a go-ci-gates state bundle');
  const header = Buffer.from(BUNDLE_HEADER);
  if (data.subarray(0, header.length).equals(header)) {
    const eol = data.indexOf(10, header.length);
    if (eol < 0) throw notBundle;
    let index: { files?: unknown };
    try {
      index = JSON.parse(data.subarray(header.length, eol).toString('utf8'));
    } catch {
      throw notBundle;
    }
    if (!index || !Array.isArray(index.files)) throw notBundle;
    const out: [string, Buffer][] = [];
    let at = eol + 1;
    for (const entry of index.files as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isSafeInteger(entry[1]) || entry[1] < 0 || at + entry[1] > data.length)
        throw notBundle;
      out.push([entry[0], data.subarray(at, at + entry[1])]);
      at += entry[1];
    }
    if (at !== data.length) throw notBundle;
    return out;
  }
  // The first format, written by an earlier version.
  let bundle: JsonBundle;
  try {
    bundle = JSON.parse(data.toString('utf8')) as JsonBundle;
  } catch {
    throw notBundle;
  }
  if (!bundle || typeof bundle.files !== 'object' || bundle.files === null) throw notBundle;
  return Object.entries(bundle.files).map(([rel, b64]) => {
    if (typeof b64 !== 'string') throw notBundle;
    return [rel, Buffer.from(b64, 'base64')];
  });
}

async function unpackInto(data: Buffer, dir: string): Promise<void> {
  const files = bundleFiles(data);
  const root = path.resolve(dir);
  const targets = new Set<string>();
  for (const [rel] of files) {
    const target = path.resolve(root, rel);
    if (!target.startsWith(root + path.sep) || rel.includes('\0')) throw new Error(`cache entry has an unsafe path: ${rel}`);
    if (targets.has(target)) throw new Error(`cache entry names a file twice: ${rel}`);
    targets.add(target);
  }
  // What this restore wrote, removed again when a later file cannot be written (a path that is also
  // another's directory, a full disk): a restore is whole or leaves nothing.
  const written: string[] = [];
  const madeDirs: string[] = [];
  const made = new Set<string>();
  try {
    for (const [rel, body] of files) {
      const target = path.resolve(root, rel);
      const parent = path.dirname(target);
      if (!made.has(parent)) {
        const first = mkdirSync(parent, { recursive: true });
        if (first) madeDirs.push(first);
        made.add(parent);
      }
      // A new file only (the restore directory is new): never through a link, never over another's file.
      writeFileSync(target, body, { flag: 'wx' });
      written.push(target);
    }
  } catch (err) {
    for (const f of written) rmSync(f, { force: true });
    for (const d of madeDirs.reverse()) rmSync(d, { recursive: true, force: true });
    throw err;
  }
}

/** A directory on disk as the store (for users without the Actions cache, the CLI and tests). */
export class DirectoryStateCache implements StateCache {
  readonly description: string;
  constructor(
    private readonly root: string,
    private readonly log: Logger
  ) {
    this.description = `directory ${root}`;
  }

  private file(key: string): string {
    return path.join(this.root, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async restore(key: string, restoreKeys: readonly string[], dir: string): Promise<string | undefined> {
    try {
      const index = await this.index();
      const hit = [key, ...restoreKeys].map(k => (k === key ? (index[k] ? k : undefined) : newestWithPrefix(index, k))).find(Boolean);
      if (!hit) return undefined;
      await unpackInto(await fs.readFile(this.file(hit)), dir);
      return hit;
    } catch (err) {
      this.log.warning(`Could not restore state from ${this.description}: ${errorMessage(err)}`);
      return undefined;
    }
  }

  async save(key: string, dir: string): Promise<boolean> {
    try {
      await fs.mkdir(this.root, { recursive: true });
      await fs.writeFile(this.file(key), await packDir(dir));
      const index = await this.index();
      index[key] = Object.keys(index).length + 1;
      await fs.writeFile(path.join(this.root, 'index.json'), JSON.stringify(index, null, 2));
      return true;
    } catch (err) {
      this.log.warning(`Could not save state to ${this.description}: ${errorMessage(err)}`);
      return false;
    }
  }

  private async index(): Promise<Record<string, number>> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.root, 'index.json'), 'utf8')) as Record<string, number>;
    } catch {
      return {};
    }
  }
}

function newestWithPrefix(index: Record<string, number>, prefix: string): string | undefined {
  return Object.entries(index)
    .filter(([k]) => k.startsWith(prefix))
    .sort((a, b) => b[1] - a[1])[0]?.[0];
}

const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

export interface ActionsCacheOptions {
  /** ACTIONS_RESULTS_URL */
  resultsUrl: string;
  /** ACTIONS_RUNTIME_TOKEN */
  token: string;
  log: Logger;
  /** Attempts per request for 5xx, 429 and network errors (default 3). */
  attempts?: number;
  timeoutMs?: number;
  /** Base backoff in ms (default 500; tests use less). */
  backoffMs?: number;
  /** Namespaces the entries (changes when the bundle format changes). */
  version?: string;
}

/**
 * The GitHub Actions cache service (v2: twirp JSON calls to the results
 * service, blobs through the signed URLs it returns). We speak it directly
 * rather than through @actions/cache: our state is a few small files (no
 * tar/zstd needed), and the library reports service outages as `::error`
 * annotations, where a gate's missing state is only worth a warning.
 */
export class ActionsStateCache implements StateCache {
  readonly description = 'the GitHub Actions cache';
  private readonly version: string;

  constructor(private readonly opts: ActionsCacheOptions) {
    this.version = createHash('sha256')
      .update(`${CACHE_NAMESPACE}|${opts.version ?? ''}`)
      .digest('hex');
  }

  async restore(key: string, restoreKeys: readonly string[], dir: string): Promise<string | undefined> {
    try {
      const res = await this.twirp<{ ok?: boolean; signed_download_url?: string; signedDownloadUrl?: string; matched_key?: string; matchedKey?: string }>(
        'GetCacheEntryDownloadURL',
        { key, restore_keys: restoreKeys, version: this.version }
      );
      const url = res.signed_download_url ?? res.signedDownloadUrl;
      if (!res.ok || !url) return undefined;
      const blob = await this.http('GET', url);
      await unpackInto(blob, dir);
      return res.matched_key ?? res.matchedKey ?? key;
    } catch (err) {
      this.opts.log.warning(`Could not restore state from ${this.description}: ${errorMessage(err)}`);
      return undefined;
    }
  }

  async save(key: string, dir: string): Promise<boolean> {
    try {
      const data = await packDir(dir);
      const created = await this.twirp<{ ok?: boolean; signed_upload_url?: string; signedUploadUrl?: string; message?: string }>('CreateCacheEntry', {
        key,
        version: this.version
      });
      const url = created.signed_upload_url ?? created.signedUploadUrl;
      if (!created.ok || !url) {
        // The service refuses a key that already exists (entries are immutable): not an error.
        this.opts.log.info(`State not saved to ${this.description}: ${created.message || 'entry exists or the cache is read-only'}`);
        return false;
      }
      await this.http('PUT', url, data, { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2023-11-03', 'content-type': 'application/octet-stream' });
      const fin = await this.twirp<{ ok?: boolean; message?: string }>('FinalizeCacheEntryUpload', {
        key,
        size_bytes: String(data.length),
        version: this.version
      });
      if (!fin.ok) throw new Error(`finalize refused${fin.message ? `: ${fin.message}` : ''}`);
      return true;
    } catch (err) {
      this.opts.log.warning(`Could not save state to ${this.description}: ${errorMessage(err)}`);
      return false;
    }
  }

  private async twirp<T>(method: string, body: unknown): Promise<T> {
    const url = new URL(`twirp/${CACHE_SERVICE}/${method}`, this.opts.resultsUrl.endsWith('/') ? this.opts.resultsUrl : `${this.opts.resultsUrl}/`);
    const data = await this.http('POST', url.href, Buffer.from(JSON.stringify(body)), {
      'content-type': 'application/json',
      authorization: `Bearer ${this.opts.token}`
    });
    return serviceJson<T>(data, `the cache service (${method})`);
  }

  private http(method: string, url: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Buffer> {
    return httpWithRetries(this.opts, method, url, body, headers);
  }
}

class NonRetryable extends Error {}

/**
 * A cache service's JSON answer. A proxy's sign-in page or a wrong
 * ACTIONS_RESULTS_URL/ACTIONS_CACHE_URL answers with HTML, and JSON.parse would
 * say only "Unexpected token '<'": say what came back and what to check.
 */
function serviceJson<T>(data: Buffer, what: string): T {
  const text = data.toString('utf8');
  try {
    return JSON.parse(text) as T;
  } catch {
    const start = text.trim().replace(/\s+/g, ' ');
    throw new Error(
      `${what} answered with something that is not JSON (it starts ${JSON.stringify(start.length > 60 ? start.slice(0, 60) + '…' : start)}); check that the runner's cache service URL (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL) is the cache service and that no proxy answers in its place`
    );
  }
}

/** One HTTP exchange with retries on 5xx, 429 and network errors; other 4xx fail at once. */
async function httpWithRetries(
  opts: { attempts?: number; timeoutMs?: number; backoffMs?: number },
  method: string,
  url: string,
  body?: Buffer,
  headers: Record<string, string> = {},
  accept: (status: number) => boolean = () => false
): Promise<Buffer> {
  const attempts = opts.attempts ?? 3;
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const buf = await httpExchange(method, url, { body, headers, timeoutMs: opts.timeoutMs ?? 30_000 });
      if ((buf.status >= 200 && buf.status < 300) || accept(buf.status)) return buf;
      const what = `${method} ${new URL(url).pathname} answered ${buf.status}${buf.length ? `: ${buf.toString('utf8').slice(0, 200)}` : ''}`;
      if (buf.status < 500 && buf.status !== 429) throw new NonRetryable(what);
      last = new Error(what);
    } catch (err) {
      if (err instanceof NonRetryable) throw err;
      last = err;
    }
    if (attempt < attempts) await new Promise(r => setTimeout(r, (opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
  }
  throw last instanceof Error ? new Error(`${last.message} (after ${attempts} attempts)`) : last;
}

export interface ActionsCacheV1Options extends Omit<ActionsCacheOptions, 'resultsUrl'> {
  /** ACTIONS_CACHE_URL */
  cacheUrl: string;
}

/**
 * The v1 cache service (`_apis/artifactcache`), which GitHub Enterprise
 * Server and act's built-in cache server speak: look up by keys, reserve,
 * upload the bytes with PATCH and a Content-Range, commit with the size.
 * Same entries, keys and immutability as v2.
 */
export class ActionsStateCacheV1 implements StateCache {
  readonly description = 'the GitHub Actions cache';
  private readonly version: string;

  constructor(private readonly opts: ActionsCacheV1Options) {
    this.version = createHash('sha256')
      .update(`${CACHE_NAMESPACE}|${opts.version ?? ''}`)
      .digest('hex');
  }

  async restore(key: string, restoreKeys: readonly string[], dir: string): Promise<string | undefined> {
    try {
      const keys = [key, ...restoreKeys];
      // The service takes the keys comma-separated: a comma inside one would split it.
      if (keys.some(k => k.includes(','))) throw new Error('a cache key may not contain a comma');
      const url = this.url(`cache?keys=${encodeURIComponent(keys.join(','))}&version=${this.version}`);
      const res = await this.request('GET', url, undefined, {}, status => status === 204);
      if ((res as Buffer & { status?: number }).status === 204 || res.length === 0) return undefined;
      const entry = serviceJson<{ cacheKey?: string; archiveLocation?: string }>(res, 'the cache service (GET cache)');
      if (!entry.archiveLocation) return undefined;
      await unpackInto(await httpWithRetries(this.opts, 'GET', entry.archiveLocation), dir);
      return entry.cacheKey ?? key;
    } catch (err) {
      this.opts.log.warning(`Could not restore state from ${this.description}: ${errorMessage(err)}`);
      return undefined;
    }
  }

  async save(key: string, dir: string): Promise<boolean> {
    try {
      if (key.includes(',')) throw new Error('a cache key may not contain a comma');
      const data = await packDir(dir);
      const reserved = await this.request(
        'POST',
        this.url('caches'),
        Buffer.from(JSON.stringify({ key, version: this.version, cacheSize: data.length })),
        { 'content-type': 'application/json' },
        status => status === 409 || status === 400
      );
      const status = (reserved as Buffer & { status?: number }).status;
      const cacheId = status === 409 || status === 400 ? undefined : serviceJson<{ cacheId?: number }>(reserved, 'the cache service (POST caches)').cacheId;
      if (cacheId === undefined) {
        // The service refuses a key that already exists (entries are immutable): not an error.
        this.opts.log.info(`State not saved to ${this.description}: entry ${key} exists or the cache is read-only`);
        return false;
      }
      await this.request('PATCH', this.url(`caches/${cacheId}`), data, {
        'content-type': 'application/octet-stream',
        'content-range': `bytes 0-${data.length - 1}/*`
      });
      await this.request('POST', this.url(`caches/${cacheId}`), Buffer.from(JSON.stringify({ size: data.length })), { 'content-type': 'application/json' });
      return true;
    } catch (err) {
      this.opts.log.warning(`Could not save state to ${this.description}: ${errorMessage(err)}`);
      return false;
    }
  }

  private url(rest: string): string {
    const base = this.opts.cacheUrl.endsWith('/') ? this.opts.cacheUrl : `${this.opts.cacheUrl}/`;
    return `${base}_apis/artifactcache/${rest}`;
  }

  private request(method: string, url: string, body?: Buffer, headers: Record<string, string> = {}, accept?: (status: number) => boolean): Promise<Buffer> {
    return httpWithRetries(
      this.opts,
      method,
      url,
      body,
      { accept: 'application/json;api-version=6.0-preview.1', authorization: `Bearer ${this.opts.token}`, ...headers },
      accept
    );
  }
}

/** A store that never has anything (no cache service, or the user turned it off). */
export class NoStateCache implements StateCache {
  constructor(readonly description: string) {}
  async restore(): Promise<undefined> {
    return undefined;
  }
  async save(): Promise<boolean> {
    return false;
  }
}

/**
 * The Actions cache when the runner provides it, else a store that is always
 * empty, with a warning that says why. v2 (ACTIONS_RESULTS_URL) where the
 * runner says the service is v2 (ACTIONS_CACHE_SERVICE_V2, as on github.com)
 * or offers nothing else; v1 (ACTIONS_CACHE_URL) otherwise: GitHub Enterprise
 * Server and act.
 */
export function actionsStateCache(env: NodeJS.ProcessEnv, log: Logger, version?: string): StateCache {
  const resultsUrl = env.ACTIONS_RESULTS_URL;
  const cacheUrl = env.ACTIONS_CACHE_URL;
  const token = env.ACTIONS_RUNTIME_TOKEN;
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2) || !cacheUrl;
  if (token && v2 && resultsUrl) return new ActionsStateCache({ resultsUrl, token, log, version });
  if (token && cacheUrl) return new ActionsStateCacheV1({ cacheUrl, token, log, version });
  log.warning(
    'The GitHub Actions cache service is not available here (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL, or no ACTIONS_RUNTIME_TOKEN); state is not kept between runs.'
  );
  return new NoStateCache('the Actions cache (not available here)');
}
