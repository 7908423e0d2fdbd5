import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, Inputs, mapInputSource } from '@go-ci-gates/core';
import { PUBLISH_INPUT_NAMES, parsePublishInputs } from '../../src/publish/index.js';
import { ACTION_DEFAULTS } from '../../src/action-defaults.generated.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const parse = (values: Record<string, string>) => parsePublishInputs(new Inputs(mapInputSource(values), ACTION_DEFAULTS));

describe('parsePublishInputs', () => {
  it('applies the documented defaults', () => {
    expect(parse({ 'github-token': 't' })).toEqual({
      uploadArtifact: true,
      artifactName: 'sbom',
      artifactRetentionDays: undefined,
      releaseAsset: 'auto',
      dependencySubmission: false,
      attest: false,
      attestFormat: 'cyclonedx',
      githubToken: 't'
    });
  });

  it('reads every input', () => {
    expect(
      parse({
        'upload-artifact': 'false',
        'artifact-name': 'sbom-linux',
        'artifact-retention-days': '7',
        'release-asset': 'true',
        'dependency-submission': 'true',
        attest: 'true',
        'attest-format': 'spdx',
        'github-token': 'tok'
      })
    ).toEqual({
      uploadArtifact: false,
      artifactName: 'sbom-linux',
      artifactRetentionDays: 7,
      releaseAsset: 'true',
      dependencySubmission: true,
      attest: true,
      attestFormat: 'spdx',
      githubToken: 'tok'
    });
  });

  it.each([
    [{ 'release-asset': 'always' }, 'Input \'release-asset\' has an invalid value "always": expected one of: auto, true, false'],
    [{ 'attest-format': 'xml' }, 'Input \'attest-format\' has an invalid value "xml": expected one of: cyclonedx, spdx'],
    [{ 'artifact-retention-days': '91' }, 'Input \'artifact-retention-days\' has an invalid value "91": expected a number from 1 to 90'],
    [{ 'artifact-name': 'sbom/linux' }, 'Input \'artifact-name\' has an invalid value "sbom/linux": an artifact name may not contain "/"'],
    [{ attest: 'yes' }, 'Input \'attest\' has an invalid value "yes": expected true or false'],
    [
      { 'dependency-submission': 'true', attest: 'true', 'github-token': '' },
      'Input \'github-token\' has an invalid value "": a token is required when dependency-submission, attest are enabled'
    ]
  ])('refuses %j with one clear line', (values, message) => {
    let err: unknown;
    try {
      parse({ 'github-token': 't', ...values });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(message);
  });

  it('the action.yml inputs block documents exactly the inputs read, with the agreed defaults', () => {
    const block = parseYaml(`inputs:\n${readFileSync(path.join(here, '../../src/publish/action-inputs.yml'), 'utf8')}`).inputs;
    expect(Object.keys(block).sort()).toEqual([...PUBLISH_INPUT_NAMES].sort());
    expect(Object.fromEntries(Object.entries<any>(block).map(([k, v]) => [k, v.default]))).toEqual({
      'upload-artifact': 'true',
      'artifact-name': 'sbom',
      'artifact-retention-days': '',
      'release-asset': 'auto',
      'dependency-submission': 'false',
      attest: 'false',
      'attest-format': 'cyclonedx',
      'github-token': '${{ github.token }}'
    });
    for (const v of Object.values<any>(block)) expect(v.description.length).toBeGreaterThan(20);
  });
});
