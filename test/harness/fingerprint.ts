import { expect } from '@jest/globals';
import { diffFingerprints, fingerprintCheckout, type Fingerprint } from '@go-ci-gates/core';

/** Takes the checkout's fingerprint; call the returned function after the run to assert nothing changed. */
export async function guardCheckout(workspace: string): Promise<() => Promise<void>> {
  const before: Fingerprint = await fingerprintCheckout(workspace);
  expect(before.size).toBeGreaterThan(0);
  return async () => {
    const diff = diffFingerprints(before, await fingerprintCheckout(workspace));
    expect(diff).toEqual({ changed: [], added: [], removed: [] });
  };
}
