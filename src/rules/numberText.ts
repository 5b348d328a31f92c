/**
 * Numbers typed or stored as text the Belgian way: "1.234,56", "1234,56", "€ 1 234,56", "-5". Also accepts a plain
 * "1234.56" (one point followed by 1 or 2 digits and no comma is read as a decimal point, as a CSV export writes it).
 * Returns undefined for text that is not a number, so the caller can name the field in its own message.
 */
import { Decimal } from "./money";

/** "1.234" and "12.345,6" are grouped; "0.125" is not (no number is written with a leading 0 group). */
const GROUPED = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const PLAIN_COMMA = /^-?\d+(,\d+)?$/;
const PLAIN_POINT = /^-?\d*\.\d+$/;

export function parseNumberText(text: string): Decimal | undefined {
  const t = text.replace(/€|eur(o)?/gi, "").replace(/[\s\u00a0\u202f]/g, "");
  if (t === "" || t === "-") return undefined;
  let normalized: string;
  if (GROUPED.test(t)) normalized = t.replace(/\./g, "").replace(",", ".");
  else if (PLAIN_COMMA.test(t)) normalized = t.replace(",", ".");
  else if (PLAIN_POINT.test(t)) normalized = t;
  else return undefined;
  return new Decimal(normalized);
}
