import { promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { fileURLToPath } from 'node:url';
import { httpExchange, HttpExchangeError, type HttpExchangeOptions } from '@go-ci-gates/core';

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
  /** Deadline per request, from sending it to the last byte of the body, redirects included (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted when get() is given no limit (default 1 MiB). */
  maxBytes?: number;
  /** Called before each retry, for the log. */
  onRetry?: (url: string, attempt: number, reason: string) => void;
}

/** The most of a status probe's body that is read (a /supported answer is empty). */
const PROBE_BODY_BYTES = 4096;

/** Bounded-concurrency GET with retries and backoff; counts what it sent. */
export class BoundedFetcher {
  requests = 0;
  retries = 0;
  private active = 0;
  private closed = false;
  private readonly waiting: (() => void)[] = [];
  private readonly concurrency: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;
  // Keep-alive agents: a run makes hundreds of small requests to one host.
  private readonly agents: { http: http.Agent; https: https.Agent };
  /** What every exchange of this fetcher shares: its agents, its user agent, its deadline. */
  private get exchange(): HttpExchangeOptions {
    return {
      headers: { 'user-agent': 'go-ci-gates-sum-audit' },
      timeoutMs: this.timeoutMs,
      agent: protocol => (protocol === 'https:' ? this.agents.https : this.agents.http)
    };
  }

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
    if (this.closed) throw new Error('the session was closed'); // abort() woke every waiter for this
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /**
   * GET url → body; 404/410 and other 4xx fail at once, the rest are retried. A body longer
   * than maxBytes fails at once (a server that sends too much will do it again), naming the URL.
   */
  async get(url: string, maxBytes = this.opts.maxBytes ?? 1 << 20): Promise<Buffer> {
    if (url.startsWith('file:')) return this.readFile(url, maxBytes);
    let last: FetchError | undefined;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (this.closed) throw new FetchError(`GET ${url}: the session was closed`, url);
      if (attempt > 1) {
        this.retries++;
        this.opts.onRetry?.(url, attempt, last!.message);
        const delay = this.backoffMs * 2 ** (attempt - 2);
        await new Promise(r => setTimeout(r, delay / 2 + Math.random() * (delay / 2)));
        // Closed during the back-off: the retry is not sent.
        if (this.closed) throw new FetchError(`GET ${url}: the session was closed`, url);
      }
      try {
        return await this.slot(() => this.once(url, maxBytes));
      } catch (err) {
        if (err instanceof TooLargeError) throw err;
        last = err instanceof FetchError ? err : new FetchError((err as Error).message, url);
        const retryable = !this.closed && (last.status === undefined || last.status >= 500 || last.status === 429);
        if (!retryable) throw last;
      }
    }
    throw new FetchError(`${last!.message} (after ${this.attempts} attempts)`, url, last!.status, this.attempts);
  }

  /**
   * One GET whose answer is only its status (the checksum-database route probe): on the same
   * keep-alive connections as the requests that follow it, so they skip a TLS handshake. Not
   * retried and not counted in `requests`: the route reports its probes itself.
   */
  async status(url: string): Promise<{ status: number }> {
    if (this.closed) throw new FetchError(`GET ${url}: the session was closed`, url);
    try {
      // Only the status matters: a short body is read (and dropped) so the connection goes back to the
      // pool; a long or endless one is cut off, and costs that connection only.
      const answer = await httpExchange('GET', url, { ...this.exchange, limit: () => ({ bytes: PROBE_BODY_BYTES, over: 'cut' }) });
      return { status: answer.status };
    } catch (err) {
      throw new FetchError(`GET ${url}: ${err instanceof HttpExchangeError ? err.reason : (err as Error).message}`, url);
    }
  }

  /** Closes idle keep-alive sockets (so a finished run does not hold the process open). */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /**
   * Ends the fetcher for good: requests in flight are cut off (their sockets destroyed) and fail
   * at once without a retry, and nothing more is asked. For a session opened ahead that turns out
   * to have nothing to look up.
   */
  abort(): void {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
    this.close();
  }

  /**
   * One attempt (core's exchange). The deadline covers the whole exchange: a server that sends a byte
   * now and then must not hold a request open for longer than timeoutMs. Error pages are read for
   * their first line only.
   */
  private async once(url: string, maxBytes: number): Promise<Buffer> {
    this.requests++;
    let answer;
    try {
      answer = await httpExchange('GET', url, {
        ...this.exchange,
        limit: status => (status === 200 ? { bytes: maxBytes, over: 'fail' } : { bytes: 4096, over: 'cut' })
      });
    } catch (err) {
      if (err instanceof HttpExchangeError && err.tooLarge) throw new TooLargeError(url, err.tooLarge.limit, err.tooLarge.what);
      throw new FetchError(`GET ${url}: ${err instanceof HttpExchangeError ? err.reason : (err as Error).message}`, url);
    }
    if (answer.status !== 200) {
      const text = answer.toString('utf8').trim().split('\n')[0].slice(0, 200);
      throw new FetchError(`GET ${url}: HTTP ${answer.status}${text ? `: ${text}` : ''}`, url, answer.status);
    }
    return answer;
  }

  private async readFile(url: string, maxBytes: number): Promise<Buffer> {
    this.requests++;
    let file: fs.FileHandle | undefined;
    try {
      file = await fs.open(fileURLToPath(url), 'r');
      // Read one byte past the limit: a longer file is refused without reading it all.
      const buf = Buffer.alloc(maxBytes + 1);
      let n = 0;
      for (let r; n < buf.length && (r = await file.read(buf, n, buf.length - n, n)).bytesRead > 0;) n += r.bytesRead;
      if (n > maxBytes) throw new TooLargeError(url, maxBytes, `more than ${maxBytes} bytes`);
      return buf.subarray(0, n);
    } catch (err) {
      if (err instanceof TooLargeError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new FetchError(`read ${url}: ${code ?? (err as Error).message}`, url, code === 'ENOENT' ? 404 : undefined);
    } finally {
      await file?.close();
    }
  }
}

/** An answer longer than the protocol allows: never retried, and the URL is named. */
export class TooLargeError extends FetchError {
  constructor(url: string, limit: number, what: string) {
    super(`GET ${url}: answer too large (${what}; the limit for this request is ${limit} bytes)`, url);
  }
}
