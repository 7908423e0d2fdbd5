import { describe, expect, test } from '@jest/globals';
import { parseModFile } from '@go-ci-gates/core';
import { requirementsDiffer } from '../src/main.js';

// Whether the gate lists what ships on both sides before the build lists are compared: only the
// go.mod lines that select versions count.
const mod = (body: string) => parseModFile(`module example.com/app\n\ngo 1.22\n\n${body}\n`, 'go.mod');

describe('requirementsDiffer', () => {
  const base = mod('require (\n\texample.com/a v1.0.0\n\texample.com/b v1.2.0 // indirect\n)');
  test.each([
    ['a bumped requirement', mod('require (\n\texample.com/a v1.1.0\n\texample.com/b v1.2.0 // indirect\n)'), true],
    ['an added requirement', mod('require (\n\texample.com/a v1.0.0\n\texample.com/b v1.2.0 // indirect\n\texample.com/c v0.1.0\n)'), true],
    ['a new replace', mod('require (\n\texample.com/a v1.0.0\n\texample.com/b v1.2.0 // indirect\n)\n\nreplace example.com/a => ../a'), true],
    ['a new exclude', mod('require (\n\texample.com/a v1.0.0\n\texample.com/b v1.2.0 // indirect\n)\n\nexclude example.com/a v0.9.0'), true],
    ['the same lines, one per require', mod('require example.com/a v1.0.0\n\nrequire example.com/b v1.2.0 // indirect'), false],
    ['only the indirect comment moved', mod('require (\n\texample.com/a v1.0.0 // indirect\n\texample.com/b v1.2.0\n)'), false],
    [
      'only the go line',
      parseModFile('module example.com/app\n\ngo 1.23\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/b v1.2.0 // indirect\n)\n', 'go.mod'),
      false
    ]
  ])('%s: %s', (_what, head, differ) => {
    expect(requirementsDiffer(base, head)).toBe(differ);
  });
});
