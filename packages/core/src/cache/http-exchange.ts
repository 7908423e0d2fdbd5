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
 * A GET follows redirects (as fetch did), never from https to http, and sends credentials only to
 * the origin they were given for; other methods do not follow redirects.
 */
export function httpExchange(method: string, url: string, opts: { body?: Buffer; headers?: Record<string, string>; timeoutMs: number }): Promise<HttpAnswer> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const once = (target: string, redirects: number, given: Record<string, string>): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      const u = new URL(target);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`${method} ${u.origin}: not an http(s) URL`);
      const headers: Record<string, string> = given;
      const sent: Record<string, string | number> = { ...given };
      if (opts.body) sent['content-length'] = opts.body.length;
      const req = (u.protocol === 'https:' ? https : http).request(u, { method, headers: sent, signal }, res => {
        const status = res.statusCode ?? 0;
        if (method === 'GET' && REDIRECTS.has(status) && res.headers.location) {
          res.resume();
          try {
            if (redirects >= MAX_REDIRECTS) throw new Error(`GET ${u.pathname}: more than ${MAX_REDIRECTS} redirects`);
            const next = new URL(res.headers.location, u);
            if (u.protocol === 'https:' && next.protocol !== 'https:') throw new Error(`GET ${u.pathname}: redirected from https to ${next.protocol}`);
            // Credentials stay with the origin they were meant for (as fetch does): a redirect to another
            // host (a blob store, or a proxy's doing) must not carry the runner's token there.
            return resolve(once(next.href, redirects + 1, next.origin === u.origin ? headers : withoutCredentials(headers)));
          } catch (err) {
            return reject(err);
          }
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
  return once(url, 0, { ...opts.headers });
}

const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIALS.has(k.toLowerCase())));
}
