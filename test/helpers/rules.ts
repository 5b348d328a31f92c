import { RuleError } from "../../src/rules/errors";

/** The RuleError a call throws; fails the test when it throws something else or nothing. */
export function ruleError(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error("expected a RuleError");
}
