import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  pathRoots,
  policyGlobList,
  quoteExcerpt,
  readPolicyFile,
  resolvePathInput,
  ruleSettingProblem,
  toPosixRelative,
  WORKSPACE_ONLY,
  type PolicyDocument,
  type RuleSetting
} from '@go-ci-gates/core';
import type { ModReviewInputs } from './inputs.js';
import { RULES } from './rules.js';

/**
 * mod-review's keys of the policy file (YAML or JSON, shared with mod-verify
 * and license-policy, whose keys it passes over):
 *
 *   replace-allow: [example.com/internal/*]   # also mod-verify's; joins the input
 *   review:
 *     major-allow: [github.com/aws/*]         # joins the input
 *     major-label: major-dependency-bump      # replaces the input
 *     max-new-shipped: 20                     # replaces the input
 *     rules:                                  # over the rules input, rule by rule
 *       new-pseudo-version: error
 *
 * The file wins over the inputs where both set a value, as license-policy's
 * does: the file is the policy a team reviews, the inputs its defaults.
 */
export interface ReviewPolicyFile {
  /** Workspace-relative path. */
  file: string;
  text: string;
}

const REVIEW_KEYS = ['major-allow', 'major-label', 'max-new-shipped', 'rules'];

/** The inputs with the policy file's settings applied, and the file read (undefined without a policy-file). */
export async function applyPolicyFile(
  inputs: ModReviewInputs,
  workspace: string,
  env: NodeJS.ProcessEnv
): Promise<{ inputs: ModReviewInputs; policy?: ReviewPolicyFile }> {
  if (!inputs.policyFile) return { inputs };
  // Checkout content: read only inside the workspace, never through a symlink that leads out.
  const resolved = resolvePathInput(inputs.policyFile, { input: 'policy-file', use: 'read-file', roots: WORKSPACE_ONLY }, pathRoots(workspace, env));
  const rel = toPosixRelative(workspace, resolved.path);
  const doc = await readPolicyFile(resolved.path, rel, 'mod-review');
  const out: ModReviewInputs = { ...inputs, rules: new Map(inputs.rules) };
  const replace = doc.get('replace-allow');
  if (replace) out.replaceAllow = [...inputs.replaceAllow, ...policyGlobList(doc, replace)];
  const review = doc.get('review');
  if (review) applyReviewSection(doc, review.value, review.line, out);
  return { inputs: out, policy: { file: rel, text: doc.text } };
}

function applyReviewSection(doc: PolicyDocument, value: unknown, line: number | undefined, out: ModReviewInputs): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) doc.bad(`'review' must be a mapping (${REVIEW_KEYS.join(', ')})`, line);
  const section = value as Record<string, unknown>;
  for (const k of Object.keys(section))
    if (!REVIEW_KEYS.includes(k)) doc.bad(`review: unknown key ${quoteExcerpt(k)} (expected ${REVIEW_KEYS.join(', ')})`, line);
  if (section['major-allow'] !== undefined)
    out.majorAllow = [...out.majorAllow, ...policyGlobList(doc, { key: 'review.major-allow', value: section['major-allow'], node: undefined, line })];
  const label = section['major-label'];
  if (label !== undefined) {
    if (typeof label !== 'string' && label !== null) doc.bad("review: 'major-label' must be a label name (a string; empty for none)", line);
    out.majorLabel = (label ?? '').trim();
  }
  const max = section['max-new-shipped'];
  if (max !== undefined) {
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0 || max > 100000)
      doc.bad("review: 'max-new-shipped' must be a whole number from 0 to 100000", line);
    out.maxNewShipped = max as number;
  }
  const rules = section.rules;
  if (rules !== undefined) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules))
      doc.bad("review: 'rules' must be a mapping of rule id to error, warning, notice or off", line);
    const config = out.rules as Map<string, RuleSetting>;
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      const problem = ruleSettingProblem(id, setting, RULES);
      if (problem) doc.bad(`review.rules: ${problem}`, line);
      config.set(id, setting as RuleSetting);
    }
  }
}

/**
 * The policy file as the base commit had it (read from the base tree the gate
 * materialised), or undefined when the base had none or it is not a plain
 * file there. Compared with the head's to tell the reviewer that the change
 * edits the rules it is reviewed by.
 */
export async function basePolicyText(baseWorkspace: string, rel: string): Promise<string | undefined> {
  // The base tree is checkout content too: read nothing a symlink leads to, inside or out.
  const file = path.join(baseWorkspace, rel);
  const real = await fs.realpath(file).catch(() => undefined);
  if (real !== path.join(await fs.realpath(baseWorkspace), rel)) return undefined;
  const st = await fs.lstat(real).catch(() => undefined);
  return st?.isFile() ? fs.readFile(real, 'utf8') : undefined;
}
