/**
 * Onderhoudsplicht of children towards a parent in a WZC (seed 004, SPEC 1): the exemption threshold (vrijstelling)
 * and the monthly contribution of one child (bijdrage), by the official scale table or the built-in approximation.
 *
 * "Rekening houdende met het maximum van het kindsdeel wordt de bijdrage berekend aan de hand van de uniforme
 * terugvorderingsschaal, deze baseert zich op het netto belastbaar inkomen van de onderhoudsplichtige (en zijn
 * partner) en op het aantal kinderen ten laste."
 */
import { currentLanguage, msg, withLanguage } from "./language";
import type { Day } from "./excelDate";

import { isEmpty, type CellValue } from "./input/common";
import { amount, optionalAmount } from "./input/amount";
import { count } from "./input/count";
import { optionalDate } from "./input/date";
import { cents, Decimal, maxDec, minDec, ZERO } from "./money";
import { parseSchaal, scaleAmount, type ScaleTable } from "./schaal";
import { indexedParameter, staleNotice, type IndexedInForce, type IndexedParameterData } from "./indexed";
import { amountParameter } from "./parameters";
import bijdrageData from "./parameters/bijdrage.json";
import vrijstellingData from "./parameters/vrijstelling.json";
import type { Notice, Result, Step } from "./trace";

export { parseSchaal, checkSchaal, type ScaleRow, type ScaleTable, type ScaleVersion } from "./schaal";

export const vrijstellingBasis = indexedParameter(vrijstellingData.basis as IndexedParameterData);
export const vrijstellingVerhoging = indexedParameter(vrijstellingData.verhoging as IndexedParameterData);
export const bijdragevoet = amountParameter(bijdrageData.bijdragevoet);
export const kadastraalInkomenDrempel = amountParameter(bijdrageData.kadastraalInkomenDrempel);
export const kadastraalInkomenFactor = amountParameter(bijdrageData.kadastraalInkomenFactor);

const MONTHS_PER_YEAR = 12;

/** The one home of the approximation warning (SPEC 1, BIJDRAGE): in the trace, the pane, the batch and the CLI. */
export const APPROXIMATION_WARNING = withLanguage("nl", () => msg("notice.approximation"));

/** The approximation warning as a notice that travels with the figure. */
export const APPROXIMATION_NOTICE: Notice = { kind: "benadering", text: APPROXIMATION_WARNING };
const APPROXIMATION_NOTICE_FR: Notice = { kind: "benadering", text: withLanguage("fr", () => msg("notice.approximation")) };

/** The approximation notice in the language of the call. */
function approximationNotice(): Notice {
  return currentLanguage() === "fr" ? APPROXIMATION_NOTICE_FR : APPROXIMATION_NOTICE;
}

/** basis + n x verhoging, exact and published (in cents, with and without the stale-amount notice). */
interface Threshold {
  exact: Decimal;
  published: Vrijstellingsgrens;
  publishedStale?: Vrijstellingsgrens;
}

/**
 * The one threshold cache: basis + n x verhoging, remembered per pair of parameter entries and n. The same few
 * thresholds serve every child of a list or a recalculation (the batch, the task pane, the functions), so they are
 * computed once, here.
 */
const thresholds = new Map<IndexedInForce, Map<IndexedInForce, Threshold[]>>();
/** Household sizes remembered; larger ones are computed each time, so the memory stays bounded. */
const REMEMBERED_COUNTS = 64;
function thresholdAmount(basis: IndexedInForce, verhoging: IndexedInForce, n: number): Threshold {
  let byVerhoging = thresholds.get(basis);
  if (byVerhoging === undefined) thresholds.set(basis, (byVerhoging = new Map()));
  let byCount = byVerhoging.get(verhoging);
  if (byCount === undefined) byVerhoging.set(verhoging, (byCount = []));
  const known = byCount[n];
  if (known !== undefined) return known;
  const exact = basis.value.plus(verhoging.value.times(n));
  const published = cents(exact);
  const value: Threshold = { exact, published: { value: published, number: published.toNumber() } };
  if (n < REMEMBERED_COUNTS) byCount[n] = value;
  return value;
}

/**
 * The exemption threshold for `n` persons ten laste on `day` (latest known when undefined), exact, with its notices,
 * and with its steps when `trace` is true (otherwise `steps` is empty).
 */
function threshold(n: number, day: Day | undefined, argument: string, trace = true): Result<Decimal> {
  const basis = vrijstellingBasis.at(day, argument);
  const verhoging = vrijstellingVerhoging.at(day, argument);
  const value = thresholdAmount(basis, verhoging, n).exact;
  const stale = staleNotice(day);
  const result: Result<Decimal> = { value, steps: [] };
  if (trace) {
    const basisStep: Step = { label: msg("step.vrijstellingBasis"), amount: basis.value, parameter: basis.ref };
    if (stale !== undefined) basisStep.note = stale.text;
    result.steps.push(
      basisStep,
      { label: msg("step.vrijstellingVerhoging"), amount: verhoging.value, parameter: verhoging.ref },
      { label: msg("step.personenTenLaste"), quantity: n },
      { label: msg("step.vrijstellingsgrens"), amount: value },
    );
  }
  if (stale !== undefined) result.notices = [stale];
  return result;
}

