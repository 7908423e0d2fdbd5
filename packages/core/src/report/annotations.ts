import * as actions from '../runner/workflow-commands.js';
import type { Finding, Severity } from './finding.js';

export interface AnnotationSink {
  annotate(severity: Severity, message: string, props: actions.AnnotationProperties): void;
}

export const actionsAnnotationSink: AnnotationSink = {
  annotate(severity, message, props) {
    if (severity === 'error') actions.error(message, props);
    else if (severity === 'warning') actions.warning(message, props);
    else actions.notice(message, props);
  }
};

/**
 * Emits annotations for the findings, at most `perKind` of each severity:
 * GitHub shows only 10 errors, 10 warnings and 10 notices per step. Findings
 * with a file and line go first, since those are the ones worth pinning.
 * Returns a note for the summary when some were left out.
 */
export function emitAnnotations(findings: readonly Finding[], perKind: number, sink: AnnotationSink): string | undefined {
  const emitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const skipped: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const ordered = [...findings].sort((a, b) => Number(b.line !== undefined) - Number(a.line !== undefined));
  for (const f of ordered) {
    if (emitted[f.severity] >= perKind) {
      skipped[f.severity]++;
      continue;
    }
    emitted[f.severity]++;
    const props: actions.AnnotationProperties = { title: f.title ?? f.rule };
    if (f.file) {
      props.file = f.file;
      if (f.line !== undefined) {
        props.startLine = f.line;
        props.endLine = f.endLine ?? f.line;
        // Columns are only meaningful on a single line (GitHub ignores them otherwise).
        if (f.column !== undefined && props.endLine === f.line) {
          props.startColumn = f.column;
          if (f.endColumn !== undefined) props.endColumn = f.endColumn;
        }
      }
    }
    const text = f.fix ? `${f.message}\nFix: ${f.fix.command ?? f.fix.description}` : f.message;
    sink.annotate(f.severity, f.module && !f.file ? `${f.module}: ${text}` : text, props);
  }
  const total = skipped.error + skipped.warning + skipped.notice;
  if (total === 0) return undefined;
  return `${total} finding${total === 1 ? ' is' : 's are'} not annotated: GitHub shows at most ${perKind} annotations of each kind per step. The table above lists them all.`;
}
