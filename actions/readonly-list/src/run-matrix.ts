import * as os from 'node:os';

/** Runs the jobs with at most `limit` in flight, keeping results in job order. */
export async function runBounded<J, R>(jobs: readonly J[], limit: number, work: (job: J) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await work(jobs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  return results;
}

/** The default concurrency: one go list per CPU (go list itself is partly parallel, partly waiting on files). */
export function defaultParallelism(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
