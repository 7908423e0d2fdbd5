import type { GoModule, SuggestedFix } from '@go-ci-gates/core';

export type ErrorClass = 'missing-go-sum' | 'missing-requirement' | 'go-mod-needs-update' | 'toolchain-too-new' | 'network' | 'other';

export const CLASS_TITLES: Record<ErrorClass, string> = {
  'missing-go-sum': 'missing go.sum entry',
  'missing-requirement': 'missing requirement',
  'go-mod-needs-update': 'go.mod needs updates',
  'toolchain-too-new': 'toolchain too new',
  network: 'network or proxy failure',
  other: 'other'
};

/** The finding rule id for each class. */
export const CLASS_RULES: Record<ErrorClass, string> = {
  'missing-go-sum': 'missing-go-sum',
  'missing-requirement': 'missing-requirement',
  'go-mod-needs-update': 'go-mod-needs-update',
  'toolchain-too-new': 'toolchain-too-new',
  network: 'network-failure',
  other: 'package-error'
};

/**
 * Classifies go's message. The wording is the go command's own
 * (cmd/go/internal/modload): checked in order because a network failure can
 * be wrapped inside a "cannot find module" message.
 */
export function classify(err: string): ErrorClass {
  if (/requires go >= |requires toolchain |go\.mod requires go|go\.work requires go/.test(err)) return 'toolchain-too-new';
  if (
    /dial tcp|no such host|connection refused|connection reset|i\/o timeout|TLS handshake|proxyconnect|lookup disabled by GOPROXY=off|unexpected EOF|Get "https?:|: 5\d\d [A-Z][a-z]|verifying module: .*(?:Get|dial)/.test(
      err
    )
  )
    return 'network';
  if (/missing go\.sum entry|verifying .*: missing|checksum database disabled/.test(err)) return 'missing-go-sum';
  if (/updates to go\.mod needed|go\.mod file indicates go |inconsistent vendoring|go: inconsistent/.test(err)) return 'go-mod-needs-update';
  if (/no required module provides package|cannot find module providing package|is not in std|import lookup disabled by -mod=/.test(err)) {
    return 'missing-requirement';
  }
  return 'other';
}

/** The module in the build list that provides `pkg`: the longest required module path that prefixes it. */
export function providingModule(mod: GoModule, pkg: string | undefined): { path: string; version: string } | undefined {
  if (!pkg) return undefined;
  let best: { path: string; version: string } | undefined;
  for (const r of mod.modFile.require) {
    if ((pkg === r.path || pkg.startsWith(r.path + '/')) && (!best || r.path.length > best.path.length)) best = { path: r.path, version: r.version };
  }
  return best;
}

/** `cd dir && ` when the module is not at the workspace root. */
function inDir(mod: GoModule): string {
  return mod.relDir === '.' ? '' : `cd ${mod.relDir} && `;
}

/** The exact command that fixes one error of a class. */
export function fixFor(cls: ErrorClass, err: string, mod: GoModule, failingPackage: string | undefined): SuggestedFix {
  const cd = inDir(mod);
  switch (cls) {
    case 'missing-go-sum': {
      // "M@V: missing go.sum entry for go.mod file; to add it: go mod download M"
      const goModSum = /(\S+?)@(\S+?): missing go\.sum entry for go\.mod file/.exec(err);
      const provider = goModSum ? { path: goModSum[1], version: goModSum[2] } : providingModule(mod, failingPackage);
      if (provider) {
        return {
          description: `Add the go.sum entries of ${provider.path}@${provider.version} (go mod tidy adds every platform's entries at once).`,
          command: `${cd}go mod download ${provider.path}`
        };
      }
      return { description: 'Add the missing go.sum entries for every platform and tag set.', command: `${cd}go mod tidy` };
    }
    case 'missing-requirement':
      return {
        description: `Require the module that provides ${failingPackage ?? 'the package'} in go.mod.`,
        command: failingPackage ? `${cd}go get ${failingPackage}` : `${cd}go mod tidy`
      };
    case 'go-mod-needs-update':
      return { description: 'Let go rewrite go.mod and go.sum to match the module graph, then commit both.', command: `${cd}go mod tidy` };
    case 'toolchain-too-new': {
      const v = /requires go >= (\S+?)[\s)]/.exec(err)?.[1];
      return {
        description: `Build with Go ${v ?? 'the version go.mod asks for'} or newer, e.g. actions/setup-go with go-version-file: ${mod.goModFile}.`
      };
    }
    case 'network':
      return {
        description: 'The module proxy or origin could not be reached: check GOPROXY, GOPRIVATE/GONOPROXY and credentials, then download the modules.',
        command: `${cd}go mod download`
      };
    default:
      return { description: 'Fix the package error reported by go list.' };
  }
}
