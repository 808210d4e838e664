// The lint findings as GitHub annotations, so that they show on the .dockerignore and Dockerfile
// lines of the pull request's diff. The action passes @actions/core (anything with the same calls).
import type { Report } from '../model/report.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface Annotator {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice?(message: string, properties?: AnnotationProperties): void;
}

const MAX_RISK_NOTICES = 10;

/** GitHub shows at most 10 annotations of each kind per step; the rest are dropped there, not here. */
export function emitDiagnosticAnnotations(report: Report, core: Annotator): number {
  let n = 0;
  for (const t of report.targets) {
    const d = t.diagnostics;
    if (!d) continue;
    for (const f of d.findings) {
      const props: AnnotationProperties = { title: `docker-size-guard: ${f.rule}` };
      if (f.file !== undefined) {
        props.file = f.file;
        if (f.line !== undefined && f.line > 0) props.startLine = f.line;
      }
      if (f.severity === 'error') core.error(f.message, props);
      else if (f.severity === 'warning') core.warning(f.message, props);
      else core.notice?.(f.message, props);
      n++;
    }
    if (core.notice) {
      let risks = 0;
      for (const i of d.drift.items) {
        if (i.status === 'risk' && ++risks > MAX_RISK_NOTICES) continue;
        const what =
          i.status === 'present'
            ? 'paths it ignores are in the build context here'
            : 'a checkout with such paths would send them to the build';
        core.notice(`gitignored but not excluded by the ignore file: ${what}${i.dockerLine ? `; add "${i.dockerLine}"` : ''}`, {
          title: 'docker-size-guard: gitignore drift',
          file: i.file,
          startLine: i.line,
        });
        n++;
      }
    }
  }
  return n;
}
