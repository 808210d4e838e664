// Budgets: absolute limits (context, copied, image, image-compressed) and growth limits against the
// baseline (the same keys with "-increase", as bytes or percent), each at a warn and a fail level.
import { InputError } from '../util/errors.js';
import { parseLimit, type Limit } from '../util/size.js';
import { BUDGET_KEYS, type BudgetKey, type Level } from '../model/verdict.js';

export interface Budget {
  key: BudgetKey;
  level: Level;
  limit: Limit;
  /** Where it was set, for messages: "--budget-context", "input budget-context", ".github/docker-size.yml:12". */
  source: string;
}

export function isBudgetKey(key: string): key is BudgetKey {
  return (BUDGET_KEYS as readonly string[]).includes(key);
}

/**
 * Parses one budget value; an unparseable one is a usage error naming the input (`label`, by default
 * `source`) and the value.
 */
export function parseBudget(key: BudgetKey, level: Level, value: string, source: string, label = source): Budget {
  const increase = key.endsWith('-increase');
  const limit = parseLimit(value, increase);
  if (!limit) {
    const expected = increase ? 'a size such as 5MB or a percentage such as 10%' : 'a size such as 200MB or 1.5GiB';
    throw new InputError(`${label}: invalid budget ${JSON.stringify(value)}: expected ${expected}`);
  }
  return { key, level, limit, source };
}
