import {
  gateCommentMarker,
  readWorkflowEvent,
  renderBlocks,
  upsertMarkedComment,
  type Block,
  type Finding,
  type GateDeps,
  type GateReport
} from '@go-ci-gates/core';
import type { ModReviewInputs } from './inputs.js';
import type { UnitReview } from './review.js';
import { reviewRows, unitFacts } from './summary.js';

/** The marker of one module's comment: the module's directory names it (one comment per module). */
export function moduleCommentMarker(relDir: string): string {
  return gateCommentMarker('mod-review', relDir === '.' ? '' : relDir);
}

/** One module's comment: its verdict line, its changes table and its facts, rendered inert like the summary. */
export function moduleCommentBody(u: UnitReview, report: GateReport): string {
  const errors = report.findings.filter(f => f.severity === 'error' && (f.module === u.path || f.file === u.file));
  const icon = errors.length ? '❌' : '✅';
  const rows = reviewRows([u], false);
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${icon} mod-review: ${u.path} (${u.relDir})` },
    { kind: 'paragraph', text: report.headline ?? '' }
  ];
  if (errors.length) blocks.push({ kind: 'list', items: errors.map(e => e.message) });
  if (rows.length) blocks.push({ kind: 'table', columns: ['Dependency', 'Change', 'Base', 'Head', 'Shipped', 'Notes'], rows });
  else blocks.push({ kind: 'paragraph', text: 'No build-list changes.' });
  const facts = unitFacts(u);
  if (facts.length) blocks.push({ kind: 'list', items: facts });
  return renderBlocks(blocks, 100);
}

/**
 * After the verdict: with `comment: true` on a pull request, one comment per
 * module with changes, each updated in place (found by its marker) through
 * core's GitHub client.
 */
export async function commentOnPullRequest(report: GateReport, inputs: ModReviewInputs, deps: GateDeps): Promise<Finding[]> {
  const event = readWorkflowEvent(deps.env);
  if (!inputs.comment || !event.pullRequest || report.result === 'error') return [];
  if (event.pullRequest.fromFork)
    return [{ rule: 'comment-skipped', severity: 'notice', message: 'The pull request comment was skipped: fork pull requests get a read-only token.' }];
  if (!inputs.githubToken) {
    deps.log.warning("The pull request comment needs 'github-token'.");
    return [];
  }
  const units = ((report.data as { units?: UnitReview[] } | undefined)?.units ?? []).filter(u => u.status !== 'unchanged' && u.status !== 'removed');
  const notices: Finding[] = [];
  for (const u of units) {
    const r = await upsertMarkedComment({
      token: inputs.githubToken,
      apiUrl: deps.env.GITHUB_API_URL || 'https://api.github.com',
      repository: event.repository,
      number: event.pullRequest.number,
      marker: moduleCommentMarker(u.relDir),
      body: moduleCommentBody(u, report),
      log: deps.log,
      gate: 'mod-review',
      what: `dependency review of ${u.path}`
    });
    if (r.action === 'skipped') {
      notices.push({ rule: 'comment-skipped', severity: 'notice', message: r.detail });
      break;
    }
    deps.log.info(r.detail);
  }
  return notices;
}
