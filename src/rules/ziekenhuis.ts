/**
 * OCMW.REMGELD.OPNAMES: the own share of a whole hospital history (seed 003 "Kosten verbonden aan een opname",
 * SPEC 1), with the seed's joining rules:
 * - "De hospitalisatieduur wordt bepaald door het samenstellen van de dagen van elk opname ... [bij] een onderbreking
 *   tussen de opnames [van] niet méér dan 90 dagen voor een algemeen ziekenhuis of 180 dagen voor een psychiatrisch
 *   ziekenhuis. Anders start men vanaf 1° dag. De dagen van dagverpleging en nabehandeling worden NIET als
 *   verpleegdagen beschouwd."
 * - toezicht: "Wanneer twee opnames in hetzelfde ziekenhuis door meer dan 30 dagen gescheiden zijn, wordt dit
 *   beschouwd als een nieuwe opname en moet men terug rekenen vanaf de eerste dag."
 * - the forfait medisch-technische prestaties per admission, not when coming from another hospital, not for VT; the
 *   psychiatric intake and discharge examinations ("telkens 4,70 €"), not for VT.
 * Every admission is charged through remgeld.ts's `chargeStretch`, the same code as OCMW.REMGELD.
 */
import { argName, msg } from "./language";
import { formatDay, LAST_DAY, type Day } from "./excelDate";
import { invalid } from "./errors";
import { parseNumberText } from "./numberText";
import { describe, isEmpty, isEmptyOrZero, type CellValue } from "./input/common";
import { optionalCount } from "./input/count";
import { date } from "./input/date";
import { optionalCode, optionalFlag } from "./input/code";
import { cents, formatAmount, ZERO, type Decimal } from "./money";
import {
  chargeStretch,
  forfaitStep,
  partSteps,
  partsTotal,
  psychiatrischOnderzoek,
  readStayOptions,
  toezichtVtStep,
  ziekenhuisLabel,
  type Part,
  type StayOptions,
} from "./remgeld";
import type { Result, Step } from "./trace";

export const SOORTEN = ["volledig", "dag", "nabehandeling"] as const;
export type Soort = (typeof SOORTEN)[number];

/** The longest gap (days between a discharge and the next admission) over which the day count continues. */
export const JOIN_GAP = { algemeen: 90, psychiatrisch: 180 } as const;
/** The longest gap over which the toezicht day count continues (same hospital only). */
export const TOEZICHT_JOIN_GAP = 30;
const COLUMNS = (): string => msg("opnames.columns");

type OpnameColumn = "opnames.col.opnamedatum" | "opnames.col.ontslagdatum" | "opnames.col.soort" | "opnames.col.overgeplaatst" | "opnames.col.onderzoeken";

/** A row of a range argument, for messages: `opnames (rij 3)`. */
function atRow(argument: string, row: number): string {
  return msg("at.row", { argument: argName(argument), row });
}

/** One row of `opnames` as given. */
export interface Opname {
  /** the row number in the range as given, the header row included */
  row: number;
  opname: Day;
  ontslag: Day;
  soort: Soort;
  overgeplaatst: boolean;
  onderzoeken: number;
}

/**
 * Excel for Windows hands an empty cell of a range to a custom function as 0 (Excel on the web as null). No column
 * of `opnames` has 0 as a meaningful value except onderzoeken and overgeplaatst, where 0 means the same as empty.
 */
const blank = isEmptyOrZero;

/** Row 1 is a header when its first cell is text that is not a date (dd/mm/jjjj or jjjj-mm-dd). */
function isHeader(first: unknown): boolean {
  if (typeof first !== "string" || first.trim() === "") return false;
  const t = first.trim();
  // Date text and number text (a serial stored as text, "45292") are data, refused with the row named, never skipped.
  if (parseNumberText(t) !== undefined) return false;
  return !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t) && !/^\d{4}-\d{1,2}-\d{1,2}$/.test(t);
}

/**
 * The rows of `opnames`: blank rows skipped, a header row recognised, each cell checked. Errors name `opnames`, the
 * row as given and the column.
 */
