import { promises as fs } from 'node:fs';
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

  constructor(private readonly opts: HttpOptions = {}) {
    this.concurrency = Math.max(1, opts.concurrency ?? 16);
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

  private async once(url: string): Promise<Buffer> {
    this.requests++;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(url, { signal: controller.signal, redirect: 'follow' });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) {
        const text = body.toString('utf8').trim().split('\n')[0].slice(0, 200);
        throw new FetchError(`GET ${url}: HTTP ${res.status}${text ? `: ${text}` : ''}`, url, res.status);
      }
      return body;
    } catch (err) {
      if (err instanceof FetchError) throw err;
      const reason = controller.signal.aborted ? `timed out after ${this.timeoutMs} ms` : describeNetworkError(err);
      throw new FetchError(`GET ${url}: ${reason}`, url);
    } finally {
      clearTimeout(timer);
    }
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
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
}
