/**
 * Billijkheid (seed 004): "Het Bijzonder Comité voor de Sociale Dienst kan, om redenen van billijkheid, beslissen
 * een andere maandelijkse bijdrage te vragen." A decided amount replaces the computed contribution of that child.
 * It must be >= 0, never above the kindsdeel, and it needs a reason (the decision must be motivated).
 */
import { msg } from "./language";
import { invalid } from "./errors";
import { isEmpty, type CellValue } from "./input/common";
import { amount } from "./input/amount";
import { cents, formatAmount, type Decimal } from "./money";
import type { Result, Step } from "./trace";

/** The text in Status and on the written sheet for a contribution set by an equity decision. */
export const BILLIJKHEID_LABEL = "billijkheid";

/**
 * The contribution after an optional equity decision: without a decided amount, the computed one; with one, that
 * amount (checked: >= 0, <= kindsdeel, with a reason). The steps say which, so the trace explains it.
 */
export function metBillijkheid(
  berekend: Result<Decimal>,
  kindsdeel: Decimal,
  beslist: CellValue,
  reden: CellValue,
  argument = "billijkheid",
): Result<Decimal> & { billijkheid: boolean } {
  if (isEmpty(beslist)) return { ...berekend, billijkheid: false };
  const bedrag = amount(beslist, argument);
  if (bedrag.greaterThan(kindsdeel)) {
    throw invalid(argument, msg("billijkheid.aboveKindsdeel", { bedrag: formatAmount(bedrag), kindsdeel: formatAmount(kindsdeel) }));
  }
  const motivering = typeof reden === "string" ? reden.trim() : "";
  if (motivering === "") {
    throw invalid("reden", msg("billijkheid.noReason"));
  }
  const value = cents(bedrag);
  const steps: Step[] = [
    ...berekend.steps,
    { label: msg("step.berekendeBijdrage"), amount: berekend.value },
    {
      label: msg("step.billijkheid", { reden: motivering }),
      amount: value,
    },
  ];
  return { value, steps, notices: berekend.notices, billijkheid: true };
}
