import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFileProxy, hermeticGoEnv, readProxyModules } from '@go-ci-gates/core';
import { ROOT } from './gates.js';

/** The bundled demo module, and the fixture modules its dependencies come from. */
export const DEMO_MODULE = path.join(ROOT, 'test', 'demo', 'module');
const DEMO_PROXY_SOURCES = path.join(ROOT, 'test', 'fixtures', 'proxy');

/** Per-gate inputs that make the demo show what each gate does. */
export const DEMO_INPUTS: Record<string, Record<string, string>> = {
  'coverage-gate': { 'threshold-total': '80' }
};

/**
 * A hermetic Go environment for the demo: dependencies come from a file://
 * proxy built from the repository's fixture modules; module cache, GOPATH
 * and build cache live in a temp directory; no network, no toolchain
 * download, nothing of the user's Go setup touched.
 */
export async function demoEnvironment(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'go-ci-gates-demo-'));
  const proxyUrl = await buildFileProxy(path.join(root, 'proxy'), await readProxyModules(DEMO_PROXY_SOURCES));
  const env = await hermeticGoEnv(root, proxyUrl);
  return { env, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}
