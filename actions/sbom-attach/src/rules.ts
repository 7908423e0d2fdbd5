import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding sbom-attach reports: the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'main-version',
    severity: 'warning',
    description: "The main module's version could not be read from git as Go stamps it (shallow clone, no tags, no git checkout).",
    example:
      'The checkout of example.com/app is shallow, so tags may be missing and its version falls back to v0.0.0-20240506070809-0123456789ab; use actions/checkout with fetch-depth: 0 (or fetch-tags: true)'
  },
  {
    id: 'no-main-package',
    severity: 'notice',
    description: 'A module of a go.work or a monorepo has no main package matching `packages`, so app mode has no SBOM for it.',
    example: 'example.com/work/svc-a has no main package matching ./..., so app mode has no SBOM for it (use mode: module to describe a library).'
  },
  {
    id: 'gosum-hash-mismatch',
    severity: 'error',
    description: "A hash recorded in go.sum or the build info disagrees with the module cache's hash of the same module.",
    example: ''
  },
  {
    id: 'invalid-cyclonedx',
    severity: 'error',
    description: 'The CycloneDX document failed validation against its schema; it is not written or attached.',
    example: 'The CycloneDX 1.6 document for example.com/app is invalid: schema: ...'
  },
  {
    id: 'invalid-spdx',
    severity: 'error',
    description: 'The SPDX document failed validation (schema, SPDXIDs, relationships, license expressions, dates); it is not written or attached.',
    example: 'The SPDX 2.3 document for example.com/app is invalid: relationship to missing element SPDXRef-...'
  },
  {
    id: 'artifact-upload-failed',
    severity: 'error / warning',
    description: 'The workflow artifact could not be uploaded (warning where the runner has no artifact service).',
    example: ''
  },
  { id: 'attestation-failed', severity: 'error', description: 'The SBOM attestation could not be created or stored.', example: '' },
  {
    id: 'dependency-submission-failed',
    severity: 'error / warning',
    description: 'The dependency snapshot could not be submitted (warning where the token cannot write it).',
    example: ''
  },
  {
    id: 'dependency-submission-invalid-purl',
    severity: 'warning',
    description: "A component's purl is not one the dependency graph accepts; the component is left out of the snapshot.",
    example: ''
  },
  {
    id: 'release-asset-failed',
    severity: 'error / warning',
    description: 'The SBOM could not be attached to the release (warning when there is no release for the ref).',
    example: ''
  },
  { id: 'publish-failed', severity: 'error', description: 'A publishing step failed unexpectedly; the others still ran.', example: '' }
];
