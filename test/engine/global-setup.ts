// Vitest globalSetup: start (or reuse) a Docker engine once for the whole run.
//
// It never throws: unit tests must not fail because no engine is available. Suites that need
// the engine read inject('dockerHost') and, when it is missing, fail with inject('engineError').
//
// Set DSG_NO_ENGINE=1 to skip starting one (e.g. for a quick unit-test run); engine suites then
// fail saying so.
import type { TestProject } from 'vitest/node';
import { startEngine, type Engine } from './engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DOCKER_HOST of a running engine; absent when none could be had. */
    dockerHost?: string;
    /** Why there is no engine; absent when there is one. */
    engineError?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let engine: Engine | undefined;
  if (process.env.DSG_NO_ENGINE === '1') {
    project.provide('engineError', 'docker engine not started: DSG_NO_ENGINE=1 is set');
    return async () => {};
  }
  const t0 = Date.now();
  try {
    engine = await startEngine();
    project.provide('dockerHost', engine.host);
    console.log(`[engine] ${engine.host} ready in ${Date.now() - t0} ms`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    project.provide('engineError', msg);
    console.warn(`[engine] not available: ${msg}`);
  }
  return async () => {
    if (engine) await engine.stop();
  };
}
