import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding license-policy reports: the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'license-denied',
    severity: 'error (notice under `new-only` when not new)',
    description: 'Every way to satisfy the module’s license expression needs a license on the deny list.',
    example:
      '`go.mod:9` example.com/sbom/apachelib@v1.2.0 is licensed Apache-2.0, which the policy denies (Apache-2.0); found LICENSE: Apache-2.0 (coverage 100%). It is pulled in by example.com/sbom/mitlib: example.com/licapp → example.com/sbom/mitlib → example.com/sbom/apachelib.'
  },
  {
    id: 'license-not-allowed',
    severity: 'error (notice under `new-only` when not new)',
    description: 'The module’s license expression is not satisfied by the allowed licenses (A OR B needs one allowed, A AND B both).',
    example:
      '`go.mod:8` example.com/sbom/dual@v1.0.0 is licensed Apache-2.0 AND MIT, which the allowed licenses (MIT, BSD-3-Clause) do not satisfy; found LICENSE-APACHE: Apache-2.0 (coverage 100%); LICENSE-MIT: MIT (coverage 100%). New in this pull request.'
  },
  {
    id: 'license-unknown',
    severity: 'error (warning with `unknown: warn`, none with `unknown: allow`; notice under `new-only` when not new)',
    description: 'No license was recognised for the module (no license file, or a text that matches no SPDX license well enough): NOASSERTION.',
    example: '`go.mod:7` example.com/sbom/custom@v1.0.0 has no recognised license (NOASSERTION): LICENSE: no SPDX license recognised (coverage 0%).'
  },
  {
    id: 'exception-expired',
    severity: 'error',
    description: 'A policy-file exception is past its `expires` date: it no longer applies, and says so at its line.',
    example:
      '`licenses.yaml:2` The exception for example.com/sbom/custom expired on 2024-01-31 (reason: bespoke license reviewed by legal (LEGAL-7)), so it no longer applies; renew it or drop the dependency.'
  },
  {
    id: 'exception-unused',
    severity: 'notice',
    description: 'A policy-file exception matches no judged module: remove it so it cannot hide a later dependency.',
    example: '`licenses.yaml:10` The exception for example.com/gone/* matches no module that ships; remove it so it cannot hide a later dependency.'
  },
  {
    id: 'base-unavailable',
    severity: 'warning (notice without `new-only`)',
    description:
      'The pull request’s base commit is neither in the checkout nor fetchable from origin by its SHA, or has no go.mod there: nothing can be said to be new, so every module is judged as new.',
    example:
      'The base commit 0123456789ab cannot be read (is not in the checkout (a shallow clone) and could not be fetched from origin: "fatal: could not read Username"), so every module counts as new in this pull request; use actions/checkout with fetch-depth: 0.'
  },
  {
    id: 'module-missing',
    severity: 'error',
    description: 'A module of the set has no files in the module cache or vendor/ to read its license from.',
    example: 'example.com/x@v1.0.0 has no files in the module cache or vendor/ (run go mod download example.com/x@v1.0.0), so its license cannot be judged.'
  }
];
