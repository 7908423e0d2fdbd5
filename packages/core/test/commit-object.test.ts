import { describe, expect, test } from '@jest/globals';
import { parseCommitHeader } from '@go-ci-gates/core';

// A raw commit object's header, as coverage-gate (parents in a shallow clone) and mod-review (the head's
// committer time, for churn's window) read it.
describe('parseCommitHeader', () => {
  const commit = (message: string, parents = ['1111111111111111111111111111111111111111']) =>
    [
      'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      ...parents.map(p => `parent ${p}`),
      'author A U Thor <a@example.com> 1767261600 +0100',
      'committer C O Mitter <c@example.com> 1767265200 -0500',
      '',
      message
    ].join('\n');

  test('the parents, and the committer time (not the author time)', () => {
    expect(parseCommitHeader(commit('bump deps\n', ['a'.repeat(40), 'b'.repeat(40)]))).toEqual({
      parents: ['a'.repeat(40), 'b'.repeat(40)],
      committerTime: 1767265200
    });
  });

  test('a message that imitates header lines is not read', () => {
    expect(parseCommitHeader(commit(`parent ${'c'.repeat(40)}\ncommitter Mallory <m@example.com> 1 +0000\n`))).toEqual({
      parents: ['1'.repeat(40)],
      committerTime: 1767265200
    });
    expect(parseCommitHeader('tree x\n\ncommitter Mallory <m@example.com> 1 +0000\n')).toEqual({ parents: [], committerTime: undefined });
  });

  test('a root commit, and nothing at all', () => {
    expect(parseCommitHeader(commit('first\n', [])).parents).toEqual([]);
    expect(parseCommitHeader('')).toEqual({ parents: [], committerTime: undefined });
  });
});
