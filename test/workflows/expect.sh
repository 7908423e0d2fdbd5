#!/usr/bin/env bash
# Asserts what a gate step in self-test.yml did. Every expectation is an
# environment variable, so workflow values never become shell code:
#   GATE            gate name the JSON report must carry
#   OUTCOME         steps.<id>.outcome          WANT_OUTCOME  success | failure
#   RESULT          steps.<id>.outputs.result   WANT_RESULT   pass | fail | error
#   REPORT          steps.<id>.outputs.report-path (must be a readable JSON report)
#   ERRORS          steps.<id>.outputs.error-count  MIN_ERRORS  (optional) at least this many
#   OUTPUT_NAME / OUTPUT_VALUE / WANT_VALUE  (optional) one more output to compare exactly
# Prints one ::error line per mismatch and exits 1 if there was any.
set -u
problems=0
mismatch() {
  echo "::error title=self-test ${GATE:-gate}::$1"
  problems=$((problems + 1))
}

[ "${OUTCOME:-}" = "${WANT_OUTCOME:-}" ] || mismatch "step outcome is '${OUTCOME:-}', expected '${WANT_OUTCOME:-}'"
[ "${RESULT:-}" = "${WANT_RESULT:-}" ] || mismatch "output result is '${RESULT:-}', expected '${WANT_RESULT:-}'"

if [ -z "${REPORT:-}" ] || [ ! -r "${REPORT}" ]; then
  mismatch "output report-path '${REPORT:-}' is not a readable file"
else
  gate_in_report=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(`${r.gate}:${r.result}`)' "$REPORT" 2>/dev/null) || gate_in_report=''
  [ "$gate_in_report" = "${GATE:-}:${WANT_RESULT:-}" ] || mismatch "report ${REPORT} says '${gate_in_report}', expected '${GATE:-}:${WANT_RESULT:-}'"
fi

if [ -n "${MIN_ERRORS:-}" ]; then
  case "${ERRORS:-}" in
    '' | *[!0-9]*) mismatch "output error-count is '${ERRORS:-}', expected a number >= ${MIN_ERRORS}" ;;
    *) [ "$ERRORS" -ge "$MIN_ERRORS" ] || mismatch "output error-count is ${ERRORS}, expected >= ${MIN_ERRORS}" ;;
  esac
fi

if [ -n "${OUTPUT_NAME:-}" ]; then
  [ "${OUTPUT_VALUE:-}" = "${WANT_VALUE:-}" ] || mismatch "output ${OUTPUT_NAME} is '${OUTPUT_VALUE:-}', expected '${WANT_VALUE:-}'"
fi

if [ "$problems" -gt 0 ]; then exit 1; fi
echo "${GATE:-gate}: ${WANT_OUTCOME:-} / ${WANT_RESULT:-} as expected"
