import { SCHEMA_VERSION, type Report, type TargetReport } from './report.js';

export function buildReport(version: string, targets: TargetReport[]): Report {
  return { schemaVersion: SCHEMA_VERSION, tool: { name: 'docker-size-guard', version }, targets };
}
