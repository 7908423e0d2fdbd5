import { gateCommentMarker, renderBlocks, upsertMarkedComment, type Block, type Logger } from '@go-ci-gates/core';

export const COMMENT_MARKER = gateCommentMarker('coverage-gate');

/** The marker of the comment for one scope of modules (see baseline-store.ts); unscoped is the marker above. */
export function commentMarker(scope: string): string {
  return gateCommentMarker('coverage-gate', scope);
}

/**
 * The comment's Markdown: a heading, the errors as a list, then the first
 * summary sections. Error messages name files from the pull request, so
 * everything goes through the summary renderer, which renders text inert.
 */
export function pullRequestCommentBody(heading: string, errors: readonly string[], sections: readonly Block[]): string {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: heading }];
  if (errors.length) blocks.push({ kind: 'list', items: [...errors] });
  return renderBlocks([...blocks, ...sections], 50);
}

/**
 * Creates or updates the gate's own comment on the pull request (core's
 * upsertMarkedComment, found by the hidden marker it starts with; markers end
 * in ` -->`, so no scope's is a prefix of another's). A token that cannot write
 * (fork pull requests get a read-only one) is a notice, not a failure.
 */
export async function upsertPullRequestComment(opts: {
  token: string;
  apiUrl: string;
  repository: string;
  number: number;
  body: string;
  log: Logger;
  /** Modules scope: one comment per scope (the reusable workflow's per-module jobs). */
  scope?: string;
}): Promise<{ action: 'created' | 'updated' | 'skipped'; detail: string }> {
  return upsertMarkedComment({ ...opts, marker: commentMarker(opts.scope ?? ''), gate: 'coverage-gate', what: 'coverage comment' });
}
