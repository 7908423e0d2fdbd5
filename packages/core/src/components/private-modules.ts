import { matchPrefixPatterns, noProxyPatterns } from '../goenv/module-patterns.js';

/**
 * Private, for an SBOM: a module GOPRIVATE marks private, or one go fetches
 * directly rather than from GOPROXY (GONOPROXY, which defaults to GOPRIVATE).
 * Either way the public proxy has no download URL for it. The matching is
 * core's module.MatchPrefixPatterns.
 */
export function isPrivateModule(env: Record<string, string | undefined>, modulePath: string): boolean {
  return matchPrefixPatterns(env.GOPRIVATE ?? '', modulePath) || matchPrefixPatterns(noProxyPatterns(env), modulePath);
}
