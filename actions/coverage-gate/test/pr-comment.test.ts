import { describe, expect, test } from '@jest/globals';
import { code, MemoryLogger, type Block } from '@go-ci-gates/core';
import { FakeGitHubComments } from '../../../test/servers/github-comments.js';
import { htmlTags, renderGfm, visibleText } from '../../../test/harness/markdown-render.js';
import { pullRequestCommentBody, upsertPullRequestComment } from '../src/pr-comment.js';

// The comment lands on the pull request that named the files: a file or
// package name must not turn into a link, image, emphasis or mention there.
const FILE = 'pkg/[Click](https://evil.example/phish) ![p](https://evil.example/p.png) **bold** _x_ @octo-org/team <b>.go';

describe('pull request comment', () => {
  test('file names in errors and tables render as plain text', () => {
    const sections: Block[] = [{ kind: 'table', columns: ['File', 'Coverage'], rows: [[code(FILE), '12.50%']] }];
    const md = pullRequestCommentBody('❌ Coverage 12.50% (1/8 statements)', [`File ${FILE} is 12.50%, below the minimum of 50%.`], sections);
    const html = renderGfm(md);
    expect(htmlTags(html).map(t => t.replace(/ align="left"/, ''))).toEqual([
      '<h3>',
      '</h3>',
      '<ul>',
      '<li>',
      '</li>',
      '</ul>',
      '<table>',
      '<thead>',
      '<tr>',
      '<th>',
      '</th>',
      '<th>',
      '</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr>',
      '<td>',
      '<code>',
      '</code>',
      '</td>',
      '<td>',
      '</td>',
      '</tr>',
      '</tbody>',
      '</table>'
    ]);
    const text = visibleText(html);
    expect(text).toContain(`File ${FILE} is 12.50%, below the minimum of 50%.`);
    expect(text).toContain(FILE);
    // GitHub links @mentions and e-mail addresses in text: '@' is never followed by text in the same run.
    expect(html.split(/<[^>]*>/).filter(t => /@\w/.test(t))).toEqual([]);
  });
});

describe('pull request comment against a service that answers with a page, not JSON', () => {
  test('says what came back instead of claiming success', async () => {
    const github = new FakeGitHubComments();
    await github.start();
    try {
      github.http.inject({ match: /^GET .*\/comments$/, status: 200, contentType: 'text/html', body: '<html>Sign in to the corporate proxy</html>' });
      github.http.inject({ match: /^POST .*\/comments$/, status: 200, contentType: 'text/html', body: '<html>Sign in to the corporate proxy</html>' });
      const log = new MemoryLogger();
      const r = await upsertPullRequestComment({ token: github.token, apiUrl: github.http.url, repository: 'octo/demo', number: 7, body: 'x', log });
      expect(r.action).toBe('skipped');
      expect(r.detail).toBe(
        `The pull request comment failed: GET ${github.http.url}/repos/octo/demo/issues/7/comments?per_page=100 answered 200 with text/html instead of JSON (it starts "<html>Sign in to the corporate proxy</html>"); check that GITHUB_API_URL (${github.http.url}) is GitHub's REST API.`
      );
    } finally {
      await github.stop();
    }
  });
});

describe('the gate finds its own comment by the marker it starts with', () => {
  test("a comment that quotes a marker is someone else's: left alone, and each scope gets and keeps its own", async () => {
    const github = new FakeGitHubComments();
    await github.start();
    try {
      const quoted = github.addComment(7, 'Why does `<!-- go-ci-gates:coverage-gate:services.api -->` show up? <!-- go-ci-gates:coverage-gate -->', 'reviewer');
      const post = (scope: string, body: string) =>
        upsertPullRequestComment({ token: github.token, apiUrl: github.http.url, repository: 'octo/demo', number: 7, body, log: new MemoryLogger(), scope });
      expect((await post('services.api', 'api 1')).action).toBe('created');
      expect((await post('services.api_2dgateway', 'gateway 1')).action).toBe('created');
      expect((await post('', 'unscoped 1')).action).toBe('created');
      expect((await post('services.api', 'api 2')).action).toBe('updated');
      expect((await post('services.api_2dgateway', 'gateway 2')).action).toBe('updated');
      expect(github.onIssue(7).map(c => [c.user, c.body])).toEqual([
        ['reviewer', quoted.body],
        ['github-actions[bot]', '<!-- go-ci-gates:coverage-gate:services.api -->\napi 2'],
        ['github-actions[bot]', '<!-- go-ci-gates:coverage-gate:services.api_2dgateway -->\ngateway 2'],
        ['github-actions[bot]', '<!-- go-ci-gates:coverage-gate -->\nunscoped 1']
      ]);
    } finally {
      await github.stop();
    }
  });
});
