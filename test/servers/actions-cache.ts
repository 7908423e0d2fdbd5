import type { ServerResponse } from 'node:http';
import { HttpTestServer, sendJson, type RecordedRequest } from './http-test-server.js';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService';

interface Entry {
  key: string;
  version: string;
  data?: Buffer;
  finalized: boolean;
  seq: number;
}

/**
 * The GitHub Actions cache service (v2) on 127.0.0.1: twirp JSON methods
 * CreateCacheEntry, FinalizeCacheEntryUpload and GetCacheEntryDownloadURL,
 * and a blob endpoint for the signed upload/download URLs (Azure "Put Blob"
 * shape). Entries are immutable once created, restore keys match by prefix
 * with the newest entry winning, as the real service does. Point a gate at it
 * with ACTIONS_RESULTS_URL=<url>/ and ACTIONS_RUNTIME_TOKEN=<token>.
 */
export class ActionsCacheServer extends HttpTestServer {
  readonly entries = new Map<string, Entry>();
  readonly token = 'test-runtime-token';
  private seq = 0;

  constructor() {
    super();
    this.route('POST', `${SERVICE}/CreateCacheEntry`, (req, res) => {
      if (!this.authorized(req, res)) return;
      const body = JSON.parse(req.body.toString('utf8')) as { key: string; version: string };
      const id = `${body.version}:${body.key}`;
      if (this.entries.has(id)) return sendJson(res, 200, { ok: false, message: `cache entry ${body.key} already exists` });
      this.entries.set(id, { key: body.key, version: body.version, finalized: false, seq: ++this.seq });
      sendJson(res, 200, { ok: true, signed_upload_url: `${this.url}/devstoreaccount1/cache/${encodeURIComponent(id)}?sig=upload` });
    });
    this.route('POST', `${SERVICE}/FinalizeCacheEntryUpload`, (req, res) => {
      if (!this.authorized(req, res)) return;
      const body = JSON.parse(req.body.toString('utf8')) as { key: string; version: string; size_bytes?: string; sizeBytes?: string };
      const entry = this.entries.get(`${body.version}:${body.key}`);
      if (!entry?.data) return sendJson(res, 200, { ok: false, message: 'no upload for this entry' });
      if (Number(body.size_bytes ?? body.sizeBytes) !== entry.data.length) return sendJson(res, 200, { ok: false, message: 'size mismatch' });
      entry.finalized = true;
      sendJson(res, 200, { ok: true, entry_id: String(entry.seq) });
    });
    this.route('POST', `${SERVICE}/GetCacheEntryDownloadURL`, (req, res) => {
      if (!this.authorized(req, res)) return;
      const body = JSON.parse(req.body.toString('utf8')) as { key: string; version: string; restore_keys?: string[]; restoreKeys?: string[] };
      const candidates = [...this.entries.values()].filter(e => e.finalized && e.version === body.version);
      const exact = candidates.find(e => e.key === body.key);
      const byPrefix = (prefix: string) => candidates.filter(e => e.key.startsWith(prefix)).sort((a, b) => b.seq - a.seq)[0];
      const hit = exact ?? [body.key, ...(body.restore_keys ?? body.restoreKeys ?? [])].map(byPrefix).find(Boolean);
      if (!hit) return sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
      sendJson(res, 200, {
        ok: true,
        signed_download_url: `${this.url}/devstoreaccount1/cache/${encodeURIComponent(`${hit.version}:${hit.key}`)}?sig=download`,
        matched_key: hit.key
      });
    });
    this.route('PUT', '/devstoreaccount1/cache/:id', (req, res, { id }) => {
      const entry = this.entries.get(id);
      if (!entry || entry.finalized) return sendJson(res, 404, { message: 'no such pending entry' });
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return sendJson(res, 400, { message: 'x-ms-blob-type must be BlockBlob' });
      entry.data = req.body;
      res.writeHead(201, { etag: `"${entry.seq}"` });
      res.end();
    });
    this.route('GET', '/devstoreaccount1/cache/:id', (_req, res, { id }) => {
      const entry = this.entries.get(id);
      if (!entry?.finalized || !entry.data) return sendJson(res, 404, { message: 'blob not found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.data.length });
      res.end(entry.data);
    });
  }

  /** The environment a gate needs to use this server as its cache. */
  env(): Record<string, string> {
    return { ACTIONS_RESULTS_URL: `${this.url}/`, ACTIONS_RUNTIME_TOKEN: this.token, ACTIONS_CACHE_SERVICE_V2: 'True' };
  }

  private authorized(req: RecordedRequest, res: ServerResponse): boolean {
    if (req.headers.authorization === `Bearer ${this.token}`) return true;
    sendJson(res, 401, { code: 'unauthenticated', msg: 'bad token' });
    return false;
  }
}

/**
 * The v1 cache service (`_apis/artifactcache`, as GitHub Enterprise Server and
 * act's built-in server speak it) on 127.0.0.1: GET cache?keys=&version=
 * (exact key first, then each key as a prefix, newest wins; 204 on a miss),
 * POST caches to reserve (409 when the key exists), PATCH caches/:id with a
 * Content-Range, POST caches/:id to commit with the size, and the archive
 * download. Point a gate at it with ACTIONS_CACHE_URL=<url>/ and
 * ACTIONS_RUNTIME_TOKEN=<token>.
 */
export class ActionsCacheV1Server extends HttpTestServer {
  readonly entries = new Map<number, Entry & { id: number }>();
  readonly token = 'test-runtime-token-v1';
  private seq = 0;

  constructor() {
    super();
    const API = '/_apis/artifactcache';
    this.route('GET', `${API}/cache`, (req, res) => {
      if (!this.authorized(req, res)) return;
      const keys = (req.query.get('keys') ?? '').split(',');
      const version = req.query.get('version') ?? '';
      const done = [...this.entries.values()].filter(e => e.finalized && e.version === version);
      const exact = done.find(e => e.key === keys[0]);
      const hit = exact ?? keys.map(k => done.filter(e => e.key.startsWith(k)).sort((a, b) => b.seq - a.seq)[0]).find(Boolean);
      if (!hit) {
        res.writeHead(204);
        res.end();
        return;
      }
      sendJson(res, 200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${this.url}/archive/${hit.id}` });
    });
    this.route('POST', `${API}/caches`, (req, res) => {
      if (!this.authorized(req, res)) return;
      const body = JSON.parse(req.body.toString('utf8')) as { key: string; version: string };
      if ([...this.entries.values()].some(e => e.key === body.key && e.version === body.version))
        return sendJson(res, 409, { message: `Cache already exists. Key: ${body.key}` });
      const id = ++this.seq;
      this.entries.set(id, { id, key: body.key, version: body.version, finalized: false, seq: id });
      sendJson(res, 201, { cacheId: id });
    });
    this.route('PATCH', `${API}/caches/:id`, (req, res, { id }) => {
      if (!this.authorized(req, res)) return;
      const entry = this.entries.get(Number(id));
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
      if (!entry || entry.finalized) return sendJson(res, 404, { message: 'no such reserved cache' });
      if (!range || Number(range[1]) !== (entry.data?.length ?? 0) || Number(range[2]) - Number(range[1]) + 1 !== req.body.length)
        return sendJson(res, 400, { message: 'bad Content-Range' });
      entry.data = Buffer.concat([entry.data ?? Buffer.alloc(0), req.body]);
      res.writeHead(204);
      res.end();
    });
    this.route('POST', `${API}/caches/:id`, (req, res, { id }) => {
      if (!this.authorized(req, res)) return;
      const entry = this.entries.get(Number(id));
      const { size } = JSON.parse(req.body.toString('utf8')) as { size: number };
      if (!entry?.data || entry.data.length !== size) return sendJson(res, 400, { message: 'size mismatch' });
      entry.finalized = true;
      res.writeHead(204);
      res.end();
    });
    this.route('GET', '/archive/:id', (_req, res, { id }) => {
      const entry = this.entries.get(Number(id));
      if (!entry?.finalized || !entry.data) return sendJson(res, 404, { message: 'not found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.data.length });
      res.end(entry.data);
    });
  }

  env(): Record<string, string> {
    return { ACTIONS_CACHE_URL: `${this.url}/`, ACTIONS_RUNTIME_TOKEN: this.token };
  }

  private authorized(req: RecordedRequest, res: ServerResponse): boolean {
    if (req.headers.authorization === `Bearer ${this.token}` && String(req.headers.accept ?? '').includes('api-version=6.0-preview.1')) return true;
    sendJson(res, 401, { message: 'bad token or api version' });
    return false;
  }
}
