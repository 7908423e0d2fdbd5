import { ProxyAnswersStore, resolveStateDir, type GateDeps, type StateCache } from '@go-ci-gates/core';
import type { ModVerifyInputs } from './inputs.js';

/** mod-verify's Actions-cache keys for the proxy's answers (an act test asserts the prefix). */
export const MOD_VERIFY_ANSWERS_KEYS = { keyPrefix: 'mod-verify-answers-1-', restorePrefixes: ['mod-verify-answers-1-'] };

/** core's ProxyAnswersStore, where mod-verify's inputs say (state-dir, else the Actions cache). */
export async function openProxyAnswers(inputs: ModVerifyInputs, deps: GateDeps, cacheOverride?: StateCache): Promise<ProxyAnswersStore | undefined> {
  if (inputs.answersMaxAgeHours === 0) return undefined;
  const stateDir = inputs.stateDir
    ? { dir: await resolveStateDir(inputs.stateDir, deps.workspace, deps.env), label: `directory ${inputs.stateDir}` }
    : undefined;
  return ProxyAnswersStore.open({ answersMaxAgeHours: inputs.answersMaxAgeHours, cache: inputs.cache, stateDir }, MOD_VERIFY_ANSWERS_KEYS, deps, cacheOverride);
}
