import { Inputs, parseCommonInputs, type CommonInputs, type InputSource } from '@go-ci-gates/core';

export interface ModVerifyInputs extends CommonInputs {
  /** Run `go mod download` before verifying, so every module the build needs is in the cache. */
  download: boolean;
}

export function parseInputs(source: InputSource): ModVerifyInputs {
  const inputs = new Inputs(source);
  return {
    ...parseCommonInputs(inputs),
    download: inputs.boolean('download', true)
  };
}