export function readOpnames(value: unknown, argument = "opnames"): Opname[] {
  if (!Array.isArray(value)) {
    if (isEmpty(value)) throw invalid(argument, msg("opnames.missing", { columns: COLUMNS() }));
    throw invalid(argument, msg("opnames.wrong", { columns: COLUMNS(), got: describe(value) }));
  }
  const rows = (value as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width < 2 || width > 5) {
    throw invalid(argument, msg("opnames.width", { width, columns: COLUMNS() }));
  }
  const opnames: Opname[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.every(blank)) continue;
    if (r === 0 && isHeader(cells[0])) continue;
    const row = r + 1;
    const at = (column: OpnameColumn) => msg("at.rowColumn", { argument: argName(argument), row, column: msg(column) });
    const opname = date(cells[0], at("opnames.col.opnamedatum"));
    const ontslag = date(cells[1], at("opnames.col.ontslagdatum"));
    if (ontslag < opname) {
      throw invalid(atRow(argument, row), msg("opnames.ontslagBefore", { ontslag: formatDay(ontslag), opname: formatDay(opname) }));
    }
    const soort = blank(cells[2]) ? "volledig" : optionalCode(cells[2] as CellValue, at("opnames.col.soort"), SOORTEN)!;
    // A day-hospital or after-care row costs nothing: its other columns are ignored.
    const full = soort === "volledig";
    opnames.push({
      row,
      opname,
      ontslag,
      soort,
      overgeplaatst: full ? optionalFlag(cells[3], at("opnames.col.overgeplaatst")) : false,
      onderzoeken: full ? (optionalCount(cells[4], at("opnames.col.onderzoeken"), 0, 2) ?? 0) : 0,
    });
  }
  return opnames;
}

/** The full admissions in date order; two on the same date or overlapping are refused, naming the later row. */
export function fullAdmissions(opnames: Opname[], argument = "opnames"): Opname[] {
  const full = opnames.filter((o) => o.soort === "volledig").sort((a, b) => a.opname - b.opname || a.row - b.row);
  for (let i = 1; i < full.length; i++) {
    const prev = full[i - 1];
    const cur = full[i];
    const [first, second] = prev.row < cur.row ? [prev, cur] : [cur, prev];
    if (cur.opname === prev.opname) {
      throw invalid(atRow(argument, second.row), msg("opnames.sameDay", { day: formatDay(cur.opname), first: first.row, second: second.row }));
    }
    if (cur.opname < prev.ontslag) {
      throw invalid(atRow(argument, cur.row), msg("opnames.overlap", { opname: formatDay(cur.opname), ontslag: formatDay(prev.ontslag), row: prev.row }));
    }
  }
  return full;
}

/** One full admission as charged: its nursing days, where its two day counts start, its parts and subtotal. */
export interface ChargedAdmission {
  opname: Opname;
  /** nursing days: ontslagdatum - opnamedatum, at least 1 */
  days: number;
  /** persoonlijk-aandeel day number of its first nursing day */
  aandeelFrom: number;
  /** toezicht day number of its first nursing day */
  toezichtFrom: number;
  /** days since the previous full admission's discharge; undefined for the first */
  gap: number | undefined;
  parts: Part[];
  forfait: { amount: Decimal; step: Step };
  onderzoeken: Decimal;
  subtotal: Decimal;
}

export interface RemgeldOpnamesInput {
  categorie: CellValue;
  opnames: unknown;
  metPersonenTenLaste?: CellValue;
  dienst?: CellValue;
  eenpersoonskamer?: CellValue;
  ziekenhuis?: CellValue;
}

interface History {
  options: StayOptions;
  rows: Opname[];
  admissions: ChargedAdmission[];
  /** the exact total (whole cents) */
  total: Decimal;
}

/**
 * The seed's joining rules applied to the history, each admission charged. With `subtotals`, each admission's
 * subtotal is summed too (for the trace); without, the total is summed once per distinct amount (days x amount), which
 * is the same exact sum with far fewer decimal operations on long histories.
 */
function charge(input: RemgeldOpnamesInput, subtotals: boolean): History {
  const options = readStayOptions(input);
  const rows = readOpnames(input.opnames);
  const full = fullAdmissions(rows);
  const vt = options.categorie === "VT";
  const maxGap = JOIN_GAP[options.ziekenhuis];
  const admissions: ChargedAdmission[] = [];
  /** amount -> how many times it is charged (days, admissions or examinations) */
  const tally = new Map<Decimal, number>();
  const count = (amount: Decimal, times: number) => tally.set(amount, (tally.get(amount) ?? 0) + times);
  let total = ZERO;
  let prev: ChargedAdmission | undefined;
  for (const o of full) {
    const days = Math.max(1, o.ontslag - o.opname);
    if (o.opname + days - 1 > LAST_DAY) throw invalid(atRow("opnames", o.row), msg("opnames.afterLastDay"));
    const gap = prev === undefined ? undefined : o.opname - prev.opname.ontslag;
    const aandeelFrom = prev !== undefined && gap! <= maxGap ? prev.aandeelFrom + prev.days : 1;
    const toezichtFrom = prev !== undefined && gap! <= TOEZICHT_JOIN_GAP && !o.overgeplaatst ? prev.toezichtFrom + prev.days : 1;
    const parts = chargeStretch(options, days, aandeelFrom, toezichtFrom, o.opname);
    const forfait = forfaitStep(options.categorie, o.overgeplaatst, o.opname);
    const fee = vt || o.onderzoeken === 0 ? undefined : psychiatrischOnderzoek.at(o.opname, "opnames").value;
    let onderzoeken = ZERO;
    let subtotal = ZERO;
    if (subtotals) {
      onderzoeken = fee === undefined ? ZERO : fee.times(o.onderzoeken);
      subtotal = partsTotal(parts).plus(forfait.amount).plus(onderzoeken);
      total = total.plus(subtotal);
    } else {
      for (const p of parts) count(p.perDay, p.days);
      if (!forfait.amount.isZero()) count(forfait.amount, 1);
      if (fee !== undefined) count(fee, o.onderzoeken);
    }
    prev = { opname: o, days, aandeelFrom, toezichtFrom, gap, parts, forfait, onderzoeken, subtotal };
    admissions.push(prev);
  }
  if (!subtotals) for (const [amount, times] of tally) total = total.plus(times === 1 ? amount : amount.times(times));
  return { options, rows, admissions, total };
}

