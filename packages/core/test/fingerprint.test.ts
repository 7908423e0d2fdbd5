import { expect, test } from '@jest/globals';
import { withoutPathsUnder } from '@go-ci-gates/core';

// RUNNER_TEMP is the gate's to write. The CLI's --out (its RUNNER_TEMP) lies inside the checkout
// when run from the module directory; what the gate writes there is not a change to the checkout.
test('the checkout diff leaves out RUNNER_TEMP when it lies inside the workspace, and nothing else', () => {
  const diff = {
    changed: ['go.sum'],
    added: ['go-ci-gates-out/mod-review/tmp/base/go.mod', 'go-ci-gates-out2/go.mod', 'vendor/modules.txt'],
    removed: ['go-ci-gates-out']
  };
  expect(withoutPathsUnder(diff, 'go-ci-gates-out/mod-review')).toEqual({
    changed: ['go.sum'],
    added: ['go-ci-gates-out2/go.mod', 'vendor/modules.txt'],
    removed: ['go-ci-gates-out']
  });
  expect(withoutPathsUnder(diff, undefined)).toBe(diff);
});
