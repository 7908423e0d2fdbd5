import type { ServerResponse } from 'node:http';
import { HttpTestServer, type RecordedRequest, sendJson } from './http-test-server.js';

/**
 * GitHub's issue-comment REST endpoints on 127.0.0.1, as a gate that keeps its
 * own pull request comment uses them: list (with GitHub's `Link` pagination,
 * default 30 per page, at most 100), create, update. Tokens are checked;
 * `readOnly` answers writes with the 403 a fork pull request's token gets.
 */
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

export class FakeGitHubComments {
  readonly http = new HttpTestServer();
  readonly comments: FakeComment[] = [];
  token = 'ghs_comment_token';
  /** Writes answer 403 "Resource not accessible by integration" (a fork's read-only token). */
  readOnly = false;
  private nextId = 9000;

  constructor(
    readonly owner = 'octo',
    readonly repo = 'demo'
  ) {
    const r = '/repos/:owner/:repo/issues';
    this.http
      .route('GET', `${r}/:number/comments`, (req, res, p) => void (this.guard(req, res, p, false) && this.list(req, res, Number(p.number))))
      .route('POST', `${r}/:number/comments`, (req, res, p) => void (this.guard(req, res, p, true) && this.create(req, res, Number(p.number))))
      .route('PATCH', `${r}/comments/:id`, (req, res, p) => void (this.guard(req, res, p, true) && this.update(req, res, Number(p.id))));
  }

  async start(): Promise<string> {
    return this.http.start();
  }

  stop(): Promise<void> {
    return this.http.stop();
  }

  /** GITHUB_* variables of a run against this server. */
  env(): Record<string, string> {
    return { GITHUB_API_URL: this.http.url, GITHUB_REPOSITORY: `${this.owner}/${this.repo}` };
  }

  /** A comment someone else wrote (the gate must leave it alone). */
  addComment(issue: number, body: string, user = 'someone'): FakeComment {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  onIssue(issue: number): FakeComment[] {
    return this.comments.filter(c => c.issue === issue);
  }

  private json(c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user },
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.http.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`
    };
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

  private list(req: RecordedRequest, res: ServerResponse, issue: number): void {
    const all = this.onIssue(issue);
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30), 100);
    const page = Number(req.query.get('page') ?? 1);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page * perPage < all.length) {
      headers.link = `<${this.http.url}/repos/${this.owner}/${this.repo}/issues/${issue}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify(all.slice((page - 1) * perPage, page * perPage).map(c => this.json(c))));
  }

  private body(req: RecordedRequest): string | undefined {
    try {
      const b = JSON.parse(req.body.toString('utf8')).body;
      return typeof b === 'string' ? b : undefined;
    } catch {
      return undefined;
    }
  }

  private create(req: RecordedRequest, res: ServerResponse, issue: number): void {
    const body = this.body(req);
    if (body === undefined)
      return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
    sendJson(res, 201, this.json(this.addComment(issue, body, 'github-actions[bot]')));
  }

  private update(req: RecordedRequest, res: ServerResponse, id: number): void {
    const c = this.comments.find(x => x.id === id);
    if (!c) return sendJson(res, 404, { message: 'Not Found', status: '404' });
    const body = this.body(req);
    if (body === undefined)
      return sendJson(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
    c.body = body;
    sendJson(res, 200, this.json(c));
  }
}
