// Generated from actions/sbom-attach/action.yml by scripts/readme-tables.ts: do not edit.
// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  "working-directory": ".",
  "fail-on": "error",
  "max-annotations": "10",
  "mode": "app",
  "format": "cyclonedx, spdx",
  "cyclonedx-version": "1.6",
  "packages": "./...",
  "test-dependencies": "mark",
  "merge": "false",
  "licenses": "true",
  "upload-artifact": "true",
  "artifact-name": "sbom",
  "release-asset": "auto",
  "dependency-submission": "false",
  "attest": "false",
  "attest-format": "cyclonedx"
};
