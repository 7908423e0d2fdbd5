import { describe, expect, test } from '@jest/globals';
import { judgeExpression, normaliseExpression } from '../src/spdx.js';
import { exceptionApplies, exceptionExpired, type LicenseException } from '../src/policy-file.js';

describe('SPDX expressions as the policy judges them', () => {
  test.each([
    ['GPL-2.0', 'GPL-2.0-only'],
    ['GPL-2.0+', 'GPL-2.0-or-later'],
    ['LGPL-2.1 OR MIT', 'LGPL-2.1-only OR MIT'],
    ['GPL-2.0-with-classpath-exception', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['(MIT or Apache-2.0) and BSD-3-Clause', '(MIT OR Apache-2.0) AND BSD-3-Clause'],
    ['StandardML-NJ', 'SMLNJ'],
    ['LicenseRef-Acme-1', 'LicenseRef-Acme-1']
  ])('%s is %s', (given, want) => {
    expect(normaliseExpression(given)).toBe(want);
  });

  test.each([
    ['Apache2', 'unknown SPDX license id "Apache2"'],
    ['MIT OR', 'not a valid SPDX expression'],
    ['MIT AND (BSD-3-Clause', 'not a valid SPDX expression'],
    ['', 'the expression is empty']
  ])('%j is refused', (given, why) => {
    expect(() => normaliseExpression(given)).toThrow(why);
  });

  const policy = { allow: ['MIT', 'Apache-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'], deny: ['GPL-3.0-only', 'AGPL-3.0-only'] };
  test.each([
    ['MIT', 'allowed'],
    ['MIT OR GPL-3.0-only', 'allowed'],
    ['MIT AND Apache-2.0', 'allowed'],
    ['MIT AND GPL-3.0-only', 'denied'],
    ['GPL-3.0-only OR AGPL-3.0-only', 'denied'],
    ['MIT AND ISC', 'not-allowed'],
    ['ISC OR GPL-3.0-only', 'not-allowed'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'allowed'],
    ['GPL-2.0-only', 'not-allowed'],
    ['GPL-3.0-or-later', 'not-allowed']
  ])('%s is %s', (expression, verdict) => {
    expect(judgeExpression(expression, policy)).toBe(verdict);
  });

  test('a deny list alone allows everything else', () => {
    expect(judgeExpression('ISC AND BSD-2-Clause', { allow: [], deny: ['GPL-3.0-only'] })).toBe('allowed');
    expect(judgeExpression('GPL-3.0-only', { allow: [], deny: ['GPL-3.0-only'] })).toBe('denied');
  });

  test('a denied id wins over the same id allowed', () => {
    expect(judgeExpression('MIT', { allow: ['MIT'], deny: ['MIT'] })).toBe('denied');
  });
});

describe('exceptions', () => {
  const e = (over: Partial<LicenseException>): LicenseException => ({
    module: 'example.com/*',
    matches: p => p.startsWith('example.com/') && !p.slice(12).includes('/'),
    license: 'allow',
    reason: 'r',
    line: 1,
    ...over
  });
  test('version ranges take Go versions (v-prefixed, pseudo-versions, +incompatible)', () => {
    expect(exceptionApplies(e({ version: '>=v1.2.0 <v2.0.0' }), 'example.com/a', 'v1.5.0')).toBe(true);
    expect(exceptionApplies(e({ version: '>=v1.2.0 <v2.0.0' }), 'example.com/a', 'v2.0.0')).toBe(false);
    expect(exceptionApplies(e({ version: 'v1.0.0' }), 'example.com/a', 'v1.0.0')).toBe(true);
    expect(exceptionApplies(e({ version: '<v1.0.0' }), 'example.com/a', 'v0.0.0-20240102030405-abcdefabcdef')).toBe(true);
    expect(exceptionApplies(e({ version: '>=v3.0.0' }), 'example.com/a', 'v3.0.0+incompatible')).toBe(true);
    expect(exceptionApplies(e({}), 'example.com/a/b', 'v1.0.0')).toBe(false);
  });
  test('expires is the last day it applies (UTC)', () => {
    expect(exceptionExpired(e({ expires: '2026-03-01' }), new Date('2026-03-01T23:59:59Z'))).toBe(false);
    expect(exceptionExpired(e({ expires: '2026-03-01' }), new Date('2026-03-02T00:00:00Z'))).toBe(true);
    expect(exceptionExpired(e({}), new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
