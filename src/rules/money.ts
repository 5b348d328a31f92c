/**
 * Money: one decimal type for every euro amount. Amounts are computed exactly and rounded once, to cents,
 * half away from zero, when a figure is published (SPEC section 0).
 */
import DecimalBase from "decimal.js";
import { thousands } from "./language";

/** decimal.js configured for money: ample precision, ROUND_HALF_UP (= half away from zero in decimal.js). */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** An exact decimal from a JS number (its shortest decimal form), a decimal string, or a Decimal. */
export function dec(value: number | string | Decimal): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

const HUNDREDTH = new Decimal("0.01");
/** Below this many cents decimal.js builds the integer without going through text (its small-integer path). */
const FAST_CENTS_LIMIT = 1e7;

/**
 * The exact decimal of a JS number, as `new Decimal(value)` gives it (the number's shortest decimal form), but
 * faster for the usual euro amounts: a number with at most 2 decimals below 100 000 is built from its whole cents.
 * Why this is the same value: `value === cents / 100` means `value` is the double nearest to the decimal cents/100;
 * a decimal of at most 9 significant digits is the shortest form of its nearest double, so decimal.js would read
 * exactly cents/100 too. Other numbers take decimal.js's own path.
 */
export function fromNumber(value: number): Decimal {
  const c = Math.round(value * 100);
  if (c < FAST_CENTS_LIMIT && c > -FAST_CENTS_LIMIT && c / 100 === value) return new Decimal(c).times(HUNDREDTH);
  return new Decimal(value);
}

/** Rounds a published figure to cents, half away from zero. */
export function cents(value: Decimal): Decimal {
  // a value already in whole cents is its own rounding (decimalPlaces is cheap; toDecimalPlaces always finalises)
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds a maximum (the kindsdeel) DOWN to cents, so n shares never exceed the whole. Amounts are >= 0. */
export function centsDown(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** The published figure as an Excel number (after rounding to cents). */
export function toExcelNumber(value: Decimal): number {
  return cents(value).toNumber();
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

/** "€ 1.234,56": how amounts are shown to Belgian users. */
export function formatEuro(value: Decimal): string {
  return `€ ${formatAmount(value)}`;
}

/** "1.234,56": two decimals, a point for thousands and a comma for decimals (in a French call "1 234,56"). */
export function formatAmount(value: Decimal): string {
  const rounded = cents(value);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [whole, fraction] = rounded.abs().toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands());
  return `${negative ? "-" : ""}${grouped},${fraction}`;
}

/** A number as Dutch text with the fewest decimals needed ("2,5", "1.000"), for messages. */
export function formatNumber(value: number | Decimal): string {
  const d = value instanceof Decimal ? value : Number.isFinite(value) ? new Decimal(value) : null;
  if (d === null) return String(value);
  const [whole, fraction] = d.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands());
  return `${d.isNegative() && !d.isZero() ? "-" : ""}${grouped}${fraction ? "," + fraction : ""}`;
}
