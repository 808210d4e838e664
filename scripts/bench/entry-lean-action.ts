// What the action's start-up would cost if it loaded only the measurement path first (inputs, event, plan,
// measurement) and the GitHub, artifact and Azure clients later, when they are needed: bundled on the fly by
// scripts/bench.mjs and timed like dist/index.js, to the line the action prints right before it measures.
import * as core from '@actions/core';
import { readPayload, readRunContext } from '../../src/action/event.js';
import { readInputs } from '../../src/action/inputs.js';
import { measureAll, settings } from '../../src/action/targets.js';
import { describePlan, planRun } from '../../src/action/plan.js';
import { VERSION } from '../../src/version.js';

const env = process.env;
const inputs = readInputs();
const ctx = readRunContext(env, readPayload(env.GITHUB_EVENT_PATH));
core.info(`docker-size-guard ${VERSION}: ${describePlan(planRun(inputs.mode, ctx))}`);
const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
const report = await measureAll(await settings(inputs, cwd), inputs, cwd, (line) => core.info(line));
core.setOutput('context-bytes', String(report.targets[0]?.context.bytes ?? ''));
