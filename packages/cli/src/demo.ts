import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFileProxy, hermeticGoEnv, readProxyModules } from '@go-ci-gates/core';
// The loopback checksum database the tests use, bundled into the CLI for the demo only.
import { SumdbTestServer } from '../../../test/servers/sumdb.js';
import { ROOT } from './gates.js';

/**
 * The demo workspace: test/demo/module (untidy, under-tested, a forged go.sum
 * line, a Windows-only missing go.sum entry) and test/demo/vendored (a
 * committed vendor/ with one hand-edited file). Their dependencies come from
 * the repository's fixture modules.
 */
export const DEMO_WORKSPACE = path.join(ROOT, 'test', 'demo');
const DEMO_PROXY_SOURCES = path.join(ROOT, 'test', 'fixtures', 'proxy');

export interface DemoEnvironment {
  env: Record<string, string>;
  /** Per-gate inputs that make the demo show what each gate does. */
  inputs: Record<string, Record<string, string>>;
  cleanup(): Promise<void>;
}

/**
 * A hermetic Go environment for the demo: dependencies from a file://
 * proxy built from the fixture modules, a checksum database on 127.0.0.1
 * that knows every one of them, a private module cache and GOPATH, no
 * network, no toolchain download, nothing of the user's Go setup touched.
 * The build cache alone is kept between runs (in the clone's ignored
 * node_modules/.cache, or the user's cache directory for an installed
 * package), so a second run skips compiling the standard library.
 */
export async function demoEnvironment(): Promise<DemoEnvironment> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'go-ci-gates-demo-'));
  const modules = await readProxyModules(DEMO_PROXY_SOURCES);
  const proxyUrl = await buildFileProxy(path.join(root, 'proxy'), modules);
  const sumdb = new SumdbTestServer('sum.demo.go-ci-gates.test');
  sumdb.addProxyModules(modules);
  await sumdb.start();
  const gocache = demoBuildCache();
  await fs.mkdir(gocache, { recursive: true });
  const env = await hermeticGoEnv(root, proxyUrl, { GOCACHE: gocache });
  return {
    env,
    inputs: {
      'coverage-gate': { 'threshold-total': '80' },
      'sum-audit': { gosumdb: sumdb.gosumdb }
    },
    cleanup: async () => {
      await sumdb.stop();
      await fs.rm(root, { recursive: true, force: true });
    }
  };
}

function demoBuildCache(): string {
  if (existsSync(path.join(ROOT, 'node_modules'))) return path.join(ROOT, 'node_modules', '.cache', 'go-ci-gates-demo', 'gocache');
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base!, 'go-ci-gates', 'demo-gocache');
}
