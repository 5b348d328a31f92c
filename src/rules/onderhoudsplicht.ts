/**
 * Onderhoudsplicht of children towards a parent in a WZC (seed 004, SPEC 1): the exemption threshold (vrijstelling)
 * and the monthly contribution of one child (bijdrage), by the official scale table or the built-in approximation.
 *
 * "Rekening houdende met het maximum van het kindsdeel wordt de bijdrage berekend aan de hand van de uniforme
 * terugvorderingsschaal, deze baseert zich op het netto belastbaar inkomen van de onderhoudsplichtige (en zijn
 * partner) en op het aantal kinderen ten laste."
 */
import type { Day } from "./excelDate";
import { invalid, unavailable } from "./errors";
import {
  amount,
  count,
  isEmpty,
  optionalAmount,
  optionalDate,
  type CellValue,
} from "./input";
import { cents, Decimal, formatAmount, maxDec, minDec, ZERO } from "./money";
import { parseNumberText } from "./numberText";
import { indexedParameter, staleNotice, type IndexedInForce, type IndexedParameterData } from "./indexed";
import { amountParameter } from "./parameters";
import bijdrageData from "./parameters/bijdrage.json";
import vrijstellingData from "./parameters/vrijstelling.json";
import type { Notice, Result, Step } from "./trace";

export const vrijstellingBasis = indexedParameter(vrijstellingData.basis as IndexedParameterData);
export const vrijstellingVerhoging = indexedParameter(vrijstellingData.verhoging as IndexedParameterData);
export const bijdragevoet = amountParameter(bijdrageData.bijdragevoet);
export const kadastraalInkomenDrempel = amountParameter(bijdrageData.kadastraalInkomenDrempel);
export const kadastraalInkomenFactor = amountParameter(bijdrageData.kadastraalInkomenFactor);

const MONTHS_PER_YEAR = 12;

/** The one home of the approximation warning (SPEC 1, BIJDRAGE): in the trace, the pane, the batch and the CLI. */
export const APPROXIMATION_WARNING =
  "BENADERING: deze bijdrage volgt de ingebouwde benadering (25% van het inkomen boven de vrijstelling, per maand), " +
  "niet de officiële uniforme terugvorderingsschaal. Beslissingen vragen de officiële schaaltabel.";

/** The approximation warning as a notice that travels with the figure. */
export const APPROXIMATION_NOTICE: Notice = { kind: "benadering", text: APPROXIMATION_WARNING };

/**
 * basis + n x verhoging, remembered per pair of parameter entries and n: the same few thresholds serve every
 * child of a list or a recalculation, so they are computed once.
 */
const thresholds = new Map<IndexedInForce, Map<IndexedInForce, Decimal[]>>();
/** Household sizes remembered; larger ones are computed each time, so the memory stays bounded. */
const REMEMBERED_COUNTS = 64;
function thresholdAmount(basis: IndexedInForce, verhoging: IndexedInForce, n: number): Decimal {
  let byVerhoging = thresholds.get(basis);
  if (byVerhoging === undefined) thresholds.set(basis, (byVerhoging = new Map()));
  let byCount = byVerhoging.get(verhoging);
  if (byCount === undefined) byVerhoging.set(verhoging, (byCount = []));
  const known = byCount[n];
  if (known !== undefined) return known;
  const value = basis.value.plus(verhoging.value.times(n));
  if (n < REMEMBERED_COUNTS) byCount[n] = value;
  return value;
}

/** The exemption threshold for `n` persons ten laste on `day` (latest known when undefined), with its steps. */
function threshold(n: number, day: Day | undefined, argument: string): Result<Decimal> {
  const basis = vrijstellingBasis.at(day, argument);
  const verhoging = vrijstellingVerhoging.at(day, argument);
  const value = thresholdAmount(basis, verhoging, n);
  const stale = staleNotice(day);
  return {
    value,
    ...(stale === undefined ? {} : { notices: [stale] }),
    steps: [
      { label: `Vrijstelling: basisbedrag per jaar`, amount: basis.value, parameter: basis.ref, ...(stale === undefined ? {} : { note: stale.text }) },
      { label: `Verhoging per persoon ten laste`, amount: verhoging.value, parameter: verhoging.ref },
      { label: `Personen ten laste`, quantity: n },
      { label: `Vrijstellingsgrens per jaar (basis + personen ten laste x verhoging)`, amount: value },
    ],
  };
}

/** OCMW.VRIJSTELLING: basis + personen_ten_laste x verhoging, the amounts in force on `datum`. */
export function vrijstelling(personenTenLaste: CellValue, datum?: CellValue): Result<Decimal> {
  const n = count(personenTenLaste, "personen_ten_laste", 0);
  const day = optionalDate(datum, "datum");
  const result = threshold(n, day, "datum");
  return { ...result, value: cents(result.value) };
}

/** One row of the official scale: for `personenTenLaste`, a household income in [van, tot) gives `maandbedrag`. */
export interface ScaleRow {
  personenTenLaste: number;
  van: Decimal;
  /** undefined: no upper bound */
  tot?: Decimal;
  maandbedrag: Decimal;
  /** 1-based row number in the range the user gave, for messages and the trace */
  row: number;
}

