// Small hand-made reports for the pure core's tests.
import type { Report, TargetReport } from '../../src/model/report.js';

export function target(name: string, bytes: number, shallow: [string, number][] = [], extra: Partial<TargetReport> = {}): TargetReport {
  const totals = {
    bytes,
    files: 1,
    symlinks: 0,
    directories: 0,
    other: 0,
    unreadable: 0,
    largestFiles: [],
    largestDirectories: [],
    shallow: shallow.map(([path, b]) => ({ path, bytes: b })),
    shallowTruncated: false,
  };
  return {
    name,
    context: { path: '.', ignoreFile: null, ignoreFilesNotUsed: [], patterns: 0, ...totals },
    copied: { dockerfile: 'Dockerfile', target: '0', stages: ['0'], wholeContext: [], instructions: [], ...totals },
    warnings: [],
    ...extra,
  };
}

export function report(targets: TargetReport[]): Report {
  return { schemaVersion: 1, tool: { name: 'docker-size-guard', version: '0.0.0-test' }, targets };
}
