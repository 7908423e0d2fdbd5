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
