import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Outcome, emptyOutcome, stillWritten } from './outcome.js';
import { withDeadline, withProcessEnv } from './process-env.js';
import type { HttpPolicy, PublishContext, PublishInputs, SbomFile } from './types.js';

/** Variables @actions/artifact reads from process.env during an upload. */
const ARTIFACT_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_RETENTION_DAYS',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY'
];

/**
 * Uploads every SBOM file as one workflow artifact (a zip with one entry per
 * file, named as the file is published) through the Actions results service.
 */
export async function uploadWorkflowArtifact(files: readonly SbomFile[], inputs: PublishInputs, ctx: PublishContext, policy: HttpPolicy): Promise<Outcome> {
  const out = emptyOutcome();
  const target = `workflow artifact '${inputs.artifactName}'`;
  const fail = (message: string, severity: 'error' | 'warning' = 'error'): Outcome => {
    out.findings.push({ rule: 'artifact-upload-failed', severity, message: message + stillWritten(files, ctx.workspace) });
    out.rows.push({ target, status: severity === 'error' ? 'failed' : 'skipped' });
    return out;
  };
  if (!ctx.env.ACTIONS_RUNTIME_TOKEN || !ctx.env.ACTIONS_RESULTS_URL) {
    return fail(
      `${target} was not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set, so this is not running as a GitHub Actions step; set 'upload-artifact: false' to skip it.`,
      'warning'
    );
  }
  const staged = await stageFiles(files);
  try {
    // Loaded only for an upload: @actions/artifact (Azure storage client and all) is most of the bundle.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    // The results service client retries 5xx itself; the deadline stops a service that never answers.
    const result = await withProcessEnv(ctx.env, ARTIFACT_ENV, () =>
      withDeadline(
        client.uploadArtifact(inputs.artifactName, staged.paths, staged.root, { retentionDays: inputs.artifactRetentionDays }),
        policy.deadlineMs,
        'the artifact service'
      )
    );
    const link = artifactLink(ctx.env, result.id);
    ctx.log.info(`Uploaded ${target} (${files.length} file${files.length === 1 ? '' : 's'}, ${result.size ?? 0} bytes, id ${result.id}).`);
    out.rows.push({ target, status: `uploaded (${files.map(f => f.name).join(', ')})`, ...(link ? { link } : {}) });
    return out;
  } catch (err) {
    return fail(`${target} upload failed: ${explainArtifactError(err)}`);
  } finally {
    if (staged.temp) await fs.rm(staged.temp, { recursive: true, force: true });
  }
}

/**
 * The zip entries are the files' paths relative to the root directory, so the
 * files go in one directory under their published names (copied when they do
 * not already sit together under those names).
 */
async function stageFiles(files: readonly SbomFile[]): Promise<{ root: string; paths: string[]; temp?: string }> {
  const dirs = new Set(files.map(f => path.dirname(path.resolve(f.path))));
  if (dirs.size === 1 && files.every(f => path.basename(f.path) === f.name)) {
    const root = [...dirs][0];
    return { root, paths: files.map(f => path.resolve(f.path)) };
  }
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'sbom-artifact-'));
  const paths: string[] = [];
  for (const f of files) {
    const dest = path.join(temp, f.name);
    await fs.copyFile(f.path, dest);
    paths.push(dest);
  }
  return { root: temp, paths, temp };
}

function artifactLink(env: NodeJS.ProcessEnv, id: number | undefined): string | undefined {
  if (!id || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}

/** @actions/artifact's messages carry the status as `(401)`; add what to do about the usual ones. */
export function explainArtifactError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const status = Number(/\((\d{3})\)/.exec(message)?.[1] ?? NaN);
  if (status === 401 || status === 403) return `${message}. The runtime token was refused; the step must run inside the job that owns it.`;
  if (/409|already exists/i.test(message)) return `${message}. An artifact with this name already exists in the run; give each job its own 'artifact-name'.`;
  if (err instanceof Error && err.name === 'DeadlineError') return `${message}.`;
  return message;
}
