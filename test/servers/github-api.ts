import type { ServerResponse } from 'node:http';
import { PackageURL } from 'packageurl-js';
import { HttpTestServer, type RecordedRequest, sendJson } from './http-test-server.js';

/**
 * The parts of GitHub's REST API that sbom-attach uses, on 127.0.0.1:
 * releases (by tag, asset list with Link pagination, asset delete, uploads on
 * the uploads URL), the Dependency Submission API (validating the snapshot the
 * way GitHub does, a bad PURL gets the whole snapshot a 422), and the Actions
 * OIDC token endpoint. Tokens are checked; `readOnly` answers writes with the
 * 403 a fork's token gets.
 */
export interface FakeAsset {
  id: number;
  name: string;
  size: number;
  content_type: string;
  browser_download_url: string;
  data: Buffer;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  assets: FakeAsset[];
}

export class FakeGitHub {
  readonly http = new HttpTestServer();
  readonly releases: FakeRelease[] = [];
  readonly snapshots: any[] = [];
  token = 'ghs_test_token';
  oidcRequestToken = 'oidc-request-token';
  /** Writes answer 403 "Resource not accessible by integration" (a fork's read-only token). */
  readOnly = false;
  /** Assets per page of the asset list (GitHub's default is 30, max 100). */
  pageSize = 100;
  private nextId = 500;

  constructor(
    readonly owner = 'octo',
    readonly repo = 'hello'
  ) {
    const r = '/repos/:owner/:repo';
    this.http
      .route('GET', `${r}/releases/tags/:tag`, (req, res, p) => void (this.guard(req, res, p, false) && this.releaseByTag(res, p.tag)))
      .route('GET', `${r}/releases/:id/assets`, (req, res, p) => void (this.guard(req, res, p, false) && this.listAssets(req, res, Number(p.id))))
      .route('DELETE', `${r}/releases/assets/:id`, (req, res, p) => void (this.guard(req, res, p, true) && this.deleteAsset(res, Number(p.id))))
      .route('POST', `/uploads${r}/releases/:id/assets`, (req, res, p) => void (this.guard(req, res, p, true) && this.uploadAsset(req, res, Number(p.id))))
      .route('POST', `${r}/dependency-graph/snapshots`, (req, res, p) => void (this.guard(req, res, p, true) && this.submitSnapshot(req, res)))
      .route('GET', '/oidc/token', (req, res) => this.oidcToken(req, res));
  }

  async start(): Promise<string> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /** GITHUB_* variables of a run against this server. */
  env(): Record<string, string> {
    return {
      GITHUB_API_URL: this.http.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_RUN_ID: '987654',
      GITHUB_WORKFLOW: 'release',
      GITHUB_JOB: 'sbom'
    };
  }