/** The exemption threshold as published: in cents, with its notices, without the steps. */
export interface Vrijstellingsgrens {
  value: Decimal;
  /** the same figure as the number a cell holds (exact: it has at most two decimals) */
  number: number;
  notices?: Notice[];
}

/**
 * The computing layer of OCMW.VRIJSTELLING, on checked values (a count of persons ten laste, a day or undefined for
 * the latest amounts): the threshold in cents and its notices, without building the steps. The batch calls it for
 * every row; the threshold is remembered in the one cache above, so no face keeps its own.
 */
export function vrijstellingsgrens(n: number, day: Day | undefined): Vrijstellingsgrens {
  const basis = vrijstellingBasis.at(day, "datum");
  const verhoging = vrijstellingVerhoging.at(day, "datum");
  const known = thresholdAmount(basis, verhoging, n);
  const stale = staleNotice(day);
  if (stale === undefined) return known.published;
  if (known.publishedStale?.notices?.[0] !== stale) known.publishedStale = { ...known.published, notices: [stale] }; // per language
  return known.publishedStale;
}

/** OCMW.VRIJSTELLING: basis + personen_ten_laste x verhoging, the amounts in force on `datum`. */
export function vrijstelling(personenTenLaste: CellValue, datum?: CellValue): Result<Decimal> {
  const n = count(personenTenLaste, "personen_ten_laste", 0);
  const day = optionalDate(datum, "datum");
  const result = threshold(n, day, "datum");
  result.value = cents(result.value);
  return result;
}

export interface BijdrageInput {
  inkomen: CellValue;
  /** empty = 0 */
  partnerInkomen?: CellValue;
  personenTenLaste: CellValue;
  kindsdeel: CellValue;
  datum?: CellValue;
  /** a parsed table, a raw range of 4 or 5 columns, or empty for the built-in approximation */
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
  return computeBijdrage(input, true);
}

/**
 * OCMW.BIJDRAGE without its trace (`steps` is empty): the same checks, figure, method and notices. For a face that
 * shows one number per child (the function's cell, the batch's rows), where building the explanation of every
 * step would cost more than the calculation.
 */
export function bijdrageZonderUitleg(input: BijdrageInput): BijdrageResult {
  return computeBijdrage(input, false);
}

function computeBijdrage(input: BijdrageInput, trace: boolean): BijdrageResult {
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

  // every step is written only when the trace is asked for; the figure never depends on it
  const steps: Step[] = [];
  if (trace) {
    steps.push({ label: msg("step.inkomenKind"), amount: inkomen }, { label: msg("step.inkomenPartner"), amount: partner });
  }
  let gezinsinkomen = partner.isZero() ? inkomen : inkomen.plus(partner);
  if (ki !== undefined) {
    const drempel = kadastraalInkomenDrempel.at(day, "datum");
    if (trace) steps.push({ label: msg("step.kadastraal"), amount: ki });
    if (ki.greaterThan(drempel.value)) {
      const factor = kadastraalInkomenFactor.at(day, "datum");
      const added = ki.times(factor.value);
      if (trace) steps.push({ label: msg("step.kadastraalBoven", { factor: factor.value.toString() }), amount: added, parameter: factor.ref });
      gezinsinkomen = gezinsinkomen.plus(added);
    } else if (trace) {
      steps.push({ label: msg("step.kadastraalNietBoven"), amount: drempel.value, parameter: drempel.ref });
    }
  }
  if (trace) steps.push({ label: msg(ki !== undefined ? "step.gezinsinkomenKadastraal" : "step.gezinsinkomen"), amount: gezinsinkomen });

  if (table !== undefined) {
    const amountByScale = scaleAmount(table, n, gezinsinkomen, day, trace ? steps : undefined);
    const value = capped(cap, amountByScale);
    if (trace) steps.push({ label: msg("step.kindsdeelMaximum"), amount: cap }, { label: msg("step.bijdrageSchaal"), amount: value });
    return { value, steps, method: "schaal", gezinsinkomen };
  }

  const grens = threshold(n, day, "datum", trace);
  if (trace) steps.push(...grens.steps);
  const boven = maxDec(ZERO, gezinsinkomen.minus(grens.value));
  const voet = bijdragevoet.at(day, "datum");
  const perMaand = boven.times(voet.value).dividedBy(MONTHS_PER_YEAR);
  const value = capped(cap, perMaand);
  if (trace) {
    steps.push(
      { label: msg("step.bovenVrijstelling"), amount: boven },
      { label: msg("step.bijdragevoet"), quantity: voet.value, parameter: voet.ref, note: approximationNotice().text },
      { label: msg("step.bijdrageBenadering"), amount: perMaand },
      { label: msg("step.kindsdeelMaximum"), amount: cap },
      { label: msg("step.bijdrageBenaderingMax"), amount: value },
    );
  }
  const notices = grens.notices === undefined ? [approximationNotice()] : [approximationNotice(), ...grens.notices];
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

