// The directory frames the diagnostics keep while the walk descends: finding the frame of the directory that
// holds an entry. Pure.

/**
 * On a stack of nested directory frames (each prefix, "dir/", extends the one below it; the bottom one is the
 * root's, ''), pops the frames whose prefix does not start `path` and returns the top one: the frame of the
 * deepest directory on the stack holding `path`. `nameAt` is where `path`'s last component starts
 * (path.lastIndexOf('/') + 1). A frame longer than that is no prefix; one just as long is compared by one string
 * equality — String.prototype.startsWith costs far more on the walker's concatenated paths — and anything else
 * by startsWith, as before.
 */
export function popTo<F extends { prefix: string }>(stack: F[], path: string, nameAt: number): F {
  while (stack.length > 1 && stack[stack.length - 1]!.prefix.length > nameAt) stack.pop();
  const top = stack[stack.length - 1]!;
  if (top.prefix.length === nameAt && path.slice(0, nameAt) === top.prefix) return top;
  while (stack.length > 1 && !path.startsWith(stack[stack.length - 1]!.prefix)) stack.pop();
  return stack[stack.length - 1]!;
}
