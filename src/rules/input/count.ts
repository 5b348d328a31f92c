/**
 * Whole numbers within bounds (days, persons, children) and scores (numbers >= 0 that are not money).
 */
import { invalid } from "../errors";
import { msg } from "../language";
import { Decimal, formatNumber } from "../money";
import { isEmpty, numberOrThrow, single } from "./common";

/** Upper bound for counts without a bound of their own (days of a stay, persons, children). */
export const MAX_COUNT = 1_000_000;

/** A required whole number within [min, max]. */
export function count(value: unknown, argument: string, min: number, max: number = MAX_COUNT): number {
  const allowed = (): string =>
    max === MAX_COUNT ? msg("expect.countFrom", { min: String(min) }) : msg("expect.countRange", { min: String(min), max: String(max) });
  const raw = numberOrThrow(value, argument, allowed);
  const n = raw instanceof Decimal ? raw.toNumber() : raw;
  if (!Number.isInteger(n) || n < min || n > max) {
    if (max === MAX_COUNT && Number.isInteger(n) && n > max) {
      throw invalid(argument, msg("input.countTooLarge", { max: formatNumber(max) }));
    }
    throw invalid(argument, msg("input.wrong", { allowed: allowed(), got: formatNumber(raw) }));
  }
  return n;
}

export function optionalCount(value: unknown, argument: string, min: number, max?: number): number | undefined {
  return isEmpty(single(value, argument)) ? undefined : count(value, argument, min, max);
}

/** A required number >= 0 that is not money (a score on a scale). */
export function score(value: unknown, argument: string): number {
  const allowed = (): string => msg("expect.score");
  const raw = numberOrThrow(value, argument, allowed);
  const n = raw instanceof Decimal ? raw.toNumber() : raw;
  if (n < 0) throw invalid(argument, msg("input.negative", { got: formatNumber(raw), allowed: allowed() }));
  return n;
}

export function optionalScore(value: unknown, argument: string): number | undefined {
  return isEmpty(single(value, argument)) ? undefined : score(value, argument);
}