export interface ScaleTable {
  rows: ScaleRow[];
}

const SCALE_COLUMNS = ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"] as const;

/**
 * Reads the official scale from a range of 4 columns: an optional header row, then rows
 * `personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag` (inkomen_tot empty = no upper bound).
 * Empty rows are skipped. Rows of one personen_ten_laste may not overlap.
 */
export function parseSchaal(matrix: unknown, argument = "schaal"): ScaleTable {
  if (!Array.isArray(matrix)) throw invalid(argument, `verwacht een bereik van 4 kolommen (${SCALE_COLUMNS.join(" | ")}).`);
  const rows: ScaleRow[] = [];
  (matrix as unknown[]).forEach((rawRow, index) => {
    const cells = Array.isArray(rawRow) ? (rawRow as unknown[]) : [rawRow];
    if (cells.every(isEmpty)) return;
    if (cells.length !== SCALE_COLUMNS.length) {
      throw invalid(argument, `verwacht 4 kolommen (${SCALE_COLUMNS.join(" | ")}), maar het bereik heeft er ${cells.length}.`);
    }
    const rowNumber = index + 1;
    // header row: text in the first cell that is not a number written as text
    if (index === 0 && typeof cells[0] === "string" && !isEmpty(cells[0]) && parseNumberText(cells[0]) === undefined) return;
    const at = (c: number) => `${argument} (rij ${rowNumber}, ${SCALE_COLUMNS[c]})`;
    const van = amount(cells[1], at(1));
    // Excel for Windows hands an empty cell of a range over as 0; an upper bound of 0 means nothing else.
    const rawTot = optionalAmount(cells[2], at(2));
    const tot = rawTot !== undefined && rawTot.isZero() ? undefined : rawTot;
    if (tot !== undefined && !tot.greaterThan(van)) {
      throw invalid(at(2), `moet groter zijn dan inkomen_van (${formatAmount(van)}), of leeg voor geen bovengrens.`);
    }
    rows.push({ personenTenLaste: count(cells[0], at(0), 0), van, tot, maandbedrag: amount(cells[3], at(3)), row: rowNumber });
  });
  if (rows.length === 0) {
    throw invalid(argument, `het bereik bevat geen schaalrijen; laat schaal leeg voor de ingebouwde benadering.`);
  }
  const groups = new Map<number, ScaleRow[]>();
  for (const row of rows) groups.set(row.personenTenLaste, [...(groups.get(row.personenTenLaste) ?? []), row]);
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.van.comparedTo(b.van));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      if (prev.tot === undefined || prev.tot.greaterThan(sorted[i].van)) {
        throw invalid(argument, `rij ${prev.row} en rij ${sorted[i].row} overlappen (${prev.personenTenLaste} personen ten laste).`);
      }
    }
  }
  return { rows };
}

export interface BijdrageInput {
  inkomen: CellValue;
  /** empty = 0 */
  partnerInkomen?: CellValue;
  personenTenLaste: CellValue;
  kindsdeel: CellValue;
  datum?: CellValue;
  /** a parsed table, a raw 4-column range, or empty for the built-in approximation */
  schaal?: ScaleTable | unknown[][] | CellValue;
  kadastraalInkomen?: CellValue;
}

export interface BijdrageResult extends Result<Decimal> {
  method: "schaal" | "benadering";
  /** the yearly household income the scale was applied to */
  gezinsinkomen: Decimal;
  /** the threshold, only with the built-in approximation */
  vrijstelling?: Decimal;
}

function isScaleTable(value: unknown): value is ScaleTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray((value as ScaleTable).rows);
}

function scaleIsEmpty(value: unknown): boolean {
  return isEmpty(value) || (Array.isArray(value) && value.length === 0);
}

