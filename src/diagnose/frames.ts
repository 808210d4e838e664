// The directory frames the diagnostics keep while the walk descends: finding the frame of the directory that
// holds an entry (util/frames.ts pops, as for the tallies). Pure.
import { popFramesNotHolding } from '../util/frames.js';

/**
 * On a stack of nested directory frames (each prefix, "dir/", extends the one below it; the bottom one is the
 * root's, ''), pops the frames whose prefix does not start `path` and returns the top one: the frame of the
 * deepest directory on the stack holding `path`. `nameAt` is where `path`'s last component starts
 * (path.lastIndexOf('/') + 1).
 */
export function popTo<F extends { prefix: string }>(stack: F[], path: string, nameAt: number): F {
  popFramesNotHolding(stack, path, nameAt, 1, () => stack.pop());
  return stack[stack.length - 1]!;
}
