/**
 * The data the publishing half of sbom-attach receives from the generator.
 * Structural on purpose: the generator's own model only has to fit this shape.
 */

/** The dependency graph per Go module, as the dependency submission needs it. */
export interface SubmissionGraph {
  modules: {
    path: string;
    relDir: string;
    goModFile: string;
    components: { purl: string; name: string; version: string; direct: boolean; scope: 'runtime' | 'development'; dependsOn: string[] }[];
  }[];
}

export type SubmissionModule = SubmissionGraph['modules'][number];
export type SubmissionComponent = SubmissionModule['components'][number];

/** One SBOM document already written to disk. */
export interface SbomFile {
  /** Absolute path (or relative to the process working directory). */
  path: string;
  format: 'cyclonedx' | 'spdx';
  /** The file name it is published under (artifact entry, release asset name). */
  name: string;
}

export interface PublishInputs {
  uploadArtifact: boolean;
  artifactName: string;
  artifactRetentionDays?: number;
  releaseAsset: 'auto' | 'true' | 'false';
  dependencySubmission: boolean;
  attest: boolean;
  attestFormat: 'cyclonedx' | 'spdx';
  githubToken: string;
}

/** One summary row: where the SBOM went and with what outcome. */
export interface PublishRow {
  target: string;
  status: string;
  link?: string;
}

/** Timeouts and retries for every service call; tests shorten them. */
export interface HttpPolicy {
  /** Attempts in all (first try included) for 5xx, 429 and network failures. */
  attempts: number;
  /** Delay before the first retry; doubles on each further one. */
  retryBaseMs: number;
  /** Per-request time limit. */
  timeoutMs: number;
  /**
   * Limit for a whole upload driven by a library with its own retries
   * (@actions/artifact retries 5xx five times from 3 s apart), so a service
   * that never answers cannot hold the job.
   */
  deadlineMs: number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = { attempts: 4, retryBaseMs: 1000, timeoutMs: 60_000, deadlineMs: 300_000 };

/** What publishSbom needs from the run besides the inputs. */
export interface PublishContext {
  env: NodeJS.ProcessEnv;
  log: import('@go-ci-gates/core').Logger;
  workspace: string;
  /** Overrides of DEFAULT_HTTP_POLICY (tests shorten delays and time limits). */
  http?: Partial<HttpPolicy>;
  /**
   * What the attestation is about (binaries, a checksums file). Without it
   * the attested SBOM file itself is the subject.
   */
  attestSubjects?: { name: string; digest: Record<string, string> }[];
}