/** OCMW.REMGELD.OPNAMES, the figure only (no trace is built): the own share of the whole history, in cents. */
export function remgeldOpnamesBedrag(input: RemgeldOpnamesInput): Decimal {
  return cents(charge(input, false).total);
}

function joinText(a: ChargedAdmission, options: StayOptions): string {
  const maxGap = JOIN_GAP[options.ziekenhuis];
  const last = a.aandeelFrom + a.days - 1;
  const dagen = a.days === 1 ? msg("opnames.dag", { day: a.aandeelFrom }) : msg("opnames.dagen", { first: a.aandeelFrom, last });
  if (a.gap === undefined) return msg("opnames.eerste", { dagen });
  if (a.aandeelFrom > 1) return msg("opnames.looptDoor", { gap: a.gap, maxGap, dagen });
  return msg("opnames.opnieuw", { gap: a.gap, maxGap, dagen });
}

function toezichtText(a: ChargedAdmission): string {
  const last = a.toezichtFrom + a.days - 1;
  const dagen = a.days === 1 ? msg("opnames.toezichtsdag", { day: a.toezichtFrom }) : msg("opnames.toezichtsdagen", { first: a.toezichtFrom, last });
  if (a.gap === undefined) return msg("opnames.toezichtEerste", { dagen });
  if (a.toezichtFrom > 1) return msg("opnames.toezichtLooptDoor", { maxGap: TOEZICHT_JOIN_GAP, dagen });
  if (a.opname.overgeplaatst) return msg("opnames.toezichtOvergeplaatst", { dagen });
  return msg("opnames.toezichtOpnieuw", { maxGap: TOEZICHT_JOIN_GAP, dagen });
}

/** OCMW.REMGELD.OPNAMES with its trace: per admission its day numbers, each part and the subtotal. */
export function remgeldOpnames(input: RemgeldOpnamesInput): Result<Decimal> {
  const { options, rows, admissions, total } = charge(input, true);
  const steps: Step[] = [
    {
      label: msg("step.opnamesRegel", { ziekenhuis: ziekenhuisLabel(options.ziekenhuis), maxGap: JOIN_GAP[options.ziekenhuis] }),
    },
  ];
  for (const o of rows) {
    if (o.soort === "volledig") continue;
    steps.push({ label: msg("step.opnameGeenKosten", { row: o.row, soort: msg(`opnames.soort.${o.soort}`), opname: formatDay(o.opname), ontslag: formatDay(o.ontslag) }), amount: ZERO });
  }
  admissions.forEach((a, i) => {
    const o = a.opname;
    steps.push({ label: msg("step.opnameDagen", { index: i + 1, row: o.row, opname: formatDay(o.opname), ontslag: formatDay(o.ontslag) }), quantity: a.days });
    steps.push({ label: msg("step.opnameTekst", { index: i + 1, text: joinText(a, options) }) });
    if (options.dienst !== undefined && options.categorie !== "VT") steps.push({ label: msg("step.opnameTekst", { index: i + 1, text: toezichtText(a) }) });
    steps.push(...partSteps(a.parts, options), ...toezichtVtStep(options), a.forfait.step);
    if (o.onderzoeken > 0) {
      if (options.categorie === "VT") steps.push({ label: msg("step.onderzoekVt"), amount: ZERO });
      else {
        const fee = psychiatrischOnderzoek.at(o.opname, "opnames");
        steps.push({ label: msg("step.onderzoek", { count: o.onderzoeken, fee: formatAmount(fee.value) }), amount: a.onderzoeken, parameter: fee.ref });
      }
    }
    steps.push({ label: msg("step.subtotaal", { index: i + 1, row: o.row }), amount: cents(a.subtotal) });
  });
  if (admissions.length === 0) steps.push({ label: msg("step.geenOpnames") });
  const value = cents(total);
  steps.push({ label: msg("step.remgeldOpnames"), amount: value });
  return { value, steps };
}
