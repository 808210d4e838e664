// The matchers' cost counter: every matcher in src/patterns/ adds one per elementary step (an NFA
// instruction visited, a pattern rune compared). Tests assert cost bounds with it instead of time.
// Pure; one number of process-wide state.

export const matchStats = { steps: 0 };
