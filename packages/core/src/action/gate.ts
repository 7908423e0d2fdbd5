import type { GoRunner } from '../go/go-runner.js';
import type { CommonInputs } from '../inputs/common-inputs.js';
import type { InputSource } from '../inputs/inputs.js';
import type { Discovery } from '../modules/discover.js';
import type { Finding } from '../report/finding.js';
import type { GateReport, GateResult } from '../report/gate-report.js';
import type { RuleDoc } from '../report/rules.js';
import type { Logger } from '../util/log.js';

/** What a gate gets from the core to do its work. */
export interface GateDeps {
  go: GoRunner;
  discovery: Discovery;
  /** Absolute workspace root (GITHUB_WORKSPACE). */
  workspace: string;
  /** A fresh temp directory, removed after the run. */
  tempDir: string;
  log: Logger;
  /** The process environment the gate runs in (GITHUB_*, RUNNER_*, GO*). */
  env: NodeJS.ProcessEnv;
}

/** A gate: read inputs, ask core, decide, report. */
export interface GateDefinition<I extends CommonInputs = CommonInputs> {
  /** Action directory name, e.g. `mod-verify`; also the summary's heading. */
  name: string;
  /** Every rule its findings may carry (runGate adds the framework's own). */
  rules: readonly RuleDoc[];
  parseInputs(source: InputSource): I;
  execute(inputs: I, deps: GateDeps): Promise<GateResult>;
  /**
   * Work that must see the final verdict (after fail-on and the checkout
   * check), such as a pull-request comment. It may add notices (a comment that
   * could not be posted), never change the verdict.
   */
  afterReport?(report: GateReport, inputs: I, deps: GateDeps): Promise<Finding[]>;
}
