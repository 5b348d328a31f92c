/**
 * Number text, ONE rule (SPEC 3), for every face (lists, CSV files, the task pane):
 * 1. the Belgian form first: "1.234,56", "1234,56", "€ 1 234,56", "-5"; dots group thousands by three, so "234.567"
 *    is 234 567 and "1.234" is 1 234 (a leading 0 group, "0.125", is never thousands);
 * 2. text that is not Belgian but plain international, digits with one decimal point and no comma ("1234.567",
 *    "12.5", "0.125"), is read that way;
 * 3. anything else ("1,234.56", "1.23.4") is not a number: undefined, so the caller names the cell in its message.
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
