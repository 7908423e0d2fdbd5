import * as os from 'node:os';

/** The default concurrency: one go list per CPU (go list itself is partly parallel, partly waiting on files). */
export function defaultParallelism(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
