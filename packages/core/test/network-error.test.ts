import { describe, expect, test } from '@jest/globals';
import { isNetworkError } from '../src/go/network-error.js';

// The go command's own wording for fetch failures (cmd/go/internal/modfetch, net/http), and
// messages about the module itself that must never be taken for a network failure.
describe('isNetworkError', () => {
  test.each([
    'go: example.com/a@v1.0.0: Get "https://proxy.golang.org/example.com/a/@v/v1.0.0.mod": dial tcp: lookup proxy.golang.org: no such host',
    'go: example.com/a@v1.0.0: reading http://127.0.0.1:4000/example.com/a/@v/v1.0.0.zip: 502 Bad Gateway',
    'go: example.com/a@v1.0.0: reading https://proxy.golang.org/example.com/a/@v/v1.0.0.info: 429 Too Many Requests',
    'go: downloading example.com/a v1.0.0\ngo: example.com/a@v1.0.0: net/http: TLS handshake timeout',
    'go: example.com/a@v1.0.0: module lookup disabled by GOPROXY=off',
    'verifying module: example.com/a@v1.0.0: Get "https://sum.golang.org/lookup/example.com/a@v1.0.0": read: connection reset by peer',
    'go: example.com/a@v1.0.0: unexpected EOF'
  ])('network: %s', stderr => expect(isNetworkError(stderr)).toBe(true));

  test.each([
    'go: example.com/a@v1.0.0: reading https://proxy.golang.org/example.com/a/@v/v1.0.0.info: 404 Not Found',
    'go: updates to go.mod needed; to update it:\n\tgo mod tidy',
    'main.go:3:8: missing go.sum entry for module providing package example.com/a (imported by m); to add:',
    'verifying example.com/a@v1.0.0: checksum mismatch',
    'go: example.com/a@v1.0.0: invalid version: unknown revision v1.0.0'
  ])('not network: %s', stderr => expect(isNetworkError(stderr)).toBe(false));
});