/** OCMW.BIJDRAGE: the monthly contribution of one child, never more than the kindsdeel, rounded to cents. */
export function bijdrage(input: BijdrageInput): BijdrageResult {
  const inkomen = amount(input.inkomen, "inkomen");
  const partner = optionalAmount(input.partnerInkomen, "partner_inkomen") ?? ZERO;
  const n = count(input.personenTenLaste, "personen_ten_laste", 0);
  const cap = amount(input.kindsdeel, "kindsdeel");
  const day = optionalDate(input.datum, "datum");
  const table = scaleIsEmpty(input.schaal)
    ? undefined
    : isScaleTable(input.schaal)
      ? input.schaal
      : parseSchaal(input.schaal, "schaal");
  const ki = optionalAmount(input.kadastraalInkomen, "kadastraal_inkomen");

  const steps: Step[] = [
    { label: `Netto belastbaar inkomen van het kind (per jaar)`, amount: inkomen },
    { label: `Netto belastbaar inkomen van de partner (per jaar)`, amount: partner },
  ];
  let gezinsinkomen = partner.isZero() ? inkomen : inkomen.plus(partner);
  if (ki !== undefined) {
    const drempel = kadastraalInkomenDrempel.at(day, "datum");
    steps.push({ label: `Kadastraal inkomen van het gezin (niet geïndexeerd)`, amount: ki });
    if (ki.greaterThan(drempel.value)) {
      const factor = kadastraalInkomenFactor.at(day, "datum");
      const added = ki.times(factor.value);
      steps.push({ label: `Kadastraal inkomen boven de drempel: telt mee x ${factor.value.toString()}`, amount: added, parameter: factor.ref });
      gezinsinkomen = gezinsinkomen.plus(added);
    } else {
      steps.push({ label: `Kadastraal inkomen niet boven de drempel: telt niet mee`, amount: drempel.value, parameter: drempel.ref });
    }
  }
  steps.push({ label: `Gezinsinkomen (kind + partner${ki !== undefined ? " + kadastraal inkomen" : ""})`, amount: gezinsinkomen });

  if (table !== undefined) {
    const amountByScale = scaleAmount(table, n, gezinsinkomen, steps);
    steps.push({ label: `Kindsdeel (maximum dat van dit kind mag worden teruggevorderd)`, amount: cap });
    const value = capped(cap, amountByScale);
    steps.push({ label: `Bijdrage per maand (schaalbedrag, niet meer dan het kindsdeel)`, amount: value });
    return { value, steps, method: "schaal", gezinsinkomen };
  }

  const grens = threshold(n, day, "datum");
  steps.push(...grens.steps);
  const boven = maxDec(ZERO, gezinsinkomen.minus(grens.value));
  steps.push({ label: `Gezinsinkomen boven de vrijstelling (niet minder dan 0)`, amount: boven });
  const voet = bijdragevoet.at(day, "datum");
  steps.push({ label: `Bijdragevoet van de benadering`, quantity: voet.value, parameter: voet.ref, note: APPROXIMATION_WARNING });
  const perMaand = boven.times(voet.value).dividedBy(MONTHS_PER_YEAR);
  steps.push({ label: `Bijdrage volgens de benadering (bijdragevoet x inkomen boven de vrijstelling / 12)`, amount: perMaand });
  steps.push({ label: `Kindsdeel (maximum dat van dit kind mag worden teruggevorderd)`, amount: cap });
  const value = capped(cap, perMaand);
  steps.push({ label: `Bijdrage per maand (benadering, niet meer dan het kindsdeel)`, amount: value });
  const notices = grens.notices === undefined ? [APPROXIMATION_NOTICE] : [APPROXIMATION_NOTICE, ...grens.notices];
  return { value, steps, notices, method: "benadering", gezinsinkomen, vrijstelling: grens.value };
}

/**
 * min(kindsdeel, amount) rounded to cents. A kindsdeel typed with more than 2 decimals (10.005) could round above
 * itself; the contribution then stays at the kindsdeel's cents below it (10.00), never above the cap.
 */
function capped(cap: Decimal, amountDue: Decimal): Decimal {
  const value = cents(minDec(cap, amountDue));
  return value.greaterThan(cap) ? cap.toDecimalPlaces(2, Decimal.ROUND_DOWN) : value;
}

/**
 * The scale's monthly amount: the rows of the largest personen_ten_laste <= n; the row with
 * inkomen_van <= gezinsinkomen < inkomen_tot; below every row 0. An income the table does not cover is not invented.
 */
function scaleAmount(table: ScaleTable, n: number, gezinsinkomen: Decimal, steps: Step[]): Decimal {
  let groupKey = -1;
  for (const row of table.rows) if (row.personenTenLaste <= n && row.personenTenLaste > groupKey) groupKey = row.personenTenLaste;
  if (groupKey < 0) {
    throw unavailable("schaal", `de schaal heeft geen rijen voor ${n} of minder personen ten laste.`);
  }
  const group = table.rows.filter((r) => r.personenTenLaste === groupKey);
  steps.push({ label: `Officiële schaal: rijen voor ${groupKey} personen ten laste (kind heeft er ${n})`, quantity: groupKey });
  const match = group.find((r) => r.van.lessThanOrEqualTo(gezinsinkomen) && (r.tot === undefined || gezinsinkomen.lessThan(r.tot)));
  if (match !== undefined) {
    const range = match.tot === undefined ? `vanaf ${formatAmount(match.van)}` : `${formatAmount(match.van)} tot ${formatAmount(match.tot)}`;
    steps.push({ label: `Schaalrij ${match.row}: gezinsinkomen ${range}, maandbedrag`, amount: match.maandbedrag });
    return match.maandbedrag;
  }
  const lowest = group.reduce((min, r) => (r.van.lessThan(min) ? r.van : min), group[0].van);
  if (gezinsinkomen.lessThan(lowest)) {
    steps.push({ label: `Gezinsinkomen onder elke schaalrij (laagste grens ${formatAmount(lowest)}): maandbedrag`, amount: ZERO });
    return ZERO;
  }
  throw unavailable(
    "schaal",
    `de schaal heeft geen rij voor een gezinsinkomen van ${formatAmount(gezinsinkomen)} bij ${groupKey} personen ten laste.`,
  );
}
