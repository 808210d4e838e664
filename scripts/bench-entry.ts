// What the benchmark measures, bundled on the fly by scripts/bench.mjs.
export { walkContext } from '../src/context/walk.js';
export { PatternMatcher } from '../src/patterns/matcher.js';
export { Tally } from '../src/context/tally.js';
export { measureTarget } from '../src/targets/context.js';
