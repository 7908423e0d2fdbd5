import { describe, expect, test } from '@jest/globals';
import { checkLicenseExpression } from '../src/sbom/license-expression.js';
import { assertPurlRoundTrips, goModulePurl, goStdlibCpe, goStdlibPurl, InvalidPurlError, isValidPurl } from '../src/sbom/purl.js';
import { uuidV5 } from '../src/sbom/uuid5.js';

describe('Go PURLs', () => {
  test('case and /vN kept, versions exact, no qualifiers', () => {
    expect(goModulePurl('github.com/golang-jwt/jwt/v5', 'v5.2.1')).toBe('pkg:golang/github.com/golang-jwt/jwt/v5@v5.2.1');
    expect(goModulePurl('github.com/Azure/go-autorest', 'v14.2.0+incompatible')).toBe('pkg:golang/github.com/Azure/go-autorest@v14.2.0+incompatible');
    expect(goModulePurl('gopkg.in/yaml.v3', 'v3.0.1')).toBe('pkg:golang/gopkg.in/yaml.v3@v3.0.1');
    expect(goModulePurl('golang.org/x/mod', 'v0.0.0-20240102030405-abcdefabcdef')).toBe('pkg:golang/golang.org/x/mod@v0.0.0-20240102030405-abcdefabcdef');
  });
  test('stdlib and its CPE', () => {
    expect(goStdlibPurl('go1.24.2')).toBe('pkg:golang/stdlib@1.24.2');
    expect(goStdlibCpe('1.24.2')).toBe('cpe:2.3:a:golang:go:1.24.2:*:*:*:*:*:*:*');
  });
  test('a PURL that does not round-trip is refused', () => {
    expect(() => assertPurlRoundTrips('pkg:golang/example.com/a@v1.0.0', 'example.com/b', 'v1.0.0')).toThrow(InvalidPurlError);
    expect(isValidPurl('pkg:golang/example.com/a@v1.0.0')).toBe(true);
    expect(isValidPurl('not a purl')).toBe(false);
  });
});

describe('UUIDv5', () => {
  test('RFC 4122 test vector (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  test('deterministic and content-sensitive', () => {
    expect(uuidV5('a')).toBe(uuidV5('a'));
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
  });
});

describe('SPDX license expressions', () => {
  test.each([
    'MIT',
    'Apache-2.0 AND MIT',
    '(MIT OR BSD-3-Clause) AND Apache-2.0',
    'GPL-2.0-only WITH Classpath-exception-2.0',
    'LicenseRef-abc123',
    'NOASSERTION'
  ])('%s parses', e => {
    expect(checkLicenseExpression(e)).toBeUndefined();
  });
  test.each([
    ['MIT AND', "license expression 'MIT AND': ends too early"],
    ['Foo-1.0', "license expression 'Foo-1.0': unknown license id 'Foo-1.0'"],
    ['(MIT', "license expression '(MIT': missing )"],
    ['MIT MIT', "license expression 'MIT MIT': unexpected 'MIT'"]
  ])('%s is rejected', (e, msg) => {
    expect(checkLicenseExpression(e)).toBe(msg);
  });
});
