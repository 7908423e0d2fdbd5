import { ConfigurationError, type Inputs } from '@go-ci-gates/core';
import type { PublishInputs } from './types.js';

/** Every input the publishing half reads (the action.yml metadata test checks them). */
export const PUBLISH_INPUT_NAMES: readonly string[] = [
  'upload-artifact',
  'artifact-name',
  'artifact-retention-days',
  'release-asset',
  'dependency-submission',
  'attest',
  'attest-format',
  'github-token'
];

/** Characters the artifact service refuses in a name (mirrors @actions/artifact's validateArtifactName). */
const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export function parsePublishInputs(inputs: Inputs): PublishInputs {
  const artifactName = inputs.string('artifact-name');
  const bad = ARTIFACT_NAME_FORBIDDEN.filter(c => artifactName.includes(c));
  if (bad.length > 0) {
    throw new ConfigurationError('artifact-name', artifactName, `an artifact name may not contain ${bad.map(c => JSON.stringify(c)).join(', ')}`);
  }
  const parsed: PublishInputs = {
    uploadArtifact: inputs.boolean('upload-artifact'),
    artifactName,
    artifactRetentionDays: inputs.number('artifact-retention-days', { min: 1, max: 90, integer: true }),
    releaseAsset: inputs.enumeration('release-asset', ['auto', 'true', 'false'] as const),
    dependencySubmission: inputs.boolean('dependency-submission'),
    attest: inputs.boolean('attest'),
    attestFormat: inputs.enumeration('attest-format', ['cyclonedx', 'spdx'] as const),
    githubToken: inputs.string('github-token')
  };
  // Targets that can only work with a token are refused up front instead of failing after the SBOM is built.
  const needing = [parsed.dependencySubmission && 'dependency-submission', parsed.releaseAsset === 'true' && 'release-asset', parsed.attest && 'attest'].filter(
    (x): x is string => Boolean(x)
  );
  if (parsed.githubToken === '' && needing.length > 0) {
    throw new ConfigurationError('github-token', '', `a token is required when ${needing.join(', ')} ${needing.length > 1 ? 'are' : 'is'} enabled`);
  }
  return parsed;
}
