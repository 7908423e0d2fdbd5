// Generated from actions/mod-review/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  "working-directory": ".",
  "fail-on": "error",
  "max-annotations": "10",
  "major-label": "major-dependency-bump",
  "max-new-shipped": "10",
  "retries": "2",
  "sumdb": "true",
  "comment": "false",
  "answers-max-age": "24",
  "cache": "true"
};
