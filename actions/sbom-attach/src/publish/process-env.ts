/**
 * @actions/artifact and @actions/attest read their configuration from
 * process.env at call time. The publishers take an explicit `env`; this
 * copies the variables those libraries read into process.env for the
 * duration of one call and restores them after, so both agree. Calls using
 * it must not overlap (the publishers run one after another).
 */
export async function withProcessEnv<T>(env: NodeJS.ProcessEnv, names: readonly string[], fn: () => Promise<T>): Promise<T> {
  if (env === process.env) return fn();
  const saved = names.map(n => [n, process.env[n]] as const);
  for (const n of names) {
    if (env[n] === undefined) delete process.env[n];
    else process.env[n] = env[n];
  }
  try {
    return await fn();
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
    }
  }
}

/** Rejects when `ms` pass first; the timer never keeps the process alive. */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what} gave no answer within ${ms / 1000}s`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}
