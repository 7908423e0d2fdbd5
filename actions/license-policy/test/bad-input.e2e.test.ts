import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  sandbox.env.RUNNER_TEMP = sandbox.root;
});
afterAll(() => sandbox.cleanup());

/** Runs the bundle on the app fixture with a policy file (when given) and returns its one error line. */
async function oneError(inputs: Record<string, string>, policy?: string, env: Record<string, string> = {}): Promise<string> {
  const ws = await sandbox.workspace('license-policy/app');
  if (policy !== undefined) await fs.writeFile(path.join(ws, 'licenses.yaml'), policy);
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'license-policy', workspace: ws, inputs, env: { ...sandbox.env, ...env } });
  await unchanged();
  expect(run.exitCode).toBe(1);
  expect(run.outputs.result).toBe('error');
  const lines = run.stdout.split('\n').filter(l => l.startsWith('::error'));
  expect(lines).toHaveLength(1);
  return run.annotations.find(a => a.kind === 'error')!.message;
}

const withPolicy = { 'policy-file': 'licenses.yaml' };

describe('license-policy: each bad input is one clear error, never a pass', () => {
  test('an unknown SPDX id in the allow input', async () => {
    expect(await oneError({ allow: 'MIT, Apache2' })).toBe(
      `Input 'allow' has an invalid value "MIT, Apache2": unknown SPDX license id "Apache2" (see https://spdx.org/licenses/; use LicenseRef-… for others)`
    );
  });

  test('an unknown SPDX id in the policy file names the file and line', async () => {
    expect(await oneError(withPolicy, 'allow: [MIT]\ndeny:\n  - GPL-3.0-only\n  - Evil-1.0\n')).toBe(
      `Input 'policy-file' has an invalid value "licenses.yaml:2": deny: unknown SPDX license id "Evil-1.0" (see https://spdx.org/licenses/; use LicenseRef-… for others)`
    );
  });

  test('a malformed expression in an exception', async () => {
    expect(await oneError(withPolicy, 'exceptions:\n  - module: example.com/sbom/custom\n    license: MIT OR\n    reason: r\n')).toBe(
      `Input 'policy-file' has an invalid value "licenses.yaml:2": exception for example.com/sbom/custom: license "MIT OR": not a valid SPDX expression: it ends too early or an operator has no operand`
    );
  });

  test('a bad module glob', async () => {
    expect(await oneError(withPolicy, 'exceptions:\n  - module: example.com/[sbom\n    license: allow\n    reason: r\n')).toMatch(
      /^Input 'policy-file' has an invalid value "licenses.yaml:2": exception: module "example.com\/\[sbom" is not a valid glob \(Missing closing: "\]"/
    );
  });

  test('an exception without a reason', async () => {
    expect(await oneError(withPolicy, 'allow: [MIT]\nexceptions:\n  - module: example.com/sbom/custom\n    license: allow\n')).toBe(
      `Input 'policy-file' has an invalid value "licenses.yaml:3": exception: 'reason' is required`
    );
  });

  test('a bad expiry date and a bad version range', async () => {
    expect(await oneError(withPolicy, 'exceptions:\n  - module: a/b\n    license: allow\n    reason: r\n    expires: next year\n')).toBe(
      `Input 'policy-file' has an invalid value "licenses.yaml:2": exception for a/b: expires "next year" is not a date (YYYY-MM-DD)`
    );
    expect(await oneError(withPolicy, 'exceptions:\n  - module: a/b\n    version: latest\n    license: allow\n    reason: r\n')).toBe(
      `Input 'policy-file' has an invalid value "licenses.yaml:2": exception for a/b: version "latest" is not a version or range (e.g. v1.2.3, ">=1.2.0 <2.0.0")`
    );
  });

  test('an unreadable policy file', async () => {
    expect(await oneError({ 'policy-file': 'missing.yaml' })).toMatch(/^Input 'policy-file' has an invalid value "missing.yaml": /);
    expect(await oneError(withPolicy, 'allow: [MIT\n')).toMatch(/^Input 'policy-file' has an invalid value "licenses.yaml:\d+": not valid YAML or JSON \(/);
  });

  test('an unknown value of unknown', async () => {
    expect(await oneError({ unknown: 'ignore' })).toBe(`Input 'unknown' has an invalid value "ignore": expected one of: error, warn, allow`);
  });

  test('a module the cache lacks and the proxy cannot give is named', async () => {
    const message = await oneError({}, undefined, { GOPROXY: 'off', GOFLAGS: '-modcacherw -mod=mod' });
    expect(message).toMatch(
      /^go list could not load the packages of example\.com\/licapp for host: example\.com\/sbom\/bsdlib\/v2: module lookup disabled by GOPROXY=off; /
    );
  });
});
