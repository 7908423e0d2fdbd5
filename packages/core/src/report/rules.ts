import { ConfigurationError } from '../errors.js';
import type { Finding, Severity } from './finding.js';

/**
 * A gate's rule registry entry: every finding's `rule` is one of its gate's
 * entries (runGate treats anything else as a bug), and the gate README's rule
 * table is generated from the registry (scripts/readme-tables.ts).
 */
export interface RuleDoc {
  id: string;
  /** The severity as documented: one severity, or how it is chosen ("warning (error with `unverifiable: error`)"). */
  severity: string;
  /** What the rule finds, one or two sentences. */
  description: string;
  /** A real finding's message, shortened where marked; empty when there is no one typical message. */
  example?: string;
}

/** Rules runGate adds to every gate's findings itself. */
export const FRAMEWORK_RULES: readonly RuleDoc[] = [
  {
    id: 'checkout-modified',
    severity: 'error',
    description: 'A file of the checkout (go.mod, go.sum, go.work, vendor/, …) changed while the gate ran, which no gate may do.',
    example: 'The checkout changed while the gate ran, which it must never do: changed go.sum.'
  }
];

/** A rule's configured severity; `off` drops its findings. */
export type RuleSetting = Severity | 'off';

/** Severity per rule after a gate's `rules` input. */
export type RuleConfig = ReadonlyMap<string, RuleSetting>;

/** A finding without its severity: the rule configuration decides it. */
export type Draft = Omit<Finding, 'severity'>;

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'notice', 'off'];

/** Why `id: setting` is not a valid rule setting for the registry, or undefined when it is (the `rules` input, a policy file). */
export function ruleSettingProblem(id: string, setting: unknown, registry: readonly { id: string }[]): string | undefined {
  if (!registry.some(r => r.id === id)) return `unknown rule id '${id}'; known rules: ${registry.map(r => r.id).join(', ')}`;
  if (!(RULE_SETTINGS as unknown[]).includes(setting)) return `expected one of: ${RULE_SETTINGS.join(', ')}`;
  return undefined;
}

/**
 * Parses a `rules` input, `rule-id: error|warning|notice|off` per line, over a
 * registry's defaults (mod-verify, mod-review); an unknown rule or setting is a
 * ConfigurationError.
 */
export function parseRuleSettings(raw: string, registry: readonly { id: string; severity: RuleSetting }[]): RuleConfig {
  const config = new Map<string, RuleSetting>(registry.map(r => [r.id, r.severity]));
  for (const line of raw.split(/\r?\n/)) {
    const t = line.replace(/#.*$/, '').trim();
    if (!t) continue;
    const m = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(t);
    if (!m) throw new ConfigurationError('rules', t, "expected 'rule-id: error|warning|notice|off' on each line");
    const [, id, setting] = m;
    const problem = ruleSettingProblem(id, setting, registry);
    if (problem) throw new ConfigurationError('rules', t, problem);
    config.set(id, setting as RuleSetting);
  }
  return config;
}

/** Whether any of the rules is switched on. */
export function isRuleOn(config: RuleConfig, ...ids: string[]): boolean {
  return ids.some(id => config.get(id) !== 'off');
}

/** Applies the configured severity; findings of rules switched off are dropped. */
export function applyRuleSettings(config: RuleConfig, drafts: readonly Draft[]): Finding[] {
  const out: Finding[] = [];
  for (const d of drafts) {
    const s = config.get(d.rule);
    if (s === undefined) throw new Error(`internal: finding for unregistered rule ${d.rule}`);
    if (s !== 'off') out.push({ ...d, severity: s });
  }
  return out;
}
