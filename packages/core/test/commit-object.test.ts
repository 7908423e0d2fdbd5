import { describe, expect, test } from '@jest/globals';
import { committerTime } from '../src/churn.js';

// The head commit's time bounds churn's 24-hour window; it is read from the commit object itself.
describe('committerTime', () => {
  const commit = (message: string) =>
    [
      'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      'parent 1111111111111111111111111111111111111111',
      'author A U Thor <a@example.com> 1767261600 +0100',
      'committer C O Mitter <c@example.com> 1767265200 -0500',
      '',
      message
    ].join('\n');

  test('the committer line of the header, not the author line', () => {
    expect(committerTime(commit('bump deps\n'))).toBe(1767265200);
  });

  test('a message that imitates a committer line is not read', () => {
    expect(committerTime(commit('committer Mallory <m@example.com> 1 +0000\n'))).toBe(1767265200);
    expect(committerTime('tree x\n\ncommitter Mallory <m@example.com> 1 +0000\n')).toBeUndefined();
  });

  test('nothing to read', () => {
    expect(committerTime(undefined)).toBeUndefined();
    expect(committerTime('')).toBeUndefined();
  });
});
