/**
 * Zorgbudget voor zwaar zorgbehoevenden (Vlaamse zorgverzekering; seeds 001 and 002, SPEC 1).
 *
 * Seed 002: "Vanaf de eerste dag van de derde maand die volgt op de datum van de aanvraag ... Concreet houdt dit in
 * dat een zorgbehoevende die zijn aanvraag in de loop van de maand januari bij zijn zorgkas indient, vanaf 1 april
 * een bedrag kan ontvangen." Seed 001: "vanaf de eerste dag van de vierde maand na de aanvraag".
 */
import { addMonths, firstOfMonth, formatDay, type Day } from "./excelDate";
import { code, date, optionalCode, optionalScore, resultDate, type CellValue } from "./input";
import { ZERO, type Decimal } from "./money";
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
/** Payment starts in the fourth month, counting the application month as the first. */
const MONTHS_UNTIL_START = 3;

function atLeast(score: KatzCode, minimum: KatzCode): boolean {
  return KATZ_CODES.indexOf(score) >= KATZ_CODES.indexOf(minimum);
}

/** The first day of the fourth month, counting the application month as the first (January -> 1 April). */
export function startDay(aanvraag: Day): Day {
  return addMonths(firstOfMonth(aanvraag), MONTHS_UNTIL_START);
}

/** OCMW.ZORGBUDGET.START: the first payment date. */
export function zorgbudgetStart(aanvraagdatum: CellValue): Result<Day> {
  const aanvraag = date(aanvraagdatum, "aanvraagdatum");
  const value = resultDate(startDay(aanvraag), "aanvraagdatum");
  return {
    value,
    steps: [
      { label: `Aanvraag ingediend op ${formatDay(aanvraag)}` },
      { label: `Eerste betaling: eerste dag van de vierde maand (aanvraagmaand = eerste maand): ${formatDay(value)}` },
    ],
  };
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

  const steps: Step[] = [{ label: `Maand: ${formatDay(maand)}` }];
  let eligible: boolean;
  if (vorm === "residentieel") {
    eligible = true;
    steps.push({ label: `Residentiële zorg (WZC, RVT, PVT): recht met een verblijfsattest` });
  } else {
    const reasons: string[] = [];
    if (katz !== undefined && atLeast(katz, KATZ_MINIMUM)) reasons.push(`Katz-score ${katz} (minstens ${KATZ_MINIMUM})`);
    if (bel !== undefined && bel >= BEL_MINIMUM) reasons.push(`BEL-profielschaal ${bel} (minstens ${BEL_MINIMUM})`);
    if (medisch !== undefined && medisch >= MEDISCH_MINIMUM) reasons.push(`medisch-sociale schaal ${medisch} (minstens ${MEDISCH_MINIMUM})`);
    if (dagverzorging !== undefined && atLeast(dagverzorging, DAGVERZORGING_MINIMUM)) {
      reasons.push(`evaluatieschaal dagverzorging/kortverblijf ${dagverzorging} (minstens ${DAGVERZORGING_MINIMUM})`);
    }
    eligible = reasons.length > 0;
    steps.push({
      label: eligible
        ? `Mantel- en thuiszorg: zwaar zorgbehoevend volgens ${reasons.join("; ")}`
        : `Mantel- en thuiszorg: geen score bereikt de drempel (Katz B, BEL 35, medisch-sociaal 15, dagverzorging C): geen recht`,
    });
  }
  const start = startDay(aanvraag);
  steps.push({ label: `Aanvraag ${formatDay(aanvraag)}: eerste betaling op ${formatDay(start)}` });
  if (!eligible) {
    steps.push({ label: `Zorgbudget voor deze maand`, amount: ZERO });
    return { value: ZERO, steps };
  }
  if (maand < start) {
    steps.push({ label: `Maand vóór de eerste betaling: zorgbudget voor deze maand`, amount: ZERO });
    return { value: ZERO, steps };
  }
  const parameter = vorm === "thuis" ? zorgbudgetThuis : zorgbudgetResidentieel;
  const inForce = parameter.at(maand, "maand");
  steps.push({ label: `Zorgbudget ${vorm} geldend op ${formatDay(maand)}`, amount: inForce.value, parameter: inForce.ref });
  return { value: inForce.value, steps };
}
