import { ConfigurationError, type Finding, type Severity } from '@go-ci-gates/core';

export type RuleSetting = Severity | 'off';

export interface RuleInfo {
  id: string;
  /** Severity when the `rules` input does not set one. */
  severity: RuleSetting;
  /** One line for the README and the summary. */
  description: string;
}

/** Every check of mod-verify, with its default severity. */
export const RULES: readonly RuleInfo[] = [
  { id: 'cache-integrity', severity: 'error', description: 'go mod verify: a module cache zip or directory changed after download, or has no .ziphash.' },
  { id: 'gosum-mismatch', severity: 'error', description: 'A go.sum h1: line differs from the hash recomputed from the downloaded zip or go.mod.' },
  { id: 'untidy', severity: 'error', description: 'go mod tidy -diff would change go.mod or go.sum (one finding per hunk).' },
  { id: 'tidy-error', severity: 'error', description: 'go mod tidy cannot load the module (missing module, bad import, ...), so tidiness is unknown.' },
  { id: 'tidy-undecided', severity: 'warning', description: 'go mod tidy -diff failed on the network after retries: tidiness could not be decided.' },
  { id: 'replace-directive', severity: 'off', description: 'Any replace directive not allowed by replace-allow (switch on to forbid replaces).' },
  { id: 'replace-local', severity: 'error', description: 'A replace to a local directory (../x), which breaks builds outside this checkout.' },
  { id: 'replace-duplicate', severity: 'error', description: 'The same module (and version) replaced more than once.' },
  { id: 'replace-noop', severity: 'warning', description: 'A replace that changes nothing: target equals source, or its version is not the one required.' },
  { id: 'exclude-directive', severity: 'off', description: 'An exclude directive (switch on to forbid them).' },
  { id: 'retract-rationale', severity: 'warning', description: 'A retract directive without a comment explaining why.' },
  { id: 'toolchain-required', severity: 'off', description: 'go.mod has no toolchain line.' },
  { id: 'toolchain-forbidden', severity: 'off', description: 'go.mod has a toolchain line.' },
  { id: 'toolchain-pattern', severity: 'error', description: 'The toolchain line does not match the toolchain-pattern input.' },
  { id: 'go-version-pattern', severity: 'error', description: 'The go line does not match the go-version-pattern input.' },
  { id: 'godebug-directive', severity: 'off', description: 'A godebug directive (switch on to forbid them).' },
  { id: 'tool-directive', severity: 'off', description: 'A tool directive (switch on to forbid them).' },
  { id: 'ignore-directive', severity: 'off', description: 'An ignore directive (Go 1.25; switch on to forbid them).' },
  { id: 'module-path', severity: 'off', description: 'The module line is not a valid module path (module.CheckPath: a dotted first element, no upper case in it, ...), so nothing else can require it (switch on to check).' },
  { id: 'version-syntax', severity: 'error', description: 'A required, replaced or excluded version that is not canonical, disagrees with the /vN suffix, or misuses +incompatible.' },
  { id: 'pseudo-version', severity: 'warning', description: 'A direct dependency pinned to a pseudo-version (an untagged commit).' },
  { id: 'prerelease-version', severity: 'notice', description: 'A direct dependency on a pre-release (v1.2.0-rc.1).' },
  { id: 'incompatible-version', severity: 'notice', description: 'A direct dependency on a +incompatible version (v2+ without go.mod).' },
  { id: 'retracted', severity: 'error', description: 'A dependency in the build list is retracted by its author.' },
  { id: 'deprecated', severity: 'warning', description: 'A dependency is deprecated (a // Deprecated: comment on its latest go.mod).' },
  { id: 'go-too-new', severity: 'error', description: 'The go line needs a newer Go than the one running, and GOTOOLCHAIN forbids switching.' },
  { id: 'gonosumcheck', severity: 'warning', description: 'GONOSUMCHECK is set: it is not a Go variable and does nothing.' },
  { id: 'goflags-mod-mod', severity: 'warning', description: 'GOFLAGS has -mod=mod under a go.work, which go rejects in workspace mode.' },
  { id: 'unwanted-module', severity: 'error', description: 'Policy file: a module marked unwanted gained a new reference (the allowance may only shrink).' },
  { id: 'unwanted-allowance-stale', severity: 'notice', description: 'Policy file: an allowed reference to an unwanted module is gone; shrink the allowance.' },
  { id: 'pinned-version', severity: 'error', description: 'Policy file: a pinned module resolves to another version than the pinned one.' }
];

export const RULE_IDS = new Set(RULES.map(r => r.id));
const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'notice', 'off'];

/** Severity per rule after the `rules` input. */
export type RuleConfig = ReadonlyMap<string, RuleSetting>;

/** Parses `rule-id: error|warning|notice|off` lines; an unknown rule or setting is a ConfigurationError. */
export function parseRules(raw: string): RuleConfig {
  const config = new Map<string, RuleSetting>(RULES.map(r => [r.id, r.severity]));
  for (const line of raw.split(/\r?\n/)) {
    const t = line.replace(/#.*$/, '').trim();
    if (!t) continue;
    const m = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(t);
    if (!m) throw new ConfigurationError('rules', t, "expected 'rule-id: error|warning|notice|off' on each line");
    const [, id, setting] = m;
    if (!RULE_IDS.has(id)) throw new ConfigurationError('rules', t, `unknown rule id '${id}'; known rules: ${[...RULE_IDS].join(', ')}`);
    if (!(SETTINGS as string[]).includes(setting)) throw new ConfigurationError('rules', t, `expected one of: ${SETTINGS.join(', ')}`);
    config.set(id, setting as RuleSetting);
  }
  return config;
}

export function isOn(config: RuleConfig, ...ids: string[]): boolean {
  return ids.some(id => config.get(id) !== 'off');
}

/** A finding without its severity: the rule configuration decides it. */
export type Draft = Omit<Finding, 'severity'>;

/** Applies the configured severity; findings of rules switched off are dropped. */
export function applyRules(config: RuleConfig, drafts: readonly Draft[]): Finding[] {
  const out: Finding[] = [];
  for (const d of drafts) {
    const s = config.get(d.rule);
    if (s === undefined) throw new Error(`internal: finding for unregistered rule ${d.rule}`);
    if (s !== 'off') out.push({ ...d, severity: s });
  }
  return out;
}
