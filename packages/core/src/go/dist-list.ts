import { ConfigurationError } from '../errors.js';
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

/** A GOOS/GOARCH pair named in an input. */
export interface Platform {
  goos: string;
  goarch: string;
}

const PLATFORM = /^([a-z0-9]+)\/([a-z0-9]+)$/;

/** Parses `goos/goarch` from the input `input` (the shape only; supportedPlatforms asks go). */
export function parsePlatform(input: string, text: string): Platform {
  const m = PLATFORM.exec(text);
  if (!m) throw new ConfigurationError(input, text, 'expected GOOS/GOARCH pairs such as linux/amd64');
  return { goos: m[1], goarch: m[2] };
}

/**
 * The dist entries of the pairs named in `input`, or one clear error naming
 * the input at the first pair the running go cannot build for: the only
 * judge is `go tool dist list`, for every gate that takes targets.
 */
export function supportedPlatforms(dist: readonly DistTarget[], input: string, platforms: readonly Platform[]): DistTarget[] {
  const known = new Map(dist.map(d => [`${d.GOOS}/${d.GOARCH}`, d]));
  return platforms.map(p => {
    const d = known.get(`${p.goos}/${p.goarch}`);
    if (!d) throw new ConfigurationError(input, `${p.goos}/${p.goarch}`, 'not a GOOS/GOARCH pair this go supports (see `go tool dist list`)');
    return d;
  });
}
