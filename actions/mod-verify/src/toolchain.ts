import { compareGoVersionStrings, parseGoVersion, type Discovery, type GoEnv, type GoModule } from '@go-ci-gates/core';
import type { Draft } from './rules.js';

/**
 * Predicts `go: go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)`:
 * when the go line is newer than the running Go and GOTOOLCHAIN does not let
 * go switch (local, or a fixed goX.Y.Z without +auto/+path).
 */
export function predictTooNew(mod: GoModule, goEnv: GoEnv, file = mod.goModFile, goLine = mod.modFile.go): Draft | undefined {
  if (!goLine) return undefined;
  const running = goEnv.GOVERSION.replace(/^go/, '').split(/[ -]/)[0];
  const toolchain = goEnv.GOTOOLCHAIN ?? 'auto';
  if (!parseGoVersion(running) || !parseGoVersion(goLine.version)) return undefined;
  const canSwitch = toolchain === 'auto' || toolchain === 'path' || /\+(auto|path)$/.test(toolchain);
  if (canSwitch || compareGoVersionStrings(goLine.version, running) <= 0) return undefined;
  return {
    rule: 'go-too-new',
    module: mod.path,
    file,
    line: goLine.line,
    title: `Needs Go ${goLine.version}`,
    message: `go: ${file.endsWith('go.work') ? 'go.work' : 'go.mod'} requires go >= ${goLine.version} (running go ${running}; GOTOOLCHAIN=${toolchain}): every go command on this module will fail.`,
    fix: { description: `Install Go ${goLine.version} or newer (actions/setup-go with go-version-file: go.mod), or lower the go line` }
  };
}

/** Environment settings that do not do what people think. */
export function checkEnvironment(env: NodeJS.ProcessEnv, goEnv: GoEnv, discovery: Discovery): Draft[] {
  const out: Draft[] = [];
  if (env.GONOSUMCHECK) {
    out.push({
      rule: 'gonosumcheck',
      title: 'GONOSUMCHECK is not a Go variable',
      message: `GONOSUMCHECK=${env.GONOSUMCHECK} is set, but Go has no such variable: it changes nothing. To skip the checksum database for private modules use GONOSUMDB or GOPRIVATE.`
    });
  }
  const flags = goEnv.GOFLAGS ?? env.GOFLAGS ?? '';
  if (discovery.goWork && /(^|\s)-mod=mod(\s|$)/.test(flags)) {
    out.push({
      rule: 'goflags-mod-mod',
      file: discovery.goWork.relFile,
      line: 1,
      title: '-mod=mod under go.work',
      message: `GOFLAGS contains -mod=mod, but ${discovery.goWork.relFile} puts go in workspace mode, where -mod=mod is rejected ("-mod may only be set to readonly or vendor when in workspace mode").`
    });
  }
  return out;
}
