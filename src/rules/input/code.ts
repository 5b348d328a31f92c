/**
 * Codes from a fixed list (case-insensitive) and yes/no flags.
 */
import { invalid } from "../errors";
import { msg } from "../language";
import { describe, isEmpty, isEmptyOrZero, single } from "./common";

/** The logical values as Excel shows them (Dutch, English, French), when a cell holds them as text. */
const TRUE_WORDS = new Set(["WAAR", "TRUE", "VRAI"]);
const FALSE_WORDS = new Set(["ONWAAR", "FALSE", "FAUX"]);

/**
 * An optional yes/no (SPEC 0: TRUE/FALSE only, empty = `fallback`). A 0 counts as empty: it is how Excel for Windows
 * hands over an empty referenced cell or an empty cell of a range. TRUE/FALSE written as text (WAAR/ONWAAR in a cell
 * formatted as text, as the hospital sheets of earlier versions were written) reads as the logical value. Anything
 * else (1, "ja", "oui") is refused naming the argument, so a typo never reads as a silent yes or no.
 */
export function optionalFlag(value: unknown, argument: string, fallback = false): boolean {
  const v = single(value, argument);
  if (typeof v === "boolean") return v;
  if (isEmptyOrZero(v)) return fallback;
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

/**
 * An optional code; empty is undefined. A 0 is empty too: no code is 0, and it is how Excel for Windows hands over an
 * empty referenced cell (`=OCMW.ZORGBUDGET(...; "thuis"; D2)` with D2 empty must not fail there and work on the web).
 */
export function optionalCode<C extends string>(value: unknown, argument: string, codes: readonly C[]): C | undefined {
  const v = single(value, argument);
  return isEmptyOrZero(v) ? undefined : code(value, argument, codes);
}
