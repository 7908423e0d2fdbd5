import { createHash, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { HttpTestServer, type RecordedRequest, sendJson } from './http-test-server.js';

/**
 * The Actions results service as @actions/artifact v6 speaks to it: twirp
 * JSON `CreateArtifact` / `FinalizeArtifact` under
 * /twirp/github.actions.results.api.v1.ArtifactService/, authorised by the
 * runtime token (a JWT whose `scp` claim holds
 * `Actions.Results:<run backend id>:<job backend id>`), and an Azure
 * Blob-style signed upload URL that takes Put Block (`comp=block`) and Put
 * Block List (`comp=blocklist`), which is what BlockBlobClient.uploadStream
 * sends. The path-style URL (`/<account>/<container>/<blob>`) is what the
 * Azure SDK expects for an IP host.
 */
export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  mimeType?: string;
  expiresAt?: string;
  version?: number;
  signature: string;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
  finalized: boolean;
  size?: string;
  hash?: string;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';

export class ArtifactService {
  readonly http = new HttpTestServer();
  readonly artifacts: StoredArtifact[] = [];
  readonly runBackendId = 'c4d0e1f2-0000-4000-8000-000000000001';
  readonly jobBackendId = 'c4d0e1f2-0000-4000-8000-000000000002';
  readonly runtimeToken: string;
  /** Answer every blob request with this Azure error (e.g. an expired signature). */
  blobFailure?: { status: number; code: string; message: string };
  private nextId = 1001;

  constructor() {
    this.runtimeToken = fakeJwt({ scp: `Actions.ExampleScope Actions.Results:${this.runBackendId}:${this.jobBackendId}` });
    this.http
      .route('POST', `${TWIRP}/CreateArtifact`, (req, res) => this.createArtifact(req, res))
      .route('POST', `${TWIRP}/FinalizeArtifact`, (req, res) => this.finalizeArtifact(req, res))
      .route('PUT', '/:account/:container/*', (req, res, p) => this.putBlob(req, res, `${p.container}/${p.rest}`));
  }

  async start(): Promise<string> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /** The variables a runner gives a step for artifact uploads. */
  env(): Record<string, string> {
    return { ACTIONS_RUNTIME_TOKEN: this.runtimeToken, ACTIONS_RESULTS_URL: `${this.http.url}/` };
  }

  finalized(name: string): StoredArtifact | undefined {
    return this.artifacts.find(a => a.name === name && a.finalized);
  }

  private authorised(req: RecordedRequest, res: ServerResponse): boolean {
    if (req.headers.authorization !== `Bearer ${this.runtimeToken}`) {
      twirpError(res, 401, 'unauthenticated', 'invalid runtime token');
      return false;
    }
    return true;
  }

  private parse(req: RecordedRequest, res: ServerResponse): any {
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      twirpError(res, 415, 'malformed', 'expected application/json');
      return undefined;
    }
    try {
      return JSON.parse(req.body.toString('utf8'));
    } catch {
      twirpError(res, 400, 'malformed', 'body is not JSON');
      return undefined;
    }
  }

  private ownsRun(body: any, res: ServerResponse): boolean {
    if (body.workflow_run_backend_id !== this.runBackendId || body.workflow_job_run_backend_id !== this.jobBackendId) {
      twirpError(res, 403, 'permission_denied', 'backend ids do not match the runtime token');
      return false;
    }
    return true;
  }

  private createArtifact(req: RecordedRequest, res: ServerResponse): void {
    if (!this.authorised(req, res)) return;
    const body = this.parse(req, res);
    if (!body || !this.ownsRun(body, res)) return;
    if (typeof body.name !== 'string' || body.name === '') return twirpError(res, 400, 'invalid_argument', 'name is required');
    if (this.artifacts.some(a => a.name === body.name)) {
      return twirpError(res, 409, 'already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const id = this.nextId++;
    const signature = randomBytes(8).toString('hex');
    this.artifacts.push({
      id,
      name: body.name,
      runBackendId: body.workflow_run_backend_id,
      jobBackendId: body.workflow_job_run_backend_id,
      mimeType: body.mime_type,
      expiresAt: body.expires_at,
      version: body.version,
      signature,
      blocks: new Map(),
      finalized: false
    });
    const blobPath = `/devstoreaccount1/actions-results/${id}/${encodeURIComponent(body.name)}.zip`;
    sendJson(res, 200, { ok: true, signed_upload_url: `${this.http.url}${blobPath}?sig=${signature}&sv=2023-11-03` });
  }

  private putBlob(req: RecordedRequest, res: ServerResponse, blobPath: string): void {
    if (this.blobFailure) return azureError(res, this.blobFailure.status, this.blobFailure.code, this.blobFailure.message);
    const id = Number(/^actions-results\/(\d+)\//.exec(blobPath)?.[1]);
    const artifact = this.artifacts.find(a => a.id === id);
    if (!artifact || req.query.get('sig') !== artifact.signature) return azureError(res, 403, 'AuthenticationFailed', 'Signature did not match.');
    const comp = req.query.get('comp');
    if (comp === 'block') {
      const blockId = req.query.get('blockid');
      if (!blockId) return azureError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      artifact.blocks.set(blockId, req.body);
      return azureCreated(res);
    }
    if (comp === 'blocklist') {
      const ids = [...req.body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(m => m[1]);
      const missing = ids.filter(b => !artifact.blocks.has(b));
      if (missing.length > 0) return azureError(res, 400, 'InvalidBlockList', `unknown block ${missing[0]}`);
      artifact.blob = Buffer.concat(ids.map(b => artifact.blocks.get(b)!));
      return azureCreated(res, artifact.blob);
    }
    // A single-shot Put Blob.
    artifact.blob = req.body;
    azureCreated(res, artifact.blob);
  }

  private finalizeArtifact(req: RecordedRequest, res: ServerResponse): void {
    if (!this.authorised(req, res)) return;
    const body = this.parse(req, res);
    if (!body || !this.ownsRun(body, res)) return;
    const artifact = this.artifacts.find(a => a.name === body.name && !a.finalized);
    if (!artifact) return twirpError(res, 404, 'not_found', `no artifact named ${body.name} is being uploaded`);
    if (!artifact.blob) return twirpError(res, 400, 'failed_precondition', 'nothing was uploaded');
    const digest = `sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`;
    if (body.hash !== undefined && body.hash !== digest)
      return twirpError(res, 400, 'invalid_argument', `hash ${body.hash} does not match the upload (${digest})`);
    artifact.finalized = true;
    artifact.size = body.size;
    artifact.hash = body.hash;
    sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
  }
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  sendJson(res, status, { code, msg });
}

function azureCreated(res: ServerResponse, content?: Buffer): void {
  const headers: Record<string, string> = {
    etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': randomBytes(16).toString('hex'),
    'x-ms-version': '2023-11-03',
    'x-ms-request-server-encrypted': 'true',
    'content-length': '0'
  };
  if (content) headers['content-md5'] = createHash('md5').update(content).digest('base64');
  res.writeHead(201, headers);
  res.end();
}

function azureError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/** An unsigned JWT: @actions/artifact only decodes the claims. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ ...claims, iat: 1700000000, exp: 4100000000 })}.${Buffer.from('not-signed').toString('base64url')}`;
}
