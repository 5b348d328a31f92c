/**
 * Zorgbudget voor zwaar zorgbehoevenden (Vlaamse zorgverzekering; seeds 001 and 002, SPEC 1).
 *
 * Start of payment (SPEC 1): for an application from 1 January 2009, the first day of the fourth month after the
 * application month (seed 001 "vanaf de eerste dag van de vierde maand na de aanvraag", seed 002 "vanaf 1 januari
 * 2009: eerste dag van de vierde maand na aanvraag": January -> 1 May); for an earlier application, the first day of
 * the third month following it (seed 002's older rule: "een zorgbehoevende die zijn aanvraag in de loop van de maand
 * januari ... indient, vanaf 1 april").
 * Seed 002 also names the child-benefit criteria (at least 66 % handicap with at least 7 points of self-reliance, or
 * at least 18 points on pillars P1-P3) and the zorgkas's 60-day decision term.
 */
import { msg } from "./language";
import { invalid } from "./errors";
import { addDays, addMonths, calendarToDay, firstOfMonth, formatDay, type Day } from "./excelDate";
import { type CellValue } from "./input/common";
import { optionalScore } from "./input/count";
import { date, resultDate } from "./input/date";
import { code, optionalCode } from "./input/code";
import { formatNumber, ZERO, type Decimal } from "./money";
import { amountParameter } from "./parameters";
import zorgbudgetData from "./parameters/zorgbudget.json";
import type { Result, Step } from "./trace";

export const zorgbudgetThuis = amountParameter(zorgbudgetData.thuis);
export const zorgbudgetResidentieel = amountParameter(zorgbudgetData.residentieel);

export const ZORGVORMEN = ["thuis", "residentieel"] as const;
export type Zorgvorm = (typeof ZORGVORMEN)[number];

/** Katz scale (and the day-care evaluation scale), lowest to highest dependency. */
export const KATZ_CODES = ["O", "A", "B", "C", "Cd", "D"] as const;
export type KatzCode = (typeof KATZ_CODES)[number];

/** Thresholds for care at home (seeds 001, 002): Katz B or higher, BEL >= 35, medisch-sociale schaal >= 15, day care C or higher. */
const KATZ_MINIMUM: KatzCode = "B";
const DAGVERZORGING_MINIMUM: KatzCode = "C";
const BEL_MINIMUM = 35;
const MEDISCH_MINIMUM = 15;
/** Child benefit (seed 002): at least 66 % handicap with at least 7 points of self-reliance, or 18 points on P1-P3. */
const HANDICAP_MINIMUM = 66;
const ZELFREDZAAMHEID_MINIMUM = 7;
const KINDERBIJSLAG_PUNTEN_MINIMUM = 18;
const HANDICAP_MAXIMUM = 100;
/** Applications from this day start in the fourth month after the application month; earlier ones in the third. */
const NEW_START_RULE_FROM: Day = calendarToDay(2009, 1, 1);
/** Seed 002: the zorgkas decides within 60 days. */
const BESLISTERMIJN_DAGEN = 60;

function atLeast(score: KatzCode, minimum: KatzCode): boolean {
  return KATZ_CODES.indexOf(score) >= KATZ_CODES.indexOf(minimum);
}

/** Months from the first of the application month to the first payment: 4 from 2009 (January -> 1 May), 3 before. */
function monthsUntilStart(aanvraag: Day): number {
  return aanvraag >= NEW_START_RULE_FROM ? 4 : 3;
}

/** The first payment day: the first day of the 4th month after the application month (from 2009), of the 3rd before. */
export function startDay(aanvraag: Day): Day {
  return addMonths(firstOfMonth(aanvraag), monthsUntilStart(aanvraag));
}

function startRule(aanvraag: Day): string {
  return aanvraag >= NEW_START_RULE_FROM
    ? msg("zorgbudget.regelNieuw")
    : msg("zorgbudget.regelOud");
}

/** OCMW.ZORGBUDGET.START: the first payment date. */
export function zorgbudgetStart(aanvraagdatum: CellValue): Result<Day> {
  const aanvraag = date(aanvraagdatum, "aanvraagdatum");
  const value = resultDate(startDay(aanvraag), "aanvraagdatum");
  return {
    value,
    steps: [
      { label: msg("step.aanvraag", { aanvraag: formatDay(aanvraag) }) },
      { label: msg("step.eersteBetaling", { rule: startRule(aanvraag), start: formatDay(value) }) },
    ],
  };
}

/** OCMW.ZORGBUDGET.BESLISTERMIJN: the zorgkas decides within 60 days of the application (seed 002). */
export function zorgbudgetBeslistermijn(aanvraagdatum: CellValue): Result<Day> {
  const aanvraag = date(aanvraagdatum, "aanvraagdatum");
  const value = resultDate(addDays(aanvraag, BESLISTERMIJN_DAGEN), "aanvraagdatum");
  return {
    value,
    steps: [
      { label: msg("step.aanvraag", { aanvraag: formatDay(aanvraag) }) },
      { label: msg("step.beslistermijn", { days: BESLISTERMIJN_DAGEN, deadline: formatDay(value) }) },
    ],
  };
}

/** The handicap percentage typed as 66 for 66 %: 0..100; a fraction strictly between 0 and 1 is refused. */
function optionalHandicap(value: CellValue, argument: string): number | undefined {
  const n = optionalScore(value, argument);
  if (n === undefined) return undefined;
  if (n > 0 && n < 1) {
    throw invalid(argument, msg("zorgbudget.percentage", { got: formatNumber(n) }));
  }
  if (n > HANDICAP_MAXIMUM) throw invalid(argument, msg("zorgbudget.percentage", { got: formatNumber(n) }));
  return n;
}

