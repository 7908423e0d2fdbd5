import picomatch from 'picomatch';
import { checkModulePath, isLocalReplacement, type GoModule } from '@go-ci-gates/core';
import type { Draft } from './rules.js';

export interface DirectivePolicy {
  replaceAllow: readonly string[];
  toolchainPattern?: RegExp;
  goVersionPattern?: RegExp;
}

/** The gomoddirectives set and more, decided from the parsed go.mod alone. */
export function checkDirectives(mod: GoModule, policy: DirectivePolicy): Draft[] {
  const f = mod.modFile;
  const at = (line: number | undefined, rule: string, title: string, message: string, fix?: Draft['fix']): Draft => ({
    rule,
    module: mod.path,
    file: mod.goModFile,
    line,
    title,
    message,
    ...(fix ? { fix } : {})
  });
  const out: Draft[] = [];
  const allowed = policy.replaceAllow.length ? picomatch(policy.replaceAllow as string[]) : () => false;
  const seen = new Map<string, number>();
  for (const r of f.replace) {
    const from = `${r.oldPath}${r.oldVersion ? ` ${r.oldVersion}` : ''}`;
    const to = `${r.newPath}${r.newVersion ? ` ${r.newVersion}` : ''}`;
    const isAllowed = allowed(r.oldPath);
    if (!isAllowed) {
      if (isLocalReplacement(r.newPath)) {
        out.push(
          at(
            r.line,
            'replace-local',
            `Local replace of ${r.oldPath}`,
            `replace ${from} => ${to} points at a local directory: builds outside this checkout (and go install module@version) cannot see it.`,
            { description: 'Publish the module and require a version, or allow it with replace-allow' }
          )
        );
      }
      out.push(at(r.line, 'replace-directive', `replace of ${r.oldPath}`, `replace ${from} => ${to} is not in replace-allow.`));
    }
    const key = `${r.oldPath}@${r.oldVersion ?? '*'}`;
    const first = seen.get(key);
    if (first !== undefined)
      out.push(
        at(r.line, 'replace-duplicate', `Duplicate replace of ${r.oldPath}`, `${from} is already replaced on line ${first}; only one replacement applies.`)
      );
    else seen.set(key, r.line);
    if (r.newPath === r.oldPath && r.newVersion !== undefined && r.newVersion === r.oldVersion) {
      out.push(at(r.line, 'replace-noop', `No-op replace of ${r.oldPath}`, `replace ${from} => ${to} replaces the module with itself.`));
    } else if (r.oldVersion) {
      const req = f.require.find(q => q.path === r.oldPath);
      if (!req || req.version !== r.oldVersion) {
        out.push(
          at(
            r.line,
            'replace-noop',
            `Unused replace of ${r.oldPath}`,
            `replace ${from} applies only to ${r.oldVersion}, but go.mod ${req ? `requires ${req.version}` : 'does not require the module'}.`
          )
        );
      }
    }
  }
  for (const e of f.exclude)
    out.push(at(e.line, 'exclude-directive', `exclude ${e.path}`, `exclude ${e.path} ${e.version}: exclude directives are not allowed.`));
  for (const r of f.retract) {
    if (!r.rationale) {
      const what = r.low === r.high ? r.low : `[${r.low}, ${r.high}]`;
      out.push(
        at(
          r.line,
          'retract-rationale',
          'retract without explanation',
          `retract ${what} has no comment: go list -m -retracted shows users the comment as the reason.`,
          { description: 'Add a comment on or above the retract line, e.g. // Published accidentally.' }
        )
      );
    }
  }
  if (!f.toolchain)
    out.push(
      at(
        f.go?.line ?? f.module?.line,
        'toolchain-required',
        'No toolchain line',
        'go.mod has no toolchain line, so the Go release that builds it is whatever the runner has.',
        { description: 'Pin one', command: 'go get toolchain@go1.x.y' }
      )
    );
  else {
    out.push(at(f.toolchain.line, 'toolchain-forbidden', 'toolchain line', `toolchain ${f.toolchain.name}: toolchain lines are not allowed.`));
    if (policy.toolchainPattern && !policy.toolchainPattern.test(f.toolchain.name)) {
      out.push(
        at(
          f.toolchain.line,
          'toolchain-pattern',
          'toolchain does not match the pattern',
          `toolchain ${f.toolchain.name} does not match toolchain-pattern /${policy.toolchainPattern.source}/.`
        )
      );
    }
  }
  if (policy.goVersionPattern && f.go && !policy.goVersionPattern.test(f.go.version)) {
    out.push(
      at(
        f.go.line,
        'go-version-pattern',
        'go line does not match the pattern',
        `go ${f.go.version} does not match go-version-pattern /${policy.goVersionPattern.source}/.`
      )
    );
  }
  for (const g of f.godebug) out.push(at(g.line, 'godebug-directive', `godebug ${g.key}`, `godebug ${g.key}=${g.value}: godebug directives are not allowed.`));
  for (const t of f.tool) out.push(at(t.line, 'tool-directive', `tool ${t.path}`, `tool ${t.path}: tool directives are not allowed.`));
  for (const i of f.ignore) out.push(at(i.line, 'ignore-directive', `ignore ${i.path}`, `ignore ${i.path}: ignore directives are not allowed.`));
  // gomoddirectives' check-module-path: a path go accepts for a main module ("module demo") cannot be required by anyone else.
  const pathProblem = f.module ? checkModulePath(f.module.path) : undefined;
  if (f.module && pathProblem) {
    out.push(
      at(f.module.line, 'module-path', 'Invalid module path', `module ${f.module.path}: ${pathProblem}, so no other module can require it.`, {
        description: 'Name the module after where it is published, e.g. github.com/owner/repo'
      })
    );
  }
  return out;
}
