/**
 * Reading raw values as Excel hands them over (numbers, text, booleans, null for an omitted argument,
 * 2D arrays for ranges) into checked domain values. Every refusal names the argument and says what is allowed.
 */
import { isValidSerial, LAST_DAY, serialToDay, type Day } from "./excelDate";
import { invalid } from "./errors";
import { argName, msg } from "./language";
import { Decimal, ZERO, formatNumber, fromNumber } from "./money";

/** What a cell or an argument can hold. A Decimal is accepted where a number is, for callers inside the product. */
export type CellValue = number | string | boolean | null | undefined | Decimal;

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The received value, for messages: `de tekst "abc"`, `de logische waarde WAAR`, `-5` (in French `le texte « abc »` ...). */
export function describe(value: unknown): string {
  if (typeof value === "string") return msg("got.text", { text: value.length > 40 ? value.slice(0, 40) + "…" : value });
  if (typeof value === "boolean") return msg(value ? "got.true" : "got.false");
  if (typeof value === "number") return Number.isFinite(value) ? formatNumber(value) : msg("got.invalidNumber");
  if (value instanceof Decimal) return formatNumber(value);
  if (Array.isArray(value)) return msg("got.range");
  return msg("got.empty");
}

/** A cell of a range argument, for messages: `bijkomende_kosten (rij 2, kolom 1)`. */
export function cellAt(argument: string, row: number, column: number): string {
  return msg("at.cell", { argument: argName(argument), row, column });
}

/** Excel passes a single cell as a value; a 1x1 array is unwrapped, a larger one refused. */
function single(value: unknown, argument: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value as unknown[];
  if (rows.length === 1 && Array.isArray(rows[0]) && (rows[0] as unknown[]).length === 1) return (rows[0] as unknown[])[0];
  if (rows.length === 1 && !Array.isArray(rows[0])) return rows[0];
  throw invalid(argument, msg("input.multipleCells"));
}

/** `allowed` gives the noun phrase of what is allowed, built only when a message is needed. */
function numberOrThrow(value: unknown, argument: string, allowed: () => string): number | Decimal {
  const v = single(value, argument);
  if (v instanceof Decimal) {
    if (!v.isFinite()) throw invalid(argument, msg("input.invalidNumber", { allowed: allowed() }));
    return v;
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalid(argument, msg("input.invalidNumber", { allowed: allowed() }));
    return v;
  }
  if (isEmpty(v)) throw invalid(argument, msg("input.missing", { allowed: allowed() }));
  throw invalid(argument, msg("input.wrong", { allowed: allowed(), got: describe(v) }));
}

const AMOUNT = (): string => msg("expect.amount");
/** Larger amounts are typing errors, and Excel could not show them to the cent. */
export const MAX_AMOUNT = new Decimal("1e12");
const MAX_AMOUNT_NUMBER = 1e12;
/** Upper bound for counts without a bound of their own (days of a stay, persons, children). */
export const MAX_COUNT = 1_000_000;

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

const DATE = (): string => msg("expect.date");
/** SPEC 0: a date before 1900-03-01 (serial 61) is refused; Excel's phantom 29/2/1900 and the days before it are not dates. */
const FIRST_DATE_SERIAL = 61;

/** A required date as an Excel serial number; a time of day (fraction) is ignored. */
export function date(value: unknown, argument: string): Day {
  const raw = numberOrThrow(value, argument, DATE);
  const n = raw instanceof Decimal ? raw.toNumber() : raw;
  if (!isValidSerial(n) || n < FIRST_DATE_SERIAL) throw invalid(argument, msg("input.invalidDate", { got: formatNumber(raw), allowed: DATE() }));
  return serialToDay(n);
}

/** A computed date must still be one Excel can show; the argument it came from is named. */
export function resultDate(day: Day, argument: string): Day {
  if (day > LAST_DAY) throw invalid(argument, msg("input.afterLastDay"));
  return day;
}

export function optionalDate(value: unknown, argument: string): Day | undefined {
  return isEmpty(single(value, argument)) ? undefined : date(value, argument);
}

// Also the French words (issue 13): a list typed in French Excel or a French CSV file reads the same way in either language.
const TRUE_WORDS = new Set(["WAAR", "TRUE", "JA", "1", "VRAI", "OUI"]);
const FALSE_WORDS = new Set(["ONWAAR", "FALSE", "NEE", "0", "FAUX", "NON"]);

/** An optional yes/no: a boolean, 1/0, or WAAR/ONWAAR (TRUE/FALSE, JA/NEE, VRAI/FAUX, OUI/NON); empty is `fallback`. */
export function optionalFlag(value: unknown, argument: string, fallback = false): boolean {
  const v = single(value, argument);
  if (isEmpty(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (typeof v === "number" && (v === 0 || v === 1)) return v === 1;
  if (typeof v === "string") {
    const word = v.trim().toUpperCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  throw invalid(argument, msg("input.flag", { got: describe(v) }));
}

/**
 * A code from a fixed list, case-insensitive; returns the list's own spelling.
 * `labels` are shown in the message (defaults to the codes).
 */
export function code<C extends string>(value: unknown, argument: string, codes: readonly C[]): C {
  const v = single(value, argument);
  const allowed = msg("expect.oneOf", { codes: codes.join(", ") });
  if (isEmpty(v)) throw invalid(argument, msg("input.missing", { allowed }));
  if (typeof v !== "string") throw invalid(argument, msg("input.wrong", { allowed, got: describe(v) }));
  const wanted = v.trim().toUpperCase();
  const found = codes.find((c) => c.toUpperCase() === wanted);
  if (found === undefined) throw invalid(argument, msg("input.unknownCode", { code: v, allowed }));
  return found;
}

export function optionalCode<C extends string>(value: unknown, argument: string, codes: readonly C[]): C | undefined {
  return isEmpty(single(value, argument)) ? undefined : code(value, argument, codes);
}
