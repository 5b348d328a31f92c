/**
 * Codes from a fixed list (case-insensitive) and yes/no flags.
 */
import { invalid } from "../errors";
import { msg } from "../language";
import { describe, isEmpty, single } from "./common";

/**
 * An optional yes/no (SPEC 0: TRUE/FALSE only, empty = `fallback`). A 0 counts as empty: it is how Excel for Windows
 * hands over an empty referenced cell or an empty cell of a range. Anything else (1, the text "WAAR", "ja") is refused
 * naming the argument, so a typo never reads as a silent yes or no.
 */
export function optionalFlag(value: unknown, argument: string, fallback = false): boolean {
  const v = single(value, argument);
  if (typeof v === "boolean") return v;
  if (isEmpty(v) || v === 0) return fallback;
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
  return isEmpty(v) || v === 0 ? undefined : code(value, argument, codes);
}
