// Generated from actions/coverage-gate/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  "working-directory": ".",
  "fail-on": "error",
  "max-annotations": "10",
  "run-tests": "false",
  "test-args": "-covermode=atomic -coverpkg=./... ./...",
  "denominator": "statements",
  "min-statements": "0",
  "exclude-generated": "true",
  "baseline": "cache",
  "save-baseline": "auto",
  "noise-floor": "0.1",
  "missing-baseline": "warn",
  "patch-min-statements": "5",
  "comment": "false"
};
