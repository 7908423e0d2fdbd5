/**
 * GOFLAGS for the readonly check: the user's flags are kept (e.g. -buildvcs,
 * -modcacherw, -trimpath) but any -mod setting is removed, so a `-mod=mod`
 * in the environment can never let go list rewrite go.mod or go.sum.
 */
export function readonlyGoFlags(userGoFlags: string | undefined): string {
  const kept: string[] = [];
  const words = (userGoFlags ?? '').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^--?mod(=|$)/.test(w)) {
      if (!w.includes('=')) i++; // `-mod mod`: drop the value too
      continue;
    }
    kept.push(w);
  }
  return kept.join(' ');
}

/**
 * The -mod flag for one module: readonly, except under go.work where -mod is
 * left unset so the workspace's own rules apply (go.work permits only
 * readonly or vendor, and vendor mode is the workspace's to choose).
 */
export function modFlag(inWorkspace: boolean): string[] {
  return inWorkspace ? [] : ['-mod=readonly'];
}
