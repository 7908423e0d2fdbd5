// Every gate's rule registry, for the generated README rule tables. A gate
// added under actions/ must be listed here (test/workflows/drift.test.ts checks).
import { FRAMEWORK_RULES, type RuleDoc } from '../packages/core/src/index.js';
import { RULES as coverageGate } from '../actions/coverage-gate/src/rules.js';
import { RULES as licensePolicy } from '../actions/license-policy/src/rules.js';
import { RULES as modReview } from '../actions/mod-review/src/rules.js';
import { RULES as modVerify } from '../actions/mod-verify/src/rules.js';
import { RULES as readonlyList } from '../actions/readonly-list/src/rules.js';
import { RULES as sbomAttach } from '../actions/sbom-attach/src/rules.js';
import { RULES as sumAudit } from '../actions/sum-audit/src/rules.js';
import { RULES as vendorConsistency } from '../actions/vendor-consistency/src/rules.js';

export const GATE_RULES: Record<string, readonly RuleDoc[]> = {
  'coverage-gate': coverageGate,
  'license-policy': licensePolicy,
  'mod-review': modReview,
  'mod-verify': modVerify,
  'readonly-list': readonlyList,
  'sbom-attach': sbomAttach,
  'sum-audit': sumAudit,
  'vendor-consistency': vendorConsistency
};

export { FRAMEWORK_RULES };
