import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export type Handler = (req: RecordedRequest, res: ServerResponse, params: Record<string, string>) => void | Promise<void>;

/** A fault injected for requests whose `METHOD path` matches. */
export interface Fault {
  match: RegExp;
  /** Answer with this status (and optional body) instead of the handler. */
  status?: number;
  body?: string;
  /** Content type of that answer (default application/json). */
  contentType?: string;
  /** Wait this long before answering (or before hanging up). */
  delayMs?: number;
  /** Destroy the socket without answering. */
  hangUp?: boolean;
  /** Answer 200 with a body of this many bytes, sent as fast as the client reads; 'endless' never ends. */
  bodyBytes?: number | 'endless';
  /** With bodyBytes as a number: announce it in Content-Length (a client can refuse before reading). */
  announceLength?: boolean;
  /** Answer 200 and send one byte of body every dripMs, without end (beats any idle timeout). */
  dripMs?: number;
  /** How many matching requests the fault applies to (default: all). */
  times?: number;
}

/**
 * A real HTTP server on 127.0.0.1 for tests of gates that talk to services
 * (checksum database, GitHub REST, cache and artifact services). Routes are
 * `METHOD /path/:param` patterns (`*` matches the rest); every request is
 * recorded; faults can be injected per route pattern.
 */
export class HttpTestServer {
  readonly requests: RecordedRequest[] = [];
  /** TCP connections accepted (a client that keeps connections alive opens fewer than it sends requests). */
  connections = 0;
  private readonly routes: { method: string; re: RegExp; keys: string[]; handler: Handler }[] = [];
  private faults: Fault[] = [];
  private server?: Server;
  url = '';

  route(method: string, pattern: string, handler: Handler): this {
    const keys: string[] = [];
    const re = new RegExp(
      '^' +
        pattern
          .split('/')
          .map(seg => {
            if (seg.startsWith(':')) {
              keys.push(seg.slice(1));
              return '([^/]+)';
            }
            if (seg === '*') {
              keys.push('rest');
              return '(.*)';
            }
            return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          })
          .join('/') +
        '$'
    );
    this.routes.push({ method: method.toUpperCase(), re, keys, handler });
    return this;
  }

  inject(fault: Fault): this {
    this.faults.push({ ...fault });
    return this;
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Requests whose `METHOD path` matches. */
  count(match?: RegExp): number {
    return match ? this.requests.filter(r => match.test(`${r.method} ${r.path}`)).length : this.requests.length;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', () => this.connections++);
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks)
    };
    this.requests.push(rec);
    const key = `${rec.method} ${rec.path}`;
    const fault = this.faults.find(f => f.match.test(key) && (f.times === undefined || f.times > 0));
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.delayMs) await new Promise(r => setTimeout(r, fault.delayMs));
      if (fault.hangUp) {
        req.socket.destroy();
        return;
      }
      if (fault.dripMs) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('x'), fault.dripMs);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (fault.bodyBytes !== undefined) {
        sendLargeBody(res, fault.bodyBytes, fault.announceLength === true);
        return;
      }
      if (fault.status) {
        res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json' });
        res.end(fault.body ?? JSON.stringify({ message: `injected ${fault.status}` }));
        return;
      }
    }
    for (const r of this.routes) {
      if (r.method !== rec.method && r.method !== '*') continue;
      const m = r.re.exec(rec.path);
      if (!m) continue;
      const params = Object.fromEntries(r.keys.map((k, i) => [k, m[i + 1]]));
      try {
        await r.handler(rec, res, params);
      } catch (err) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      }
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: `no route for ${key}` }));
  }
}

/** Writes `bytes` bytes (or forever) with backpressure, so an endless body costs the server no memory. */
function sendLargeBody(res: ServerResponse, bytes: number | 'endless', announce: boolean): void {
  const headers: Record<string, string | number> = { 'content-type': 'text/plain' };
  if (announce && bytes !== 'endless') headers['content-length'] = bytes;
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let left = bytes === 'endless' ? Infinity : bytes;
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = (): void => {
    while (!closed && left > 0) {
      const c = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= c.length;
      if (!res.write(c)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
