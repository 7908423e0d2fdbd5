// Jest's one global setup: refuse stale bundles, then warm the shared build cache.
import distFresh from './dist-fresh.mjs';
import warmBuildCache from './warm-build-cache.mjs';

export default async function globalSetup() {
  await distFresh();
  warmBuildCache();
}
