import type { GoRunner } from './go-runner.js';

/** One GOOS/GOARCH pair the go toolchain can target (`go tool dist list -json`). */
export interface DistTarget {
  GOOS: string;
  GOARCH: string;
  CgoSupported: boolean;
  FirstClass: boolean;
}

const cache = new WeakMap<GoRunner, Promise<DistTarget[]>>();

/** The platforms the running go supports, read once per runner. */
export function distList(go: GoRunner): Promise<DistTarget[]> {
  let list = cache.get(go);
  if (!list) {
    list = go.runJson<DistTarget[]>(['tool', 'dist', 'list', '-json'], { cwd: process.cwd() });
    cache.set(go, list);
  }
  return list;
}
