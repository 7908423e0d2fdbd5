import { describe, expect, test } from '@jest/globals';
import { buildReport, closeOpenFence, escapeMarkdownText, renderBlocks, renderSummary, type Block, type Finding } from '@go-ci-gates/core';
import { htmlTags, renderGfm, visibleText } from '../../../test/harness/markdown-render.js';

// Summary and comment text comes from the checkout and from go. Rendered as
// GitHub Flavored Markdown, it must change no element of the page: the same
// report with the text replaced by x's (line breaks kept) renders to the same
// tags, and the reader sees the text as it was.

const HOSTILE = [
  '[Click to approve](https://evil.example/phish) ![pixel](https://evil.example/p.png) **bold** __strong__ *em* _em_ ~~del~~ ~one~',
  '<img src=x onerror=alert(1)> <a href="https://evil.example">a</a> <https://evil.example/angle> <details>',
  'https://evil.example/auto www.evil.example mail@evil.example [ref] [ref]: https://evil.example/def',
  '&#39; &amp; &copy; it\'s "q" | pipe || `code` ``two`` \\ back \\',
  '# heading',
  '===',
  '| a | b |',
  '| --- | --- |',
  '> quote',
  '- item',
  '1. item',
  '    indented',
  '```',
  '~~~',
  '',
  '[x]: https://evil.example/def2',
  '<!-- comment',
  'sub',
  '::add-mask::dep',
  '::warning title=x::forged'
].join('\n');

const placeholder = (text: string) => text.replace(/[^\n]/g, 'x');

function report(text: string) {
  const findings: Finding[] = [
    { rule: 'r', severity: 'error', message: text, module: text, file: text, line: 3, fix: { description: text, command: text } },
    { rule: 'r', severity: 'warning', message: text, title: text }
  ];
  const sections: Block[] = [
    { kind: 'heading', level: 3, text },
    { kind: 'paragraph', text, strong: text },
    { kind: 'list', items: [text, text] },
    { kind: 'table', columns: ['A', 'B', 'C'], rows: [[text, { text, code: true }, 7]], note: text },
    {
      kind: 'details',
      summary: text,
      blocks: [
        { kind: 'code', lang: 'diff', text },
        { kind: 'paragraph', text }
      ]
    }
  ];
  const r = buildReport(
    'g',
    'g',
    'error',
    [
      { path: text, relDir: text },
      { path: 'example.com/b', relDir: 'b' }
    ],
    { findings, sections, headline: text }
  );
  return r;
}

describe('untrusted text renders inert in the job summary', () => {
  test('the summary has the same elements whatever the text', () => {
    const hostile = renderGfm(renderSummary(report(HOSTILE), HOSTILE));
    const plain = renderGfm(renderSummary(report(placeholder(HOSTILE)), placeholder(HOSTILE)));
    expect(htmlTags(hostile)).toEqual(htmlTags(plain));
    for (const tag of ['<a ', '<img', '<h1', '<blockquote', '<ol', '<del', '<hr']) expect(hostile).not.toContain(tag);
    // GitHub (cmark-gfm) finds e-mail addresses in text after escapes are resolved and
    // adjacent text is merged: only an element or comment between '@' and the domain stops it.
    // Code blocks and raw HTML blocks (<summary>) are not text it scans.
    const textRuns = hostile.replace(/<pre>[^]*?<\/pre>|<summary>[^]*?<\/summary>/g, '').split(/<[^>]*>/);
    expect(textRuns.filter(t => /[\w.+-]@[\w-]+\.\w/.test(t))).toEqual([]);
  });

  test('a reader sees the text as it was', () => {
    for (const line of HOSTILE.split('\n').filter(Boolean)) {
      const html = renderGfm(`${escapeMarkdownText(line)}\n`);
      expect(htmlTags(html)).toEqual(['<p>', '</p>']);
      expect(visibleText(html).replace(/\n+$/, '')).toBe(line);
    }
    const table = renderGfm(`| a |\n| --- |\n| ${escapeMarkdownText(HOSTILE)} |\n`);
    expect(htmlTags(table).filter(t => t === '<tr>')).toHaveLength(2);
    expect(
      visibleText(table)
        .split('\n')
        .map(l => l.trim())
    ).toEqual(expect.arrayContaining(HOSTILE.split('\n').map(l => l.trim())));
  });

  test('entities are not escaped twice', () => {
    const html = renderGfm(renderBlocks([{ kind: 'paragraph', text: 'it\'s <go> & "that"' }], 10));
    expect(visibleText(html).trim()).toBe('it\'s <go> & "that"');
  });

  test('a code block holds any run of backticks exactly', () => {
    const text = 'a\n```\n````go\nb ``````\n~~~';
    const html = renderGfm(renderBlocks([{ kind: 'code', text }], 10));
    expect(htmlTags(html)).toEqual(['<pre>', '<code>', '</code>', '</pre>']);
    expect(visibleText(html).replace(/\n+$/, '')).toBe(text);
  });
});

describe('a summary cut to the size limit', () => {
  test('closes a code fence the cut leaves open, with the fence that opened it', () => {
    expect(closeOpenFence('a\n````go\nx := "```"\nmore')).toBe('a\n````go\nx := "```"\nmore\n````');
    expect(closeOpenFence('a\n```\nx\n```\nb')).toBe('a\n```\nx\n```\nb');
    expect(closeOpenFence('no fence')).toBe('no fence');
  });
});
