/** The gates the reusable workflow runs, in its table's column order. */
export const WORKFLOW_GATES = [
  'mod-verify',
  'readonly-list',
  'sum-audit',
  'vendor-consistency',
  'coverage-gate',
  'sbom-attach',
  'license-policy',
  'mod-review'
] as const;
export type WorkflowGate = (typeof WORKFLOW_GATES)[number];

/** A module as the discover job plans it: every job of the matrix gets one. */
export interface PlannedModule {
  /** Workspace-relative directory (`.` for the root). */
  dir: string;
  /** Module path from go.mod. */
  path: string;
  /** moduleDirKey(dir): in artifact names, cache keys and comment markers; no module's is a prefix of another's. */
  key: string;
  /** The file setup-go reads the Go version from. */
  goVersionFile: string;
  /** The `modules` input that selects exactly this module in a gate step. */
  select: string;
  /** Whether the module has a go.sum (setup-go's cache key; without one it only warns). */
  goSum: boolean;
}

export const RESULT_SCHEMA = 'go-ci-gates/workflow-result@1';

/** What a gate job recorded (result.json in its result artifact). */
export interface ResultRecord {
  schema: typeof RESULT_SCHEMA;
  gate: string;
  module: PlannedModule;
  /** The gate step's outcome: success, failure, cancelled or skipped. */
  outcome: string;
  result: string;
  /** Why the gate step did not run, when it did not: a setup step failed, or (coverage) a test shard did not report. */
  notRunBecause?: 'setup' | 'shards';
  outputs: Record<string, string>;
  reportFile: string | null;
}
