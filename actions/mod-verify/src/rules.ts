import { applyRuleSettings, isRuleOn, parseRuleSettings, type Draft, type RuleConfig, type RuleSetting } from '@go-ci-gates/core';

export type { RuleSetting };

export interface RuleInfo {
  id: string;
  /** Severity when the `rules` input does not set one. */
  severity: RuleSetting;
  /** One line for the README and the summary. */
  description: string;
  /** A real finding's message (README). */
  example?: string;
}

/** Every check of mod-verify, with its default severity. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'cache-integrity',
    severity: 'error',
    description: 'go mod verify: a module cache zip or directory changed after download, or has no .ziphash.',
    example: '`go.mod:5` example.com/modverify/lib@v1.1.0: files in its extracted module cache directory were changed after download.'
  },
  {
    id: 'gosum-mismatch',
    severity: 'error',
    description: 'A go.sum h1: line differs from the hash recomputed from the downloaded zip or go.mod.',
    example:
      '`go.sum:1` go.sum records h1:00At2EN7… for the module zip of example.com/modverify/lib@v1.1.0, but the downloaded module zip hashes to h1:00mt2EN7….'
  },
  {
    id: 'untidy',
    severity: 'error',
    description: 'go mod tidy -diff would change go.mod or go.sum (one finding per hunk).',
    example:
      '`go.mod:5` go mod tidy would change go.mod: remove require (; example.com/modverify/deprecated v1.0.0; …, and add require example.com/modverify/lib v1.1.0.'
  },
  {
    id: 'tidy-error',
    severity: 'error',
    description: 'go mod tidy cannot load the module (missing module, bad import, ...), so tidiness is unknown.',
    example: '`go.mod:1` go mod tidy failed, so tidiness is unknown: go: finding module for package example.com/missing …'
  },
  {
    id: 'tidy-undecided',
    severity: 'warning',
    description: 'go mod tidy -diff failed on the network after retries: tidiness could not be decided.',
    example: '`go.mod:1` go mod tidy -diff kept failing on the network (3 attempts); this is not an untidy result: … 503 Service Unavailable'
  },
  {
    id: 'replace-directive',
    severity: 'off',
    description: 'Any replace directive not allowed by replace-allow (switch on to forbid replaces).',
    example: '`go.mod:7` replace example.com/x => example.com/fork/x v1.2.0 is not in replace-allow.'
  },
  {
    id: 'replace-local',
    severity: 'error',
    description: 'A replace to a local directory (../x), which breaks builds outside this checkout.',
    example: '`go.mod:7` replace example.com/modverify/lib => ./_lib points at a local directory: builds outside this checkout … cannot see it.'
  },
  {
    id: 'replace-duplicate',
    severity: 'error',
    description: 'The same module (and version) replaced more than once.',
    example: '`go.mod:9` example.com/x is already replaced on line 7; only one replacement applies.'
  },
  {
    id: 'replace-noop',
    severity: 'warning',
    description: 'A replace that changes nothing: target equals source, or its version is not the one required.',
    example: '`go.mod:8` replace example.com/x v1.0.0 applies only to v1.0.0, but go.mod requires v1.2.0.'
  },
  {
    id: 'exclude-directive',
    severity: 'off',
    description: 'An exclude directive (switch on to forbid them).',
    example: '`go.mod:10` exclude example.com/x v1.0.0: exclude directives are not allowed.'
  },
  {
    id: 'retract-rationale',
    severity: 'warning',
    description: 'A retract directive without a comment explaining why.',
    example: '`go.mod:6` retract v1.0.0 has no comment: go list -m -retracted shows users the comment as the reason.'
  },
  {
    id: 'toolchain-required',
    severity: 'off',
    description: 'go.mod has no toolchain line.',
    example: '`go.mod:3` go.mod has no toolchain line, so the Go release that builds it is whatever the runner has.'
  },
  {
    id: 'toolchain-forbidden',
    severity: 'off',
    description: 'go.mod has a toolchain line.',
    example: '`go.mod:4` toolchain go1.23.4: toolchain lines are not allowed.'
  },
  {
    id: 'toolchain-pattern',
    severity: 'error',
    description: 'The toolchain line does not match the toolchain-pattern input.',
    example: '`go.mod:4` toolchain go1.22.1 does not match toolchain-pattern /^go1\\.23\\./.'
  },
  {
    id: 'go-version-pattern',
    severity: 'error',
    description: 'The go line does not match the go-version-pattern input.',
    example: '`go.mod:3` go 1.21 does not match go-version-pattern /^1\\.2[3-9]/.'
  },
  {
    id: 'godebug-directive',
    severity: 'off',
    description: 'A godebug directive (switch on to forbid them).',
    example: '`go.mod:5` godebug default=go1.21: godebug directives are not allowed.'
  },
  {
    id: 'tool-directive',
    severity: 'off',
    description: 'A tool directive (switch on to forbid them).',
    example: '`go.mod:6` tool golang.org/x/tools/cmd/stringer: tool directives are not allowed.'
  },
  {
    id: 'ignore-directive',
    severity: 'off',
    description: 'An ignore directive (Go 1.25; switch on to forbid them).',
    example: '`go.mod:6` ignore ./node_modules: ignore directives are not allowed.'
  },
  {
    id: 'module-path',
    severity: 'off',
    description:
      'The module line is not a valid module path (module.CheckPath: a dotted first element, no upper case in it, ...), so nothing else can require it (switch on to check).',
    example: '`go.mod:1` module demo: first element "demo" has no dot (a module path starts with a domain name), so no other module can require it.'
  },
  {
    id: 'version-syntax',
    severity: 'error',
    description: 'A required, replaced or excluded version that is not canonical, disagrees with the /vN suffix, or misuses +incompatible.',
    example: '`go.mod:5` require example.com/x v2.0.0: major version should be v0 or v1, not v2 for module path example.com/x.'
  },
  {
    id: 'pseudo-version',
    severity: 'warning',
    description: 'A direct dependency pinned to a pseudo-version (an untagged commit).',
    example:
      '`go.mod:9` example.com/modverify/pseudo v0.0.0-20240102030405-abcdef123456 is an untagged commit (2024-01-02); a tagged release says what you get.'
  },
  {
    id: 'prerelease-version',
    severity: 'notice',
    description: 'A direct dependency on a pre-release (v1.2.0-rc.1).',
    example: '`go.mod:8` example.com/modverify/pre v1.2.0-rc.1 is a pre-release.'
  },
  {
    id: 'incompatible-version',
    severity: 'notice',
    description: 'A direct dependency on a +incompatible version (v2+ without go.mod).',
    example: '`go.mod:6` example.com/modverify/legacy v2.0.0+incompatible is a v2+ release without a go.mod (+incompatible) …'
  },
  {
    id: 'retracted',
    severity: 'error',
    description: 'A dependency in the build list is retracted by its author.',
    example: '`go.mod:5` example.com/modverify/retracted@v1.0.0 is retracted by its author: Broken: Answer returns 41. Upgrade to v1.1.0.'
  },
  {
    id: 'deprecated',
    severity: 'warning',
    description: 'A dependency is deprecated (a // Deprecated: comment on its latest go.mod).',
    example: '`go.mod:5` example.com/modverify/deprecated is deprecated: use example.com/modverify/lib instead.'
  },
  {
    id: 'go-too-new',
    severity: 'error',
    description: 'The go line needs a newer Go than the one running, and GOTOOLCHAIN forbids switching.',
    example: '`go.mod:3` go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local): every go command on this module will fail.'
  },
  {
    id: 'gonosumcheck',
    severity: 'warning',
    description: 'GONOSUMCHECK is set: it is not a Go variable and does nothing.',
    example:
      'GONOSUMCHECK=1 is set, but Go has no such variable: it changes nothing. To skip the checksum database for private modules use GONOSUMDB or GOPRIVATE.'
  },
  {
    id: 'goflags-mod-mod',
    severity: 'warning',
    description: 'GOFLAGS has -mod=mod under a go.work, which go rejects in workspace mode.',
    example: '`go.work:1` GOFLAGS contains -mod=mod, but go.work puts go in workspace mode, where -mod=mod is rejected.'
  },
  {
    id: 'unwanted-module',
    severity: 'error',
    description: 'Policy file: a module marked unwanted gained a new reference (the allowance may only shrink).',
    example:
      '`go.mod:6` example.com/modverify/deprecated is unwanted (use lib) and gained new references from example.com/mv/untidy; deps-policy.yaml allows only example.com/old/user.'
  },
  {
    id: 'unwanted-allowance-stale',
    severity: 'notice',
    description: 'Policy file: an allowed reference to an unwanted module is gone; shrink the allowance.',
    example:
      '`deps-policy.yaml:5` example.com/old/user no longer references example.com/modverify/deprecated: remove it from allowed-references so the reference cannot come back.'
  },
  {
    id: 'pinned-version',
    severity: 'error',
    description: 'Policy file: a pinned module resolves to another version than the pinned one.',
    example: '`go.mod:7` example.com/modverify/lib resolves to v1.1.0, but deps-policy.yaml pins it to v1.0.0.'
  }
];

export const RULE_IDS = new Set(RULES.map(r => r.id));

export type { RuleConfig, Draft };

/** Parses `rule-id: error|warning|notice|off` lines; an unknown rule or setting is a ConfigurationError. */
export function parseRules(raw: string): RuleConfig {
  return parseRuleSettings(raw, RULES);
}

export const isOn = isRuleOn;
export const applyRules = applyRuleSettings;
