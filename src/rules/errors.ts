import { argName, msg } from "./language";

/**
 * One error type for every rule: it names the argument at fault and says what is allowed, in the
 * language of the call (Dutch unless a face chose French, see language.ts); `argument` stays the Dutch name.
 * The faces translate it: `#VALUE!` / `#N/A` in Excel, a field message in the task pane, a Status cell in a batch,
 * a non-zero exit on the command line.
 */
export type RuleErrorKind =
  /** bad input: wrong type, out of range, unknown code (Excel: #VALUE!) */
  | "invalid"
  /** no known value: a parameter before its first date, a scale without a matching row (Excel: #N/A) */
  | "unavailable";

export class RuleError extends Error {
  readonly argument: string;
  readonly kind: RuleErrorKind;

  constructor(argument: string, message: string, kind: RuleErrorKind = "invalid") {
    super(msg("error", { argument: argName(argument), message }));
    this.name = "RuleError";
    this.argument = argument;
    this.kind = kind;
  }
}

export function invalid(argument: string, message: string): RuleError {
  return new RuleError(argument, message, "invalid");
}

export function unavailable(argument: string, message: string): RuleError {
  return new RuleError(argument, message, "unavailable");
}
