// .gitignore vs .dockerignore: every gitignored pattern the ignore file does not also exclude —
// with its bytes where such paths are in the context here, as a risk where they are not. Pure.
import type { PatternMatcher } from '../patterns/matcher.js';
import { compareCodePoints } from '../util/sort.js';
import { dockerExcludes, samplePaths } from './docker-syntax.js';
import type { GitScope } from './gitignore.js';
import type { Drift, DriftItem } from '../model/diagnostics.js';

export function drift(scopes: readonly GitScope[], matcher: PatternMatcher): Drift {
  const items: DriftItem[] = [];
  let covered = 0;
  const files = new Set<string>();
  for (const scope of scopes) {
    files.add(scope.file);
    for (const r of scope.rules) {
      if (r.negative || r.wholeContext) continue;
      const base = {
        file: r.file,
        line: r.line,
        pattern: r.pattern,
        dockerLine: r.dockerLine ?? '',
        examples: r.examples,
        ...(r.neededBy.length > 0 ? { neededBy: r.neededBy } : {}),
      };
      if (r.entries > 0) {
        items.push({ ...base, status: 'present', bytes: r.bytes, files: r.files });
        continue;
      }
      if (r.dockerLine === undefined) continue; // cannot reach inside the context
      const samples = samplePaths(r.dockerLine);
      if (samples.length > 0 && samples.every((s) => dockerExcludes(matcher, s))) {
        covered++;
        continue;
      }
      items.push({ ...base, status: 'risk', bytes: 0, files: 0 });
    }
  }
  items.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'present' ? -1 : 1) ||
      b.bytes - a.bytes ||
      compareCodePoints(a.file, b.file) ||
      a.line - b.line,
  );
  return { gitignoreFiles: [...files].sort(compareCodePoints), items, covered };
}
