// The action's entry point (bundled to dist/index.js, which action.yml runs).
import { run } from './action/main.js';

await run();
