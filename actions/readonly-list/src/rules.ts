import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding readonly-list reports (one per error class of go list): the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'missing-go-sum',
    severity: 'error',
    description: 'missing go.sum entry: a package needs a module whose hash go.sum lacks.',
    example:
      '`platform/platform_windows.go:6`: example.com/app/platform imports example.com/readonly/winreg, which does not load with -mod=readonly (windows/amd64 only): missing go.sum entry for module providing package example.com/readonly/winreg (imported by example.com/app/platform). Fix: `cd platform && go get example.com/app/platform`'
  },
  {
    id: 'missing-requirement',
    severity: 'error',
    description: 'missing requirement: an imported package is in no required module.',
    example:
      '`testonly/lib_test.go:6`: example.com/app/testonly imports example.com/readonly/assert, which does not load with -mod=readonly (tests only): cannot find module providing package example.com/readonly/assert: import lookup disabled by -mod=readonly. Fix: `cd testonly && go get example.com/readonly/assert`'
  },
  {
    id: 'go-mod-needs-update',
    severity: 'error',
    description: 'go.mod needs updates that -mod=readonly forbids.',
    example:
      '`modupdate/go.mod:1`: module example.com/app/modupdate does not load with -mod=readonly (everywhere): updates to go.mod needed, disabled by -mod=readonly. Fix: `cd modupdate && go mod tidy`'
  },
  {
    id: 'toolchain-too-new',
    severity: 'error',
    description: 'go.mod or go.work needs a newer Go than the one running, and GOTOOLCHAIN forbids switching.',
    example:
      '`toonew/go.mod:3`: module example.com/app/toonew does not load with -mod=readonly (everywhere): go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local). Fix: build with Go 1.99 or newer (actions/setup-go with go-version-file).'
  },
  {
    id: 'network-failure',
    severity: 'error',
    description: 'network or proxy failure: a module could not be downloaded.',
    example:
      'example.com/app/testonly does not load (everywhere): example.com/readonly/common@v1.0.0: reading http://127.0.0.1:41234/…/v1.0.0.zip: 502 Bad Gateway. Fix: `cd testonly && go mod download`'
  },
  {
    id: 'package-error',
    severity: 'error',
    description: "Any other load error (syntax error, import cycle, a package excluded by build constraints), with go's message and position.",
    example: ''
  }
];
