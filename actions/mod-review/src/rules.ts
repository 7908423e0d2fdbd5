import { applyRuleSettings, isRuleOn, parseRuleSettings, type Draft, type RuleConfig, type RuleSetting } from '@go-ci-gates/core';

export type { Draft, RuleConfig, RuleSetting };

export interface RuleInfo {
  id: string;
  /** Severity when the `rules` input does not set one. */
  severity: RuleSetting;
  /** One line for the README and the summary. */
  description: string;
  /** A real finding's message (README). */
  example?: string;
}

/** Every finding of mod-review, with its default severity. */
export const RULES: readonly RuleInfo[] = [
  {
    id: 'base-unavailable',
    severity: 'error',
    description: 'There is no base commit to compare against (a new branch, a first commit, a shallow clone that cannot be deepened, a missing base-ref).',
    example:
      'Nothing was compared: the push created the branch (its before commit is all zeros), so there is no earlier commit to compare against; set base-ref.'
  },
  {
    id: 'not-compared',
    severity: 'error',
    description: "A module's build list could not be computed at base or head (go.mod does not load, a download failed): what it names was not compared.",
    example:
      '`go.mod:1` The build list of example.com/app at base 1a2b3c4 could not be computed, so it was not compared: go list -m all failed: … 404 Not Found.'
  },
  {
    id: 'history-fetched',
    severity: 'notice',
    description: 'The checkout was a shallow clone; the gate fetched its history from origin to reach the base.',
    example: 'The checkout was a shallow clone: its history was fetched from origin (set fetch-depth: 0 in actions/checkout to save this step).'
  },
  {
    id: 'dependency-change',
    severity: 'notice',
    description: 'A module required in go.mod was added, upgraded, downgraded or replaced (information, at its require line).',
    example: '`go.mod:6` example.com/greet upgraded v1.0.0 → v1.1.0 (shipped).'
  },
  {
    id: 'module-added',
    severity: 'notice',
    description: 'A module of the checkout (a go.work use, a new go.mod) that the base did not have.',
    example: '`tools/go.mod:1` Module example.com/tools (tools) is new in this change: all its dependencies are new.'
  },
  {
    id: 'module-removed',
    severity: 'notice',
    description: 'A module of the base that the head no longer has.',
    example: 'Module example.com/old (old) was removed by this change.'
  },
  {
    id: 'downgrade',
    severity: 'error',
    description: 'A module of the build list moved to a lower version (semver order).',
    example: '`go.mod:6` example.com/greet is downgraded from v1.1.0 to v1.0.0.'
  },
  {
    id: 'major-bump',
    severity: 'error',
    description: 'A new major version (v1 → v2, x → x/v2) without the major-label on the pull request or a major-allow entry.',
    example:
      '`go.mod:7` example.com/lib/v2@v2.0.0 is a major version bump from example.com/lib@v1.4.0: add the label major-dependency-bump or a major-allow entry.'
  },
  {
    id: 'new-replace',
    severity: 'error',
    description: 'A new or changed replace directive (local path, fork or version) not matched by replace-allow.',
    example: '`go.mod:9` New replace example.com/greet => ../greet: a local directory (builds outside this checkout cannot see it).'
  },
  {
    id: 'new-pseudo-version',
    severity: 'warning',
    description: 'A newly required pseudo-version (an untagged commit).',
    example: '`go.mod:8` example.com/modverify/pseudo v0.0.0-20240102030405-abcdef123456 is a new pseudo-version: an untagged commit of 2024-01-02.'
  },
  {
    id: 'new-incompatible',
    severity: 'notice',
    description: 'A newly required +incompatible version (v2+ without a go.mod).',
    example: '`go.mod:8` example.com/modverify/legacy v2.0.0+incompatible is newly required: a v2+ release without a go.mod.'
  },
  {
    id: 'new-prerelease',
    severity: 'notice',
    description: 'A newly required pre-release (v1.2.0-rc.1).',
    example: '`go.mod:8` example.com/modverify/pre v1.2.0-rc.1 is a newly required pre-release.'
  },
  {
    id: 'too-many-new-modules',
    severity: 'error',
    description: 'The change adds more modules to what the main packages compile than max-new-shipped allows.',
    example: '`go.mod:1` This change adds 14 modules to what example.com/app ships (max-new-shipped is 10).'
  },
  {
    id: 'new-retracted',
    severity: 'error',
    description: 'A newly required version is retracted by its author (the proxy’s answer, as mod-verify gets it).',
    example: '`go.mod:6` example.com/modverify/retracted@v1.0.0 is newly required but retracted by its author: Broken: Answer returns 41.'
  },
  {
    id: 'new-deprecated',
    severity: 'warning',
    description: 'A newly required module is deprecated (a // Deprecated: comment on its latest go.mod).',
    example: '`go.mod:6` example.com/modverify/deprecated is newly required but deprecated: use example.com/modverify/lib instead.'
  },
  {
    id: 'proxy-unchecked',
    severity: 'warning',
    description: 'The proxy could not say whether some newly required versions are retracted or deprecated.',
    example:
      '`go.mod:1` The proxy did not answer for 2 newly required versions, so whether they are retracted or deprecated is unknown: example.com/x@v1.2.0, …'
  },
  {
    id: 'license-change',
    severity: 'error',
    description: 'A shipped module’s detected license changed, or a new shipped module has a license that differs from what it replaces.',
    example: '`go.mod:6` The license of example.com/lib changed from MIT to GPL-3.0-only (v1.0.0 → v1.1.0).'
  },
  {
    id: 'gosum-mismatch',
    severity: 'error',
    description: 'A new go.sum line disagrees with the checksum database (the same client and state as sum-audit).',
    example:
      '`go.sum:4` The new go.sum line "example.com/greet v1.0.0 h1:f9aXoB8XwtBY…" disagrees with the checksum database, which says "example.com/greet v1.0.0 h1:f9aXoB8XwtAY…": …'
  },
  {
    id: 'sumdb-rejected',
    severity: 'error',
    description: 'The checksum database’s answer for a new go.sum line failed verification (signature, proof, or a forked log).',
    example: '`go.sum:4` The checksum database\'s answer for the new go.sum line "example.com/x v1.0.0 h1:…" failed verification: …'
  },
  {
    id: 'gosum-unverified',
    severity: 'warning',
    description:
      'New go.sum lines the checksum database could not verify (not in it, unreachable); GOSUMDB=off and GONOSUMDB/GOPRIVATE modules are only listed.',
    example: '`go.sum:7` 2 new go.sum lines could not be verified: checksum database unreachable: …: example.com/x@v1.2.0, example.com/x@v1.2.0/go.mod.'
  },
  {
    id: 'go-line-change',
    severity: 'notice',
    description: 'The go or toolchain line moved (information).',
    example: '`go.mod:3` go 1.21 → 1.22: every user of this module now needs Go 1.22.'
  },
  {
    id: 'directive-change',
    severity: 'notice',
    description: 'An exclude, retract, godebug or tool directive (or a go.work use) was added, removed or changed (information).',
    example: '`go.mod:11` exclude example.com/greet v1.0.0 (added).'
  },
  {
    id: 'policy-file-change',
    severity: 'warning',
    description: 'The change adds or edits the policy file (policy-file) whose settings this review applied.',
    example:
      '`deps-policy.yaml:1` This change edits deps-policy.yaml, the policy file this review applies: the edited version was used, so review the edit as part of the change.'
  },
  {
    id: 'comment-skipped',
    severity: 'notice',
    description: 'The pull request comment was not posted (a fork’s read-only token, no permission, or GitHub failed).',
    example: 'The pull request comment was skipped: fork pull requests get a read-only token.'
  }
];

export const RULE_IDS = new Set(RULES.map(r => r.id));

export function parseRules(raw: string): RuleConfig {
  return parseRuleSettings(raw, RULES);
}

export const isOn = isRuleOn;
export const applyRules = applyRuleSettings;
