/**
 * A go command failed because a module could not be fetched, not because of the module: a proxy,
 * VCS server or checksum database did not answer, answered 5xx/429, or the network was switched off
 * (GOPROXY=off). Such failures are retried where retrying can help, and never reported as a fault of
 * the project. The wording is the go command's own (cmd/go/internal/modfetch, net/http); a network
 * failure may be wrapped inside a "cannot find module" message, so callers test this first.
 */
const NETWORK_FAILURE =
  /dial tcp|i\/o timeout|connection (refused|reset)|no such host|TLS handshake|proxyconnect|lookup disabled by GOPROXY=off|unexpected EOF|\b(502|503|504) (Bad Gateway|Service Unavailable|Gateway Timeout)|server response: (5\d\d|429)|net\/http|temporary failure|network is unreachable|reading https?:\/\/[^:]+: (5\d\d|429)|Get "https?:|: 5\d\d [A-Z][a-z]|verifying module: .*(?:Get|dial)/i;

export function isNetworkError(stderr: string): boolean {
  return NETWORK_FAILURE.test(stderr);
}