  oidcEnv(): Record<string, string> {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.http.url}/oidc/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.oidcRequestToken };
  }

  addRelease(tag: string, assetNames: string[] = []): FakeRelease {
    const release: FakeRelease = { id: this.nextId++, tag_name: tag, assets: [] };
    for (const name of assetNames) release.assets.push(this.asset(release, name, Buffer.from('old')));
    this.releases.push(release);
    return release;
  }

  /** The `release` object of a release event payload. */
  releasePayload(release: FakeRelease): Record<string, unknown> {
    return { ...this.releaseJson(release) };
  }

  private releaseJson(release: FakeRelease): Record<string, unknown> {
    return {
      id: release.id,
      tag_name: release.tag_name,
      html_url: `https://github.com/${this.owner}/${this.repo}/releases/tag/${release.tag_name}`,
      upload_url: `${this.http.url}/uploads/repos/${this.owner}/${this.repo}/releases/${release.id}/assets{?name,label}`,
      assets: release.assets.map(a => this.assetJson(a))
    };
  }

  private asset(release: FakeRelease, name: string, data: Buffer, contentType = 'application/octet-stream'): FakeAsset {
    return {
      id: this.nextId++,
      name,
      size: data.length,
      content_type: contentType,
      browser_download_url: `https://github.com/${this.owner}/${this.repo}/releases/download/${release.tag_name}/${name}`,
      data
    };
  }

  private assetJson(a: FakeAsset): Record<string, unknown> {
    const { data: _data, ...rest } = a;
    return { ...rest, state: 'uploaded' };
  }

  private guard(req: RecordedRequest, res: ServerResponse, p: Record<string, string>, write: boolean): boolean {
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      sendJson(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return false;
    }
    if (p.owner !== this.owner || p.repo !== this.repo) {
      sendJson(res, 404, { message: 'Not Found', status: '404' });
      return false;
    }
    if (write && this.readOnly) {
      sendJson(res, 403, { message: 'Resource not accessible by integration', status: '403' });
      return false;
    }
    return true;
  }

  private releaseByTag(res: ServerResponse, tag: string): void {
    const release = this.releases.find(r => r.tag_name === tag);
    if (!release) return sendJson(res, 404, { message: 'Not Found', status: '404' });
    sendJson(res, 200, this.releaseJson(release));
  }

  private listAssets(req: RecordedRequest, res: ServerResponse, id: number): void {
    const release = this.releases.find(r => r.id === id);
    if (!release) return sendJson(res, 404, { message: 'Not Found', status: '404' });
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), this.pageSize);
    const page = Number(req.query.get('page') ?? 1);
    const slice = release.assets.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page * perPage < release.assets.length) {
      headers.link = `<${this.http.url}/repos/${this.owner}/${this.repo}/releases/${id}/assets?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify(slice.map(a => this.assetJson(a))));
  }

  private deleteAsset(res: ServerResponse, id: number): void {
    for (const r of this.releases) {
      const i = r.assets.findIndex(a => a.id === id);
      if (i >= 0) {
        r.assets.splice(i, 1);
        res.writeHead(204);
        res.end();
        return;
      }
    }
    sendJson(res, 404, { message: 'Not Found', status: '404' });
  }

  private uploadAsset(req: RecordedRequest, res: ServerResponse, id: number): void {
    const release = this.releases.find(r => r.id === id);
    if (!release) return sendJson(res, 404, { message: 'Not Found', status: '404' });
    const name = req.query.get('name');
    if (!name) return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }] });
    if (release.assets.some(a => a.name === name)) {
      return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
    }
    if (req.body.length === 0)
      return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'invalid', field: 'size' }] });
    const asset = this.asset(release, name, req.body, String(req.headers['content-type'] ?? 'application/octet-stream'));
    release.assets.push(asset);
    sendJson(res, 201, this.assetJson(asset));
  }

  private submitSnapshot(req: RecordedRequest, res: ServerResponse): void {
    let body: any;
    try {
      body = JSON.parse(req.body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { message: 'Problems parsing JSON' });
    }
    const problems = validateSnapshot(body);
    if (problems.length > 0) {
      return sendJson(res, 422, {
        message: `Invalid request.\n\n${problems.join('\n')}`,
        documentation_url: 'https://docs.github.com/rest/dependency-graph/dependency-submission'
      });
    }
    this.snapshots.push(body);
    sendJson(res, 201, {
      id: this.snapshots.length,
      created_at: new Date().toISOString(),
      result: 'SUCCESS',
      message: 'Dependency results for the repo have been successfully updated.'
    });
  }

  private oidcToken(req: RecordedRequest, res: ServerResponse): void {
    if (req.headers.authorization !== `Bearer ${this.oidcRequestToken}`) return sendJson(res, 401, { message: 'bad request token' });
    const audience = req.query.get('audience') ?? '';
    const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    sendJson(res, 200, { value: `${enc({ alg: 'RS256' })}.${enc({ aud: audience, iss: 'https://token.actions.githubusercontent.com' })}.c2ln` });
  }
}

/** GitHub's checks on a snapshot (the documented schema plus PURL parsing). */
export function validateSnapshot(body: any): string[] {
  const p: string[] = [];
  if (body?.version !== 0) p.push('Invalid property /version: must be 0');
  if (!/^[0-9a-f]{40}$/.test(body?.sha ?? '')) p.push('Invalid property /sha: must be a 40-character commit SHA');
  if (!/^refs\//.test(body?.ref ?? '')) p.push('Invalid property /ref: must start with refs/');
  if (typeof body?.job?.correlator !== 'string' || typeof body?.job?.id !== 'string') p.push('Invalid property /job: correlator and id are required strings');
  for (const k of ['name', 'version', 'url']) if (typeof body?.detector?.[k] !== 'string') p.push(`Invalid property /detector/${k}: required`);
  if (Number.isNaN(Date.parse(body?.scanned))) p.push('Invalid property /scanned: must be an ISO 8601 date');
  for (const [key, manifest] of Object.entries<any>(body?.manifests ?? {})) {
    if (typeof manifest?.name !== 'string') p.push(`Invalid property /manifests/${key}/name: required`);
    for (const [pkgKey, pkg] of Object.entries<any>(manifest?.resolved ?? {})) {
      const where = `/manifests/${key}/resolved/${pkgKey}`;
      try {
        PackageURL.fromString(pkg?.package_url);
      } catch {
        p.push(`Invalid property ${where}/package_url: ${JSON.stringify(pkg?.package_url)} is not a valid package URL`);
      }
      if (pkg?.relationship !== undefined && !['direct', 'indirect'].includes(pkg.relationship)) p.push(`Invalid property ${where}/relationship`);
      if (pkg?.scope !== undefined && !['runtime', 'development'].includes(pkg.scope)) p.push(`Invalid property ${where}/scope`);
      if (pkg?.dependencies !== undefined && !Array.isArray(pkg.dependencies)) p.push(`Invalid property ${where}/dependencies: must be an array`);
    }
  }
  return p;
}
