/**
 * Codes from a fixed list (case-insensitive) and yes/no flags (also in French: VRAI/FAUX, OUI/NON).
 */
import { invalid } from "../errors";
import { msg } from "../language";
import { describe, isEmpty, single } from "./common";

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
