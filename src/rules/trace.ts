/**
 * A trace is the ordered list of steps of one calculation, so every euro can be explained.
 * The task pane shows it, `*.UITLEG` functions spill it; nobody recomputes it.
 */
import { currentLanguage, msg } from "./language";
import type { Decimal } from "./money";

export interface ParameterRef {
  /** the parameter's id, e.g. "zakgeld" (for developers: never shown to users) */
  name: string;
  /** the Dutch label users see */
  label: string;
  /** the date the value took effect, YYYY-MM-DD */
  from: string;
  /** the citation of the document the value comes from (title, publisher, date, URL) */
  source: string;
  /**
   * For a value derived by index jumps (SPEC 0): how, in Dutch, naming the published value, its source and the jump
   * ("afgeleid van 25.284,89 (geldig vanaf 01/03/2022; bron: ...) met de indexsprong van 01/03/2026 ...").
   */
  derivation?: string;
}

export interface Step {
  label: string;
  amount?: Decimal;
  /** a count or a plain number that is not an amount (days, persons, a rate) */
  quantity?: Decimal | number;
  parameter?: ParameterRef;
  /** a plain remark, e.g. that the built-in scale is an approximation */
  note?: string;
}

/**
 * A plain-language warning that travels with a figure and must be shown near it (once per screen, sheet or
 * summary): the figure is an approximation (no official scale), or it uses an indexed amount for a date more than
 * 9 months after the last known index jump (SPEC 0, "Mogelijk verouderd"). The figure is still given.
 */
export interface Notice {
  kind: "benadering" | "verouderd";
  /** the Dutch sentence for users */
  text: string;
}

export interface Result<T> {
  value: T;
  steps: Step[];
  /** warnings to show near the figure; absent or empty when there are none */
  notices?: Notice[];
}

/**
 * The `from` of a value whose source gives no start date (it applies to every earlier date): shown to users as
 * "ingangsdatum niet gekend", never as a date.
 */
export const UNKNOWN_START = "1900-01-01";

/** The French citation of a parameter value, where the rules could give one (the document titles stay as published). */
const frenchSources = new WeakMap<ParameterRef, string>();

export function setFrenchSource(ref: ParameterRef, source: string): void {
  frenchSources.set(ref, source);
}

/** The citation of `ref` in the language of the call. */
export function shownSource(ref: ParameterRef): string {
  return currentLanguage() === "fr" ? (frenchSources.get(ref) ?? ref.source) : ref.source;
}

/** The French label of a parameter value, where its data has one (issue 13); the ref itself keeps its shape. */
const frenchLabels = new WeakMap<ParameterRef, string>();

export function setFrenchLabel(ref: ParameterRef, label: string | undefined): void {
  if (label !== undefined) frenchLabels.set(ref, label);
}

/** The parameter's label in the language of the call: the French one when there is one, else the Dutch label. */
export function parameterLabel(ref: ParameterRef): string {
  return currentLanguage() === "fr" ? (frenchLabels.get(ref) ?? ref.label) : ref.label;
}

/** One step as a line of text for people: the label, the parameter's date and source when there is one. */
export function stepLabel(step: Step): string {
  if (step.parameter === undefined) return step.label;
  if (step.parameter.derivation !== undefined) return msg("trace.derived", { label: step.label, derivation: step.parameter.derivation });
  if (step.parameter.from <= UNKNOWN_START) return msg("trace.unknownStart", { label: step.label, source: shownSource(step.parameter) });
  const [y, m, d] = step.parameter.from.split("-");
  return msg("trace.validFrom", { label: step.label, from: `${d}/${m}/${y}`, source: shownSource(step.parameter) });
}

/**
 * The trace as rows of (step, amount) for a sheet: the amount column holds the amount or the count, or "" when the
 * step has none. Notes (such as the approximation warning) follow their step as a row of their own.
 */
export function traceRows(steps: Step[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const step of steps) {
    const value = step.amount ?? step.quantity;
    rows.push([stepLabel(step), value === undefined ? "" : typeof value === "number" ? value : value.toNumber()]);
    if (step.note !== undefined) rows.push([step.note, ""]);
  }
  return rows;
}
