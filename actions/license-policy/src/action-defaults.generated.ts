// Generated from actions/license-policy/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  "working-directory": ".",
  "fail-on": "error",
  "max-annotations": "10",
  "mode": "auto",
  "packages": "./...",
  "test-dependencies": "exclude",
  "allow": "0BSD, Apache-2.0, BlueOak-1.0.0, BSD-2-Clause, BSD-3-Clause, CC0-1.0, ISC, MIT, MIT-0, MPL-2.0, Unlicense, UPL-1.0, Zlib, CC-BY-4.0, CC-BY-SA-4.0, OFL-1.1",
  "unknown": "error",
  "new-only": "false"
};
