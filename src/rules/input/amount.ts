/**
 * Euro amounts (>= 0, at most 1e12) and sums of a range of amounts, read exactly as Decimal.
 */
import { invalid } from "../errors";
import { msg } from "../language";
import { Decimal, ZERO, formatNumber, fromNumber } from "../money";
import { cellAt, isEmpty, numberOrThrow, single } from "./common";

const AMOUNT = (): string => msg("expect.amount");
/** Larger amounts are typing errors, and Excel could not show them to the cent. */
export const MAX_AMOUNT = new Decimal("1e12");
const MAX_AMOUNT_NUMBER = 1e12;

/** A required euro amount >= 0. */
export function amount(value: unknown, argument: string): Decimal {
  const n = numberOrThrow(value, argument, AMOUNT);
  // The range checks on a plain number come first: they cost nothing, where a Decimal comparison copies.
  const negative = n instanceof Decimal ? n.isNegative() && !n.isZero() : n < 0;
  if (negative) throw invalid(argument, msg("input.negative", { got: formatNumber(n), allowed: AMOUNT() }));
  const tooLarge = n instanceof Decimal ? n.greaterThan(MAX_AMOUNT) : n > MAX_AMOUNT_NUMBER;
  if (tooLarge) throw invalid(argument, msg("input.amountTooLarge", { max: formatNumber(MAX_AMOUNT) }));
  if (n === 0) return ZERO;
  return n instanceof Decimal ? (n.isZero() ? ZERO : n) : fromNumber(n);
}

/** An optional euro amount >= 0: undefined when empty. */
export function optionalAmount(value: unknown, argument: string): Decimal | undefined {
  return isEmpty(single(value, argument)) ? undefined : amount(value, argument);
}

/**
 * A sum of euro amounts: one number or a range (2D array). Empty cells count as 0; text, booleans and negative
 * amounts are refused with the position of the cell.
 */
export function amountSum(value: unknown, argument: string): Decimal {
  if (!Array.isArray(value)) return isEmpty(value) ? ZERO : amount(value, argument);
  let total = ZERO;
  const rows = value as unknown[];
  for (let r = 0; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? (rows[r] as unknown[]) : [rows[r]];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isEmpty(cell)) continue;
      const where = rows.length === 1 && row.length === 1 ? argument : cellAt(argument, r + 1, c + 1);
      total = total.plus(amount(cell, where));
    }
  }
  return total;
}
