import { describe, expect, test } from '@jest/globals';
import { code, type Block } from '@go-ci-gates/core';
import { htmlTags, renderGfm, visibleText } from '../../../test/harness/markdown-render.js';
import { pullRequestCommentBody } from '../src/pr-comment.js';

// The comment lands on the pull request that named the files: a file or
// package name must not turn into a link, image, emphasis or mention there.
const FILE = 'pkg/[Click](https://evil.example/phish) ![p](https://evil.example/p.png) **bold** _x_ @octo-org/team <b>.go';

describe('pull request comment', () => {
  test('file names in errors and tables render as plain text', () => {
    const sections: Block[] = [{ kind: 'table', columns: ['File', 'Coverage'], rows: [[code(FILE), '12.50%']] }];
    const md = pullRequestCommentBody('❌ Coverage 12.50% (1/8 statements)', [`File ${FILE} is 12.50%, below the minimum of 50%.`], sections);
    const html = renderGfm(md);
    expect(htmlTags(html).map(t => t.replace(/ align="left"/, ''))).toEqual([
      '<h3>', '</h3>', '<ul>', '<li>', '</li>', '</ul>',
      '<table>', '<thead>', '<tr>', '<th>', '</th>', '<th>', '</th>', '</tr>', '</thead>',
      '<tbody>', '<tr>', '<td>', '<code>', '</code>', '</td>', '<td>', '</td>', '</tr>', '</tbody>', '</table>'
    ]);
    const text = visibleText(html);
    expect(text).toContain(`File ${FILE} is 12.50%, below the minimum of 50%.`);
    expect(text).toContain(FILE);
    // GitHub links @mentions and e-mail addresses in text: '@' is never followed by text in the same run.
    expect(html.split(/<[^>]*>/).filter(t => /@\w/.test(t))).toEqual([]);
  });
});
