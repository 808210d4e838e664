/** Keeps the N largest items seen, in O(log N) per item; memory does not grow with the input. */
export class TopN<T extends { bytes: number; path: string }> {
  private heap: T[] = [];
  constructor(readonly n: number) {}

  add(item: T): void {
    if (this.n <= 0) return;
    const h = this.heap;
    if (h.length < this.n) {
      h.push(item);
      this.up(h.length - 1);
    } else if (less(h[0]!, item)) {
      h[0] = item;
      this.down(0);
    }
  }

  /** Largest first; ties by path, so output is deterministic. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && less(h[l]!, h[m]!)) m = l;
      if (r < h.length && less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

/** a ranks below b: fewer bytes, or equal bytes and a later path. */
function less(a: { bytes: number; path: string }, b: { bytes: number; path: string }): boolean {
  return a.bytes < b.bytes || (a.bytes === b.bytes && a.path > b.path);
}
