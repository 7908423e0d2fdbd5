import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding license-policy reports: the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'license-denied',
    severity: 'error (notice under `new-only` when not new)',
    description: 'Every way to satisfy the module’s license expression needs a license on the deny list.',
    example:
      '`go.mod:7` example.com/lic/gpl@v1.0.0 is licensed GPL-3.0-only (LICENSE, coverage 100%), which the policy denies; reached via example.com/app → example.com/lic/gpl.'
  },
  {
    id: 'license-not-allowed',
    severity: 'error (notice under `new-only` when not new)',
    description: 'The module’s license expression is not satisfied by the allowed licenses (A OR B needs one allowed, A AND B both).',
    example:
      '`go.mod:5` example.com/sbom/dual@v1.0.0 is licensed Apache-2.0 AND MIT (LICENSE-APACHE, LICENSE-MIT, coverage 100%), which the allowed licenses (MIT) do not satisfy.'
  },
  {
    id: 'license-unknown',
    severity: 'error (warning with `unknown: warn`, none with `unknown: allow`; notice under `new-only` when not new)',
    description: 'No license was recognised for the module (no license file, or a text that matches no SPDX license well enough): NOASSERTION.',
    example: '`go.mod:6` example.com/sbom/custom@v1.0.0 has no recognised license: LICENSE matches no SPDX license (coverage 0%).'
  },
  {
    id: 'exception-expired',
    severity: 'error',
    description: 'A policy-file exception is past its `expires` date: it no longer applies, and says so at its line.',
    example:
      '`licenses.yaml:8` The exception for example.com/sbom/custom expired on 2024-01-31 (reason: legal review LEGAL-7); renew it or drop the dependency.'
  },
  {
    id: 'exception-unused',
    severity: 'notice',
    description: 'A policy-file exception matches no judged module: remove it so it cannot hide a later dependency.',
    example: '`licenses.yaml:12` The exception for example.com/gone/* matches no module that ships; remove it.'
  },
  {
    id: 'base-unavailable',
    severity: 'warning (notice without `new-only`)',
    description:
      'The pull request’s base commit is not in the checkout (a depth-1 clone) or has no go.mod there: nothing can be said to be new, so every module is judged as new.',
    example:
      'The base commit 0123456789ab is not in the checkout (fetch-depth: 1?), so every module counts as new in this pull request; use actions/checkout with fetch-depth: 0.'
  },
  {
    id: 'module-missing',
    severity: 'error',
    description: 'A module of the set has no files in the module cache or vendor/ to read its license from.',
    example: 'example.com/x@v1.0.0 is not in the module cache (run go mod download example.com/x@v1.0.0), so its license cannot be judged.'
  }
];
