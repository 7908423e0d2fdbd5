import type { EnvOverlay, GoRunner } from './go-runner.js';

/** One entry of `go list -m -e -u -retracted -json`: what the proxy says about a module version. */
export interface ModuleStatus {
  Path: string;
  Version?: string;
  Main?: boolean;
  Indirect?: boolean;
  /** The author's rationale(s), when this version is retracted. */
  Retracted?: string[];
  /** The `// Deprecated:` comment of the module's latest go.mod. */
  Deprecated?: string;
  Update?: { Version: string };
  Replace?: { Path: string; Version?: string };
  Error?: { Err: string };
}

export interface ModuleStatusListing {
  /** Every module the proxy answered for (the main modules included when `all` was asked). */
  listed: ModuleStatus[];
  /** `path@version` of modules the proxy could not answer for, even one by one. */
  unchecked: string[];
}

/**
 * Retraction, deprecation and upgrade information from the module proxy, as
 * the go command reports it: `go list -m -e -u -retracted -json <targets>`
 * (`all`, or `path@version` queries). A module whose entry carries an Error is
 * asked again on its own (up to `retries` more times), so one proxy error does
 * not lose the listing. mod-verify asks for `all`; mod-review for the versions
 * a change newly requires.
 */
export async function listModuleStatus(
  go: GoRunner,
  targets: readonly string[],
  opts: { cwd: string; env?: EnvOverlay; flags?: readonly string[]; retries: number }
): Promise<ModuleStatusListing> {
  const listed: ModuleStatus[] = [];
  const unchecked: string[] = [];
  if (!targets.length) return { listed, unchecked };
  const flags = opts.flags ?? [];
  const run = { cwd: opts.cwd, env: opts.env, allowFailure: true };
  const { values } = await go.listJson<ModuleStatus>(['list', '-m', '-e', '-u', '-retracted', '-json', ...flags, ...targets], run);
  for (const m of values) {
    if (m.Main || !m.Error) {
      listed.push(m);
      continue;
    }
    let got: ModuleStatus | undefined;
    for (let i = 0; i <= opts.retries && !got; i++) {
      const r = await go.listJson<ModuleStatus>(['list', '-m', '-e', '-u', '-retracted', '-json', ...flags, `${m.Path}@${m.Version}`], run);
      if (r.values[0] && !r.values[0].Error) got = r.values[0];
    }
    if (got) listed.push({ ...got, Indirect: m.Indirect });
    else unchecked.push(`${m.Path}@${m.Version ?? ''}`);
  }
  return { listed, unchecked };
}
