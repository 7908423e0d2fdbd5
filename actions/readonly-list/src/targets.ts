import { parsePlatform, supportedPlatforms, type DistTarget } from '@go-ci-gates/core';
import type { CgoMode } from './inputs.js';

/** One cell of the matrix: a platform, a tag set, with or without tests. */
export interface Target {
  goos: string;
  goarch: string;
  tags: string[];
  tests: boolean;
  cgoEnabled: '0' | '1';
}

export const DEFAULT_PLATFORMS = ['linux/amd64', 'windows/amd64', 'darwin/arm64'];

export function platformOf(t: { goos: string; goarch: string }): string {
  return `${t.goos}/${t.goarch}`;
}

export function tagsLabel(tags: readonly string[]): string {
  return tags.length ? tags.join(',') : '';
}

/** `windows/amd64 tags=integration tests` */
export function targetLabel(t: Target): string {
  return [platformOf(t), t.tags.length ? `tags=${tagsLabel(t.tags)}` : '', t.tests ? 'tests' : ''].filter(Boolean).join(' ');
}

export interface MatrixOptions {
  platforms: { goos: string; goarch: string }[];
  tagSets: string[][];
  tests: boolean;
  cgo: CgoMode;
  host: { goos: string; goarch: string; cgoEnabled: string };
  dist: readonly DistTarget[];
}

/** Expands the inputs into targets, rejecting platforms this go cannot build for. */
export function buildMatrix(o: MatrixOptions): Target[] {
  const wanted = o.platforms.length ? o.platforms : [o.host, ...DEFAULT_PLATFORMS.map(p => parsePlatform('platforms', p))];
  const unique = [...new Map(wanted.map(p => [platformOf(p), { goos: p.goos, goarch: p.goarch }])).values()];
  // One judge for every gate that takes targets: `go tool dist list`, through core.
  const dists = supportedPlatforms(o.dist, 'platforms', unique);
  const tagSets = uniqueTagSets([[], ...o.tagSets]);
  const modes = o.tests ? [false, true] : [false];
  const targets: Target[] = [];
  for (const d of dists) {
    const isHost = platformOf({ goos: d.GOOS, goarch: d.GOARCH }) === platformOf(o.host);
    // auto: what `go build` would use there (the host's setting; cross builds default to cgo off).
    const cgo = !d.CgoSupported || o.cgo === 'off' ? '0' : o.cgo === 'on' ? '1' : isHost && o.host.cgoEnabled === '1' ? '1' : '0';
    for (const tags of tagSets) for (const tests of modes) targets.push({ goos: d.GOOS, goarch: d.GOARCH, tags, tests, cgoEnabled: cgo });
  }
  return targets;
}

function uniqueTagSets(sets: string[][]): string[][] {
  const seen = new Set<string>();
  return sets.filter(s => {
    const k = s.join(',');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
