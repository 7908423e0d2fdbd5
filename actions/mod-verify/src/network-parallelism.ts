import { networkParallelismEnv } from '@go-ci-gates/core';
import type { ModuleRun } from './module-run.js';

export { NETWORK_GOMAXPROCS } from '@go-ci-gates/core';

/** The run with core's network parallelism (GOMAXPROCS=32 for proxy-bound go calls; see core/go/network-parallelism.ts). */
export function withNetworkParallelism(run: ModuleRun, env: NodeJS.ProcessEnv = process.env): ModuleRun {
  return { ...run, env: networkParallelismEnv(run.env, env) };
}
