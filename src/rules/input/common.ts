/**
 * What every argument kind shares: the value a cell or an argument can hold, emptiness, how a received value is
 * described in a message, a single cell out of a range, and a finite number or a clear refusal naming the argument.
 */
import { invalid } from "../errors";
import { argName, msg } from "../language";
import { Decimal, formatNumber } from "../money";

/** What a cell or an argument can hold. A Decimal is accepted where a number is, for callers inside the product. */
export type CellValue = number | string | boolean | null | undefined | Decimal;

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Empty, or 0: how Excel for Windows hands over an empty referenced cell or an empty cell of a range. For the
 * arguments where 0 is no meaningful value (a yes/no, a code, a date in a list, a scale row), it reads as empty.
 */
export function isEmptyOrZero(value: unknown): boolean {
  return value === 0 || isEmpty(value);
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
export function single(value: unknown, argument: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value as unknown[];
  if (rows.length === 1 && Array.isArray(rows[0]) && (rows[0] as unknown[]).length === 1) return (rows[0] as unknown[])[0];
  if (rows.length === 1 && !Array.isArray(rows[0])) return rows[0];
  throw invalid(argument, msg("input.multipleCells"));
}

/** `allowed` gives the noun phrase of what is allowed, built only when a message is needed. */
export function numberOrThrow(value: unknown, argument: string, allowed: () => string): number | Decimal {
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