export interface ZorgbudgetInput {
  /** any day of the month asked for */
  maand: CellValue;
  aanvraagdatum: CellValue;
  /** thuis | residentieel */
  zorgvorm: CellValue;
  katz?: CellValue;
  bel?: CellValue;
  medisch?: CellValue;
  dagverzorging?: CellValue;
  /** child benefit: handicap percentage, 0..100 (66 = 66 %); needs zelfredzaamheid */
  handicap?: CellValue;
  /** child benefit: points of self-reliance, >= 0; needs handicap */
  zelfredzaamheid?: CellValue;
  /** child benefit: points on the medical-social scale of pillars P1-P3, >= 0 */
  kinderbijslagPunten?: CellValue;
}

/** OCMW.ZORGBUDGET: the amount due for the calendar month containing `maand`. */
export function zorgbudget(input: ZorgbudgetInput): Result<Decimal> {
  const maand = firstOfMonth(date(input.maand, "maand"));
  const aanvraag = date(input.aanvraagdatum, "aanvraagdatum");
  const vorm = code(input.zorgvorm, "zorgvorm", ZORGVORMEN);
  const katz = optionalCode(input.katz, "katz", KATZ_CODES);
  const bel = optionalScore(input.bel, "bel");
  const medisch = optionalScore(input.medisch, "medisch");
  const dagverzorging = optionalCode(input.dagverzorging, "dagverzorging", KATZ_CODES);
  const handicap = optionalHandicap(input.handicap, "handicap");
  const zelfredzaamheid = optionalScore(input.zelfredzaamheid, "zelfredzaamheid");
  if (handicap !== undefined && zelfredzaamheid === undefined) {
    throw invalid("zelfredzaamheid", msg("zorgbudget.zelfredzaamheidMissing", { min: ZELFREDZAAMHEID_MINIMUM }));
  }
  if (zelfredzaamheid !== undefined && handicap === undefined) {
    throw invalid("handicap", msg("zorgbudget.handicapMissing", { min: HANDICAP_MINIMUM }));
  }
  const kinderbijslagPunten = optionalScore(input.kinderbijslagPunten, "kinderbijslag_punten");

  const steps: Step[] = [{ label: msg("step.zorgbudgetMaand", { maand: formatDay(maand) }) }];
  let eligible: boolean;
  if (vorm === "residentieel") {
    eligible = true;
    steps.push({ label: msg("step.residentieel") });
  } else {
    const reasons: string[] = [];
    if (katz !== undefined && atLeast(katz, KATZ_MINIMUM)) reasons.push(msg("zorgbudget.katz", { score: katz, min: KATZ_MINIMUM }));
    if (bel !== undefined && bel >= BEL_MINIMUM) reasons.push(msg("zorgbudget.bel", { score: bel, min: BEL_MINIMUM }));
    if (medisch !== undefined && medisch >= MEDISCH_MINIMUM) reasons.push(msg("zorgbudget.medisch", { score: medisch, min: MEDISCH_MINIMUM }));
    if (dagverzorging !== undefined && atLeast(dagverzorging, DAGVERZORGING_MINIMUM)) {
      reasons.push(msg("zorgbudget.dagverzorging", { score: dagverzorging, min: DAGVERZORGING_MINIMUM }));
    }
    if (handicap !== undefined && zelfredzaamheid !== undefined && handicap >= HANDICAP_MINIMUM && zelfredzaamheid >= ZELFREDZAAMHEID_MINIMUM) {
      reasons.push(
        msg("zorgbudget.handicap", { handicap: formatNumber(handicap), minHandicap: HANDICAP_MINIMUM, punten: formatNumber(zelfredzaamheid), minPunten: ZELFREDZAAMHEID_MINIMUM }),
      );
    }
    if (kinderbijslagPunten !== undefined && kinderbijslagPunten >= KINDERBIJSLAG_PUNTEN_MINIMUM) {
      reasons.push(msg("zorgbudget.kinderbijslag", { punten: formatNumber(kinderbijslagPunten), min: KINDERBIJSLAG_PUNTEN_MINIMUM }));
    }
    eligible = reasons.length > 0;
    steps.push({
      label: eligible ? msg("step.thuisRecht", { reasons: reasons.join(msg("zorgbudget.reasonSeparator")) }) : msg("step.thuisGeenRecht"),
    });
  }
  const start = startDay(aanvraag);
  steps.push({ label: msg("step.aanvraagStart", { aanvraag: formatDay(aanvraag), rule: startRule(aanvraag), start: formatDay(start) }) });
  if (!eligible) {
    steps.push({ label: msg("step.zorgbudgetNul"), amount: ZERO });
    return { value: ZERO, steps };
  }
  if (maand < start) {
    steps.push({ label: msg("step.zorgbudgetVoorStart"), amount: ZERO });
    return { value: ZERO, steps };
  }
  const parameter = vorm === "thuis" ? zorgbudgetThuis : zorgbudgetResidentieel;
  const inForce = parameter.at(maand, "maand");
  steps.push({ label: msg(vorm === "thuis" ? "step.zorgbudgetThuis" : "step.zorgbudgetResidentieel", { maand: formatDay(maand) }), amount: inForce.value, parameter: inForce.ref });
  return { value: inForce.value, steps };
}
