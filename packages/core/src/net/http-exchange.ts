import * as http from 'node:http';
import * as https from 'node:https';

/** An answer's body (whole, or its start when the limit says cut) with its status. */
export type HttpAnswer = Buffer & { status: number };

/** How much of an answer is read: past `bytes`, fail the exchange or keep the start and stop reading. */
export interface AnswerLimit {
  bytes: number;
  over: 'fail' | 'cut';
}

export interface HttpExchangeOptions {
  body?: Buffer;
  headers?: Record<string, string>;
  /** Deadline for the whole exchange, from sending to the last byte of the body, redirects included. */
  timeoutMs: number;
  /** The agent for a URL's protocol (keep-alive pools); node's global agent when absent. */
  agent?: (protocol: string) => http.Agent | undefined;
  /** How much of an answer with this status is read; unbounded when absent. */
  limit?: (status: number) => AnswerLimit;
}

/**
 * Why an exchange failed, without the method and URL (callers name the URL their own way: the cache
 * client only its path, since a blob URL's query is a signature). `tooLarge` is set for a limit with
 * `over: 'fail'`.
 */
export class HttpExchangeError extends Error {
  constructor(
    message: string,
    readonly reason: string,
    readonly tooLarge?: { limit: number; what: string }
  ) {
    super(message);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const CREDENTIALS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/**
 * One HTTP exchange over node:http/https, the one every client of the project builds on (the
 * Actions-cache client, the checksum-database fetcher and its route probe). Not global fetch: in
 * Node 20 its first call loads undici, which cost 55-77 ms of wall time and about 100 ms more CPU
 * than node:http for the same first request (node /tmp/f1.mjs fetch|http, 3 runs each, 2 cores),
 * on every run of a gate that restores kept state, while go holds the cores.
 *
 * A GET follows up to 5 redirects (as fetch did), never from https to http, and sends credentials
 * only to the origin they were given for; other methods do not follow redirects. An answer cut off
 * by the connection is an error, never a short body; so is one still incomplete at the deadline.
 */
export function httpExchange(method: string, url: string, opts: HttpExchangeOptions): Promise<HttpAnswer> {
  const deadline = Date.now() + opts.timeoutMs;
  const fail = (u: URL, reason: string, tooLarge?: { limit: number; what: string }) =>
    new HttpExchangeError(`${method} ${u.pathname}: ${reason}`, reason, tooLarge);
  const once = (target: URL, redirects: number, headers: Record<string, string>): Promise<HttpAnswer> =>
    new Promise<HttpAnswer>((resolve, reject) => {
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return reject(fail(target, `not an http(s) URL (${target.protocol})`));
      let settled = false;
      const finish = (err: Error | undefined, answer?: HttpAnswer | Promise<HttpAnswer>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) {
          req.destroy();
          reject(err);
        } else resolve(answer!);
      };
      const timer = setTimeout(() => finish(fail(target, `no complete answer within ${opts.timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
      const sent: Record<string, string | number> = { ...headers };
      if (opts.body) sent['content-length'] = opts.body.length;
      const req = (target.protocol === 'https:' ? https : http).request(target, { method, headers: sent, agent: opts.agent?.(target.protocol) }, res => {
        const status = res.statusCode ?? 0;
        if (method === 'GET' && REDIRECTS.has(status) && res.headers.location) {
          res.resume();
          let next: URL;
          try {
            next = new URL(res.headers.location, target);
          } catch {
            return finish(fail(target, `redirected to ${JSON.stringify(res.headers.location.slice(0, 100))}, which is not a URL`));
          }
          if (redirects >= MAX_REDIRECTS) return finish(fail(target, `more than ${MAX_REDIRECTS} redirects`));
          if (target.protocol === 'https:' && next.protocol !== 'https:') return finish(fail(target, `redirected from https to ${next.protocol}`));
          // Credentials stay with the origin they were meant for (as fetch does): a redirect to another
          // host (a blob store, or a proxy's doing) must not carry the runner's token there.
          const kept = next.origin === target.origin ? headers : Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIALS.has(k.toLowerCase())));
          clearTimeout(timer);
          settled = true;
          resolve(once(next, redirects + 1, kept));
          return;
        }
        const limit = opts.limit?.(status) ?? { bytes: Infinity, over: 'fail' as const };
        const declared = Number(res.headers['content-length']);
        if (limit.over === 'fail' && declared > limit.bytes) {
          return finish(fail(target, 'answer too large', { limit: limit.bytes, what: `announced ${declared} bytes` }));
        }
        const chunks: Buffer[] = [];
        let received = 0;
        let cut = false;
        const done = () => finish(undefined, Object.assign(Buffer.concat(chunks), { status }));
        res.on('data', (c: Buffer) => {
          if (settled || cut) return;
          if (received + c.length > limit.bytes) {
            if (limit.over === 'fail') return finish(fail(target, 'answer too large', { limit: limit.bytes, what: `more than ${limit.bytes} bytes` }));
            chunks.push(c.subarray(0, limit.bytes - received));
            cut = true;
            res.destroy(); // the start is all that is wanted
            return done();
          }
          received += c.length;
          chunks.push(c);
        });
        res.on('end', done);
        res.on('close', () => {
          if (!res.complete) finish(fail(target, 'connection closed before the end of the answer'));
        });
        res.on('error', err => finish(fail(target, describeNetworkError(err))));
      });
      req.on('error', err => finish(fail(target, describeNetworkError(err))));
      req.end(opts.body);
    });
  let start: URL;
  try {
    start = new URL(url);
  } catch {
    return Promise.reject(new HttpExchangeError(`${method} ${url}: not a URL`, 'not a URL'));
  }
  return once(start, 0, { ...opts.headers });
}

/** A network error as a line: its code first when the message does not name it. */
export function describeNetworkError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message;
}
