import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFileProxy, hermeticGoEnv, readProxyModules, type ProxyModule } from '@go-ci-gates/core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

/** A hermetic place to run go: its own proxy, module cache, GOPATH and build cache. */
export interface GoSandbox {
  root: string;
  proxyUrl: string;
  proxyDir: string;
  /** The GO* variables every go call in the test must use. */
  env: Record<string, string>;
  /** Copies test/fixtures/<name> into a fresh workspace directory and returns its path. */
  workspace(fixture: string): Promise<string>;
  /** An empty workspace directory. */
  emptyWorkspace(): Promise<string>;
  cleanup(): Promise<void>;
}

let proxyModulesCache: Promise<ProxyModule[]> | undefined;

/** All fixture modules under test/fixtures/proxy (read once per test file). */
export function fixtureProxyModules(): Promise<ProxyModule[]> {
  proxyModulesCache ??= readProxyModules(path.join(FIXTURES, 'proxy'));
  return proxyModulesCache;
}

export async function createGoSandbox(opts: { extraModules?: ProxyModule[]; env?: Record<string, string> } = {}): Promise<GoSandbox> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sandbox-'));
  const proxyDir = path.join(root, 'proxy');
  const proxyUrl = await buildFileProxy(proxyDir, [...(await fixtureProxyModules()), ...(opts.extraModules ?? [])]);
  const env = await hermeticGoEnv(root, proxyUrl, opts.env);
  let n = 0;
  return {
    root,
    proxyUrl,
    proxyDir,
    env,
    async workspace(fixture: string) {
      const dest = path.join(root, `ws${n++}`);
      await fs.cp(path.join(FIXTURES, fixture), dest, { recursive: true, verbatimSymlinks: true });
      return dest;
    },
    async emptyWorkspace() {
      const dest = path.join(root, `ws${n++}`);
      await fs.mkdir(dest, { recursive: true });
      return dest;
    },
    cleanup: () => fs.rm(root, { recursive: true, force: true })
  };
}
