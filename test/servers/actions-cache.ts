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
