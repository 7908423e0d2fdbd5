import { isNetworkError, type GoModule, type SuggestedFix } from '@go-ci-gates/core';

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
  if (isNetworkError(err)) return 'network';
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

/** A word the shell reads as itself: quoted unless it holds only characters no shell treats specially. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._~/@+=:,%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `cd dir && ` when the module is not at the workspace root (the directory name comes from the checkout: quoted). */
function inDir(mod: GoModule): string {
  return mod.relDir === '.' ? '' : `cd ${shellWord(mod.relDir)} && `;
}

/** What the failing runs asked go for: the package patterns, and whether a failing target lists tests. */
export interface FixContext {
  patterns: readonly string[];
  tests: boolean;
}

/**
 * go's own advice for a missing go.sum entry of a package whose importer it
 * knows: "; to add:\n\tgo get [-t] importer[@version]" (modload's
 * ImportMissingSumError). go get loads the importer's imports for every
 * platform and build tag, so it adds the entries of the whole import chain,
 * not only of the first module go could name.
 */
export function goGetAdvice(err: string): { test: boolean; arg: string } | undefined {
  const m = /;\s*to add:\s*\n\s*go get( -t)? (\S+)\s*$/.exec(err);
  return m ? { test: !!m[1], arg: m[2] } : undefined;
}

/** The exact command that fixes one error of a class. */
export function fixFor(
  cls: ErrorClass,
  err: string,
  mod: GoModule,
  failingPackage: string | undefined,
  ctx: FixContext = { patterns: ['./...'], tests: false }
): SuggestedFix {
  const cd = inDir(mod);
  switch (cls) {
    case 'missing-go-sum': {
      // Every command here adds the entries of the failing module and of everything it imports: go can only
      // name the first missing entry of a chain (a Windows-only module and the module it imports), so a
      // command that adds just that one leaves the target failing on the next (go mod download <first>).
      const advice = goGetAdvice(err);
      if (advice) {
        const importer = advice.arg.replace(/@.*$/, '');
        return {
          description: `Add the go.sum entries that ${importer}${advice.test ? ' and its tests' : ''} need${advice.test ? '' : 's'} on every platform and tag set (go's own advice: go get loads every import of the package, for every platform and tag).`,
          command: `${cd}go get ${advice.test ? '-t ' : ''}${shellWord(advice.arg)}`
        };
      }
      // "M@V: missing go.sum entry for go.mod file; to add it: go mod download M": go stops loading the module
      // graph at the first missing go.mod entry, so downloading M only moves the failure to the next one.
      const goModSum = /(\S+?)@(\S+?): missing go\.sum entry for go\.mod file/.exec(err);
      if (goModSum) {
        return {
          description: `Add the go.sum entries the module graph and the packages need (go stopped at the first missing one, ${goModSum[1]}@${goModSum[2]}; go get loads the graph and every package for every platform and tag).`,
          command: `${cd}go get ${ctx.tests ? '-t ' : ''}${ctx.patterns.map(shellWord).join(' ')}`
        };
      }
      // No importer: the package was named on the command line and go advises go mod download of its module,
      // which leaves out what the package imports. go get at the required version adds both and changes no version.
      const provider = providingModule(mod, failingPackage);
      if (provider && failingPackage) {
        return {
          description: `Add the go.sum entries of ${failingPackage} and of everything it imports, at the version go.mod requires (${provider.path}@${provider.version}).`,
          command: `${cd}go get ${shellWord(`${failingPackage}@${provider.version}`)}`
        };
      }
      return { description: 'Add the missing go.sum entries for every platform and tag set.', command: `${cd}go mod tidy` };
    }
    case 'missing-requirement':
      return {
        description: `Require the module that provides ${failingPackage ?? 'the package'} in go.mod.`,
        command: failingPackage ? `${cd}go get ${shellWord(failingPackage)}` : `${cd}go mod tidy`
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
