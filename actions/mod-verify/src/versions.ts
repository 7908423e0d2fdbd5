import { checkModuleVersion, isPrereleaseVersion, isPseudoVersion, pseudoVersionTime, semverBuild, type GoModule } from '@go-ci-gates/core';
import type { Draft } from './rules.js';

/**
 * Version syntax of every require, replace and exclude (canonical, /vN
 * agreement, +incompatible, pseudo-version shape), and the policy on
 * pseudo-versions, pre-releases and +incompatible for direct dependencies.
 */
export function checkVersions(mod: GoModule): Draft[] {
  const f = mod.modFile;
  const out: Draft[] = [];
  const at = (line: number, rule: string, title: string, message: string): Draft => ({ rule, module: mod.path, file: mod.goModFile, line, title, message });
  const syntax = (line: number, p: string, v: string, what: string): void => {
    const why = checkModuleVersion(p, v);
    if (why) out.push(at(line, 'version-syntax', `Invalid version ${p} ${v}`, `${what} ${p} ${v}: ${why}.`));
  };
  for (const r of f.require) syntax(r.line, r.path, r.version, 'require');
  for (const e of f.exclude) syntax(e.line, e.path, e.version, 'exclude');
  for (const r of f.replace) {
    if (r.oldVersion) syntax(r.line, r.oldPath, r.oldVersion, 'replace');
    if (r.newVersion) syntax(r.line, r.newPath, r.newVersion, 'replace target');
  }
  for (const r of f.require) {
    if (r.indirect || checkModuleVersion(r.path, r.version)) continue;
    if (isPseudoVersion(r.version)) {
      const when = pseudoVersionTime(r.version).toISOString().slice(0, 10);
      out.push(
        at(
          r.line,
          'pseudo-version',
          `Pseudo-version of ${r.path}`,
          `${r.path} ${r.version} is an untagged commit (${when}); a tagged release says what you get.`
        )
      );
    } else if (isPrereleaseVersion(r.version)) {
      out.push(at(r.line, 'prerelease-version', `Pre-release of ${r.path}`, `${r.path} ${r.version} is a pre-release.`));
    }
    if (semverBuild(r.version) === '+incompatible') {
      out.push(
        at(
          r.line,
          'incompatible-version',
          `+incompatible ${r.path}`,
          `${r.path} ${r.version} is a v2+ release without a go.mod (+incompatible): semantic import versioning does not protect you from breaking changes.`
        )
      );
    }
  }
  return out;
}
