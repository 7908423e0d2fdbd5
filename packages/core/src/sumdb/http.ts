import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { fileURLToPath } from 'node:url';

/** A failed request: `status` is set for HTTP answers, absent for network errors and timeouts. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly attempts = 1
  ) {
    super(message);
  }
  get notFound(): boolean {
    return this.status === 404 || this.status === 410;
  }
}

export interface HttpOptions {
  /** Requests in flight at once (default 16). */
  concurrency?: number;
  /** Attempts for 5xx, 429, timeouts and network errors (default 4). */
  attempts?: number;
  /** First backoff in ms, doubled per attempt with jitter (default 250). */
  backoffMs?: number;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
  /** Called before each retry, for the log. */
  onRetry?: (url: string, attempt: number, reason: string) => void;
}

/** Bounded-concurrency GET with retries and backoff; counts what it sent. */
export class BoundedFetcher {
  requests = 0;
  retries = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly concurrency: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;
  // Keep-alive agents: a run makes hundreds of small requests to one host.
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(private readonly opts: HttpOptions = {}) {
    this.concurrency = Math.max(1, opts.concurrency ?? 16);
    this.agents = {
      http: new http.Agent({ keepAlive: true, maxSockets: this.concurrency }),
      https: new https.Agent({ keepAlive: true, maxSockets: this.concurrency })
    };
    this.attempts = Math.max(1, opts.attempts ?? 4);
    this.backoffMs = opts.backoffMs ?? 250;
    this.timeoutMs = opts.timeoutMs ?? 20_000;
  }

  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>(r => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** GET url → body; 404/410 and other 4xx fail at once, the rest are retried. */
  async get(url: string): Promise<Buffer> {
    if (url.startsWith('file:')) return this.readFile(url);
    let last: FetchError | undefined;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) {
        this.retries++;
        this.opts.onRetry?.(url, attempt, last!.message);
        const delay = this.backoffMs * 2 ** (attempt - 2);
        await new Promise(r => setTimeout(r, delay / 2 + Math.random() * (delay / 2)));
      }
      try {
        return await this.slot(() => this.once(url));
      } catch (err) {
        last = err instanceof FetchError ? err : new FetchError((err as Error).message, url);
        const retryable = last.status === undefined || last.status >= 500 || last.status === 429;
        if (!retryable) throw last;
      }
    }
    throw new FetchError(`${last!.message} (after ${this.attempts} attempts)`, url, last!.status, this.attempts);
  }

  /** Closes idle keep-alive sockets (so a finished run does not hold the process open). */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private once(url: string, redirects = 0): Promise<Buffer> {
    this.requests++;
    return new Promise<Buffer>((resolve, reject) => {
      const u = new URL(url);
      const mod = u.protocol === 'https:' ? https : http;
      const req = mod.get(u, { agent: u.protocol === 'https:' ? this.agents.https : this.agents.http, headers: { 'user-agent': 'go-ci-gates-sum-audit' } }, res => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', err => reject(new FetchError(`GET ${url}: ${describeNetworkError(err)}`, url)));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const status = res.statusCode ?? 0;
          if ([301, 302, 303, 307, 308].includes(status) && res.headers.location && redirects < 5) {
            resolve(this.once(new URL(res.headers.location, url).href, redirects + 1));
            return;
          }
          if (status !== 200) {
            const text = body.toString('utf8').trim().split('\n')[0].slice(0, 200);
            reject(new FetchError(`GET ${url}: HTTP ${status}${text ? `: ${text}` : ''}`, url, status));
            return;
          }
          resolve(body);
        });
      });
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`timed out after ${this.timeoutMs} ms`)));
      req.on('error', err => reject(new FetchError(`GET ${url}: ${describeNetworkError(err)}`, url)));
    });
  }

  private async readFile(url: string): Promise<Buffer> {
    this.requests++;
    try {
      return await fs.readFile(fileURLToPath(url));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new FetchError(`read ${url}: ${code ?? (err as Error).message}`, url, code === 'ENOENT' ? 404 : undefined);
    }
  }
}

function describeNetworkError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message;
}
