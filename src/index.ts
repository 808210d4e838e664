// The action's entry point (bundled to dist/index.js, which action.yml runs).
import { run } from './main.js';

await run();
