import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding coverage-gate reports: the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'coverage-total',
    severity: 'error',
    description: 'Total coverage is below `threshold-total`.',
    example: 'Total coverage is 79.99% (7999/10000 statements), below the minimum of 80%.'
  },
  {
    id: 'coverage-package',
    severity: 'error',
    description: 'A package is below `threshold-package`.',
    example: 'Package example.com/m/calc coverage is 40.00% (...), below the minimum of 60%.'
  },
  { id: 'coverage-file', severity: 'error', description: 'A file is below `threshold-file` (annotated at its first uncovered line).', example: '' },
  {
    id: 'coverage-rule',
    severity: 'error / warning',
    description: 'A `rules` glob group is below its minimum (error), or matches no file (warning).',
    example: 'Rule internal/handlers/** (12 files) coverage is ...; or: it matches no file.'
  },
  {
    id: 'coverage-drop',
    severity: 'error',
    description: 'Total coverage dropped against the baseline by more than `max-drop`.',
    example: 'Total coverage dropped by 8.01 pt (90.00% → 81.99%), more than the allowed 8 pt.'
  },
  { id: 'coverage-package-drop', severity: 'error', description: 'A package dropped against the baseline by more than `max-package-drop`.', example: '' },
  {
    id: 'baseline-missing',
    severity: 'warning (policy)',
    description: 'No baseline to compare with; `missing-baseline` decides the severity.',
    example: 'No coverage baseline to compare with: no baseline for branch main in the GitHub Actions cache.'
  },
  {
    id: 'baseline-invalid',
    severity: 'warning (error with `missing-baseline: error`)',
    description: 'The baseline exists but is not valid, and is treated as missing.',
    example:
      'The baseline file coverage-baseline.json is not valid and is treated as missing: files["main.go"] must be [covered, total] with 0 <= covered <= total, not [9,0].'
  },
  {
    id: 'baseline-go-version',
    severity: 'warning',
    description: 'The baseline was measured with another Go version, whose statement counts may differ.',
    example: 'The baseline was measured with go1.25.1 and this run uses go1.26.8 ...'
  },
  {
    id: 'baseline-mismatch',
    severity: 'warning',
    description: 'The baseline was measured with another denominator or coverage mode than this run.',
    example: ''
  },
  {
    id: 'patch-coverage',
    severity: 'error',
    description: 'Coverage of the changed lines is below `threshold-patch`.',
    example: 'Patch coverage is 0.00% (0/3 changed statements), below the minimum of 80%.'
  },
  {
    id: 'patch-coverage-unavailable',
    severity: 'notice (error with `threshold-patch`)',
    description: 'The changed lines could not be computed (the base commit is missing and could not be fetched); everything else is judged.',
    example:
      'Patch coverage is unavailable: the base 0123456789ab is not in the checkout (a shallow clone) and could not be fetched from origin: "fatal: ...". Everything else is judged.'
  },
  {
    id: 'uncovered-change',
    severity: 'notice',
    description: 'Changed statements not covered by tests, annotated at their line range.',
    example: '3 changed statements not covered by tests (annotated at the line range).'
  },
  {
    id: 'unmapped-files',
    severity: 'warning',
    description: 'Profile files that belong to no discovered module, left out of every total.',
    example: '2 profile file(s) belong to no discovered module and were left out.'
  },
  {
    id: 'comment-skipped',
    severity: 'notice',
    description: 'The pull-request comment was not posted (no permission, a fork, or the API failed); the verdict is unchanged.',
    example:
      'The pull request comment was skipped: the token cannot write comments here (HTTP 403; fork pull requests get a read-only token). Fork pull requests are detected from the event and skipped without calling the API.'
  }
];
