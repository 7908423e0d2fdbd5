import { FAIL_ON_VALUES, type FailOn } from '../report/finding.js';
import { Inputs } from './inputs.js';

/** Inputs every gate declares in its action.yml, with the same meaning everywhere. */
export interface CommonInputs {
  workingDirectory: string;
  modules: string[];
  goBinary: string;
  failOn: FailOn;
  reportPath: string;
  maxAnnotations: number;
}

export const COMMON_INPUT_NAMES = ['working-directory', 'modules', 'go-binary', 'fail-on', 'report-path', 'max-annotations'] as const;

export function parseCommonInputs(inputs: Inputs): CommonInputs {
  return {
    workingDirectory: inputs.string('working-directory'),
    modules: inputs.globs('modules'),
    goBinary: inputs.string('go-binary'),
    failOn: inputs.enumeration('fail-on', FAIL_ON_VALUES),
    reportPath: inputs.string('report-path'),
    maxAnnotations: inputs.number('max-annotations', { min: 0, max: 50, integer: true })!
  };
}
