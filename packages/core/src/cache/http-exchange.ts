import * as http from 'node:http';
import * as https from 'node:https';

/** An answer's body with its status. */
export type HttpAnswer = Buffer & { status: number };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * One HTTP exchange over node:http/https: the status and the whole body. Not global fetch: in
 * Node 20 its first call loads undici, which cost 55-77 ms of wall time and about 100 ms more CPU
 * than node:http for the same first request (node /tmp/f1.mjs fetch|http, 3 runs each, 2 cores),
 * on every run of a gate that restores kept state, while go holds the cores.
 * A GET follows redirects (as fetch did); other methods do not.
 */
export function httpExchange(method: string, url: string, opts: { body?: Buffer; headers?: Record<string, string>; timeoutMs: number }): Promise<HttpAnswer> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const once = (target: string, redirects: number): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      const u = new URL(target);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`${method} ${u.origin}: not an http(s) URL`);
      const headers: Record<string, string | number> = { ...opts.headers };
      if (opts.body) headers['content-length'] = opts.body.length;
      const req = (u.protocol === 'https:' ? https : http).request(u, { method, headers, signal }, res => {
        const status = res.statusCode ?? 0;
        if (method === 'GET' && REDIRECTS.has(status) && res.headers.location) {
          res.resume();
          if (redirects >= MAX_REDIRECTS) return reject(new Error(`GET ${u.pathname}: more than ${MAX_REDIRECTS} redirects`));
          return resolve(once(new URL(res.headers.location, u).href, redirects + 1));
        }
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Object.assign(Buffer.concat(chunks), { status })));
        res.on('error', reject);
        // A connection that drops mid-body: never a short body taken for the whole one.
        res.on('close', () => {
          if (!res.complete) reject(new Error(`${method} ${u.pathname}: the connection closed before the whole answer`));
        });
      });
      req.on('error', err => reject(err.name === 'AbortError' ? new Error(`${method} ${u.pathname}: no answer within ${opts.timeoutMs} ms`) : err));
      req.end(opts.body);
    });
  return once(url, 0);
}
