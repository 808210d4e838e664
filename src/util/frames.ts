// Stacks of nested directory frames, as the walk's consumers keep them (the tallies, the diagnostics): finding
// the frames that hold an entry. Pure.

/**
 * On a stack of nested directory frames (each prefix, "dir/", extends the one below it), calls `pop` — which
 * removes the top frame — while the top frame's prefix does not start `path`, leaving at least `keep` frames.
 * `nameAt` is where `path`'s last component starts (path.lastIndexOf('/') + 1). A frame longer than that is no
 * prefix; one just as long is compared by one string equality — String.prototype.startsWith costs far more on
 * the walker's concatenated paths — and anything else by startsWith.
 */
export function popFramesNotHolding<F extends { prefix: string }>(
  stack: F[],
  path: string,
  nameAt: number,
  keep: number,
  pop: () => void,
): void {
  while (stack.length > keep && stack[stack.length - 1]!.prefix.length > nameAt) pop();
  if (stack.length === 0) return;
  const top = stack[stack.length - 1]!;
  if (top.prefix.length === nameAt && path.slice(0, nameAt) === top.prefix) return;
  while (stack.length > keep && !path.startsWith(stack[stack.length - 1]!.prefix)) pop();
}
