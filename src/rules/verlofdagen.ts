/**
 * OCMW.VERLOFDAGEN: seed 003's disponibiliteitshonorarium: "Voor gerechtigden zonder voorkeurregeling wordt vanaf de
 * tweede maand opname een disponabiliteitshonorarium aangerekend van 0,47 € per verlofdag met een maximum van 3 dagen
 * per maand of 21 dagen per jaar." (SPEC 1: from EDATE(opnamedatum; 1); at most 3 per calendar month, earliest
 * first; then at most 21 per calendar year, earliest first; a date listed twice counts once; nothing for VT.)
 */
import { msg } from "./language";
import { addMonths, dayToCalendar, formatDay, type Day } from "./excelDate";
import { cellAt, isEmptyOrZero, type CellValue } from "./input/common";
import { date } from "./input/date";
import { code } from "./input/code";
import { cents, formatAmount, ZERO, type Decimal } from "./money";
import { CATEGORIEEN, disponibiliteitshonorarium } from "./remgeld";
import type { InForce } from "./parameters";
import type { Result, Step } from "./trace";

export const VERLOFDAGEN_PER_MAAND = 3;
export const VERLOFDAGEN_PER_JAAR = 21;

/**
 * The leave days: one date or a range of dates; blank cells skipped (also 0: Excel for Windows hands an empty cell of
 * a range over as 0, and 0 is no date); each position named in an error.
 */
function readDates(value: unknown, argument: string): Day[] {
  if (!Array.isArray(value)) return isEmptyOrZero(value) ? [] : [date(value, argument)];
  const days: Day[] = [];
  const rows = value as unknown[];
  for (let r = 0; r < rows.length; r++) {
    const row = Array.isArray(rows[r]) ? (rows[r] as unknown[]) : [rows[r]];
    for (let c = 0; c < row.length; c++) {
      if (isEmptyOrZero(row[c])) continue;
      const where = rows.length === 1 && row.length === 1 ? argument : cellAt(argument, r + 1, c + 1);
      days.push(date(row[c], where));
    }
  }
  return days;
}

/** Keeps at most `max` days per group (month or year), earliest first; `days` sorted. */
function capPer(days: Day[], max: number, group: (d: Day) => number): { kept: Day[]; dropped: Day[] } {
  const kept: Day[] = [];
  const dropped: Day[] = [];
  const counts = new Map<number, number>();
  for (const d of days) {
    const g = group(d);
    const n = counts.get(g) ?? 0;
    if (n < max) {
      kept.push(d);
      counts.set(g, n + 1);
    } else dropped.push(d);
  }
  return { kept, dropped };
}

const list = (days: Day[]) => days.map(formatDay).join(", ");

export function verlofdagen(categorie: CellValue, opnamedatum: CellValue, dagen: unknown): Result<Decimal> {
  const cat = code(categorie, "categorie", CATEGORIEEN);
  const opname = date(opnamedatum, "opnamedatum");
  const given = readDates(dagen, "verlofdagen");
  const unique = [...new Set(given)].sort((a, b) => a - b);
  const steps: Step[] = [{ label: msg("step.verlofOpgegeven"), quantity: unique.length }];
  if (cat === "VT") {
    steps.push({ label: msg("step.verlofVt"), amount: ZERO });
    return { value: ZERO, steps };
  }
  const from = addMonths(opname, 1);
  const inSecondMonth = unique.filter((d) => d >= from);
  const early = unique.length - inSecondMonth.length;
  if (early > 0) steps.push({ label: msg("step.verlofVroeg", { from: formatDay(from) }), quantity: early });
  const month = capPer(inSecondMonth, VERLOFDAGEN_PER_MAAND, (d) => {
    const c = dayToCalendar(d);
    return c.year * 12 + c.month;
  });
  if (month.dropped.length > 0) {
    steps.push({ label: msg("step.verlofMaand", { max: VERLOFDAGEN_PER_MAAND, days: list(month.dropped) }), quantity: month.dropped.length });
  }
  const year = capPer(month.kept, VERLOFDAGEN_PER_JAAR, (d) => dayToCalendar(d).year);
  if (year.dropped.length > 0) {
    steps.push({ label: msg("step.verlofJaar", { max: VERLOFDAGEN_PER_JAAR, days: list(year.dropped) }), quantity: year.dropped.length });
  }
  // each leave day at the amount in force on its date; days at the same amount in one step
  let total = ZERO;
  const groups: { inForce: InForce<Decimal>; days: Day[] }[] = [];
  for (const d of year.kept) {
    const inForce = disponibiliteitshonorarium.at(d, "verlofdagen");
    const last = groups[groups.length - 1];
    if (last !== undefined && last.inForce === inForce) last.days.push(d);
    else groups.push({ inForce, days: [d] });
  }
  for (const g of groups) {
    const amount = g.inForce.value.times(g.days.length);
    total = total.plus(amount);
    steps.push({ label: msg("step.verlofAangerekend", { count: g.days.length, amount: formatAmount(g.inForce.value) }), amount, parameter: g.inForce.ref });
  }
  const value = cents(total);
  steps.push({ label: msg("step.disponibiliteit"), amount: value });
  return { value, steps };
}
