import type { LicenseResult } from '@go-ci-gates/core';

/** What a component is in the SBOM. */
export type ComponentKind = 'main' | 'module' | 'stdlib' | 'workspace-module';

/** One Go module (or the standard library) as it goes into the SBOM. */
export interface ComponentModel {
  /** bom-ref and identity: the PURL. */
  ref: string;
  kind: ComponentKind;
  /** Module path of what was compiled (the replacement's for a module replacement). */
  path: string;
  version: string;
  purl: string;
  /** The module this one replaces (`replace old => new`). */
  replaces?: { path: string; version: string };
  /** Filesystem replacement directory (workspace-relative), for `replace x => ./dir`. */
  localDir?: string;
  /** go.sum `h1:` of the module content, and of its go.mod. */
  h1?: string;
  goModH1?: string;
  /** Module proxy .zip URL; only for public modules. */
  downloadUrl?: string;
  vcsUrl?: string;
  license?: LicenseResult;
  /** Reached only through test packages. */
  testOnly: boolean;
  /** A main-module package imports it. */
  direct: boolean;
  /** Matched GOPRIVATE/GONOPROXY. */
  private: boolean;
  /** Extra name/value properties (sorted when written). */
  properties: [string, string][];
  /** Absolute directory of the module's files (module cache, vendor/ or local), for licenses. */
  dir?: string;
}

/** A module left out of the SBOM, and why (shown in the summary). */
export interface LeftOut {
  path: string;
  version: string;
  reason: string;
}

/** Everything needed to write one SBOM document. */
export interface SbomModel {
  mode: 'app' | 'module' | 'binary';
  /** Module path, workspace-relative dir and go.mod of the main module (or binary path). */
  modulePath: string;
  relDir: string;
  goModFile: string;
  main: ComponentModel;
  /** Every other component, main modules of a merged workspace included. */
  components: ComponentModel[];
  /** ref → refs it depends on; every component (main included) has an entry. */
  dependsOn: Map<string, Set<string>>;
  /** True when edges come from `go list` import data (complete), false for binaries. */
  edgesComplete: boolean;
  leftOut: LeftOut[];
  goVersion: string;
  targets: string[];
  /** The file the SBOM describes, for binary mode: its name and SHA-256. */
  binary?: { name: string; sha256: string };
  /** Per-module parts of a merged model, for the dependency submission. */
  parts?: SbomModel[];
}

export const PROPERTY_PREFIX = 'go-ci-gates:go';
