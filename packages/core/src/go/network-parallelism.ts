import type { EnvOverlay } from './go-runner.js';

/**
 * The go command bounds its per-module proxy work by GOMAXPROCS: `go list -m
 * -u -retracted` asks about each module's latest version under a semaphore of
 * runtime.GOMAXPROCS(0) (cmd/go/internal/modload ListModules), and `go mod
 * download` and the package loader behind `go mod tidy` fetch under the same
 * bound. On a 2-core runner that is two round trips to the proxy at a time,
 * which made mod-verify's retraction listing take 12 s of an 84-module build
 * list from a fresh cache. The work is waiting on the network, not the CPU, so
 * the gates' network-bound go calls (mod-verify, mod-review) run with more
 * slots: measured on the same listing, 5.4 s at GOMAXPROCS=2, 1.0 s at 32,
 * 1.2 s at 64, with byte-identical output. A GOMAXPROCS the user set is kept.
 */
export const NETWORK_GOMAXPROCS = '32';

/** `overlay` with GOMAXPROCS raised for network-bound go calls, unless the user (process env or overlay) set one. */
export function networkParallelismEnv(overlay: EnvOverlay, env: NodeJS.ProcessEnv = process.env): EnvOverlay {
  if (env.GOMAXPROCS || overlay.GOMAXPROCS) return overlay;
  return { ...overlay, GOMAXPROCS: NETWORK_GOMAXPROCS };
}
