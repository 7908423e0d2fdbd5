// Generated from actions/vendor-consistency/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  "working-directory": ".",
  "fail-on": "error",
  "max-annotations": "10",
  "require-vendor": "false",
  "regenerate": "true",
  "max-diff-lines": "200"
};
