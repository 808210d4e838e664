// Small bounded lists that do not depend on the order the filesystem lists directories in:
// they keep the first `max` items by code point, so reports are the same on every machine.
import { compareCodePoints } from '../util/sort.js';

export function keepFirst<T>(list: T[], item: T, max: number, key: (t: T) => string): void {
  const k = key(item);
  if (list.length >= max && compareCodePoints(k, key(list[list.length - 1]!)) >= 0) return;
  let i = list.length;
  while (i > 0 && compareCodePoints(key(list[i - 1]!), k) > 0) i--;
  list.splice(i, 0, item);
  if (list.length > max) list.pop();
}

/** keepFirst with an order given by a comparison, for items whose key would cost a string per call. */
export function keepFirstBy<T>(list: T[], item: T, max: number, compare: (a: T, b: T) => number): void {
  if (list.length >= max && compare(item, list[list.length - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && compare(list[i - 1]!, item) > 0) i--;
  list.splice(i, 0, item);
  if (list.length > max) list.pop();
}

export function keepFirstPath(list: string[], path: string, max: number): void {
  keepFirst(list, path, max, (p) => p);
}
