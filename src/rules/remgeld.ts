/**
 * Remgeld: the patient's own share of a hospital stay (seed 003 "Kosten verbonden aan een opname", SPEC 1).
 *
 * Five parts: the persoonlijk aandeel per nursing day (four dated amounts: laag, hoog, lang and the first-day
 * toeslag), the forfait medicatie per day (general or psychiatric hospital), the toezichtshonoraria per day (dienst A
 * or T), the forfait medisch-technische prestaties once per admission, and the single-room supplement per day.
 * Every amount is its own dated parameter (parameters/remgeld.json) and each day is charged at the amounts in force on
 * its own date. Days are never looped one by one: a stay is cut into stretches over which nothing changes (no tariff
 * band boundary, no new amount), and each stretch costs (days) x (amount).
 *
 * OCMW.REMGELD charges days eerste_dag..laatste_dag of one hospitalisation; OCMW.REMGELD.OPNAMES (./ziekenhuis.ts)
 * joins a history of admissions with the seed's rules and charges each admission through the same `chargeStretch`.
 */
import { argName, msg, withLanguage } from "./language";
import { formatDay, LAST_DAY, type Day } from "./excelDate";
import { invalid } from "./errors";
import { type CellValue } from "./input/common";
import { count } from "./input/count";
import { optionalDate } from "./input/date";
import { code, optionalCode, optionalFlag } from "./input/code";
import { cents, dec, formatAmount, ZERO, type Decimal } from "./money";
import { amountParameter, datedParameter, type DatedParameter, type ParameterData } from "./parameters";
import remgeldData from "./parameters/remgeld.json";
import { setFrenchSource, shownSource, type ParameterRef, type Result, type Step } from "./trace";

export const CATEGORIEEN = ["VT", "KIND", "WERKLOOS", "PTL", "ANDER"] as const;
export type Categorie = (typeof CATEGORIEEN)[number];
export const DIENSTEN = ["A", "T"] as const;
export type Dienst = (typeof DIENSTEN)[number];
export const ZIEKENHUIZEN = ["algemeen", "psychiatrisch"] as const;
export type Ziekenhuis = (typeof ZIEKENHUIZEN)[number];

/** The Dutch labels (the trace uses categorieLabel / ziekenhuisLabel, in the language of the call). */
export const CATEGORIE_LABELS: Record<Categorie, string> = {
  VT: "verhoogde tegemoetkoming",
  KIND: "kind ten laste",
  WERKLOOS: "langdurig werkloos",
  PTL: "met personen ten laste / alimentatieplicht",
  ANDER: "andere gerechtigden",
};
export const ZIEKENHUIS_LABELS: Record<Ziekenhuis, string> = { algemeen: "algemeen ziekenhuis", psychiatrisch: "psychiatrisch ziekenhuis" };

/**
 * The date the data uses for "start unknown": a seed's amount without a known start date is in force on every date
 * before the parameter's next value (SPEC 1). Excel knows no earlier date, so no day falls before it.
 */
const UNKNOWN_START = "1900-01-01";

/** Says in the citation that the start is unknown and until when the value holds. */
function markUnknownStart<T>(parameter: DatedParameter<T>): DatedParameter<T> {
  parameter.entries.forEach((entry, i) => {
    if (entry.ref.from !== UNKNOWN_START) return;
    const next = parameter.entries[i + 1];
    const marked = (citation: string): string =>
      next ? msg("citation.unknownStartBefore", { citation, day: formatDay(next.fromDay) }) : msg("citation.unknownStartUntilLater", { citation });
    const french = withLanguage("fr", () => marked(shownSource(entry.ref)));
    entry.ref.source = withLanguage("nl", () => marked(entry.ref.source));
    setFrenchSource(entry.ref, french);
  });
  return parameter;
}

type AmountData = ParameterData<string>;
const amount = (data: unknown) => markUnknownStart(amountParameter(data as AmountData));

export const remgeldLaag = amount(remgeldData.laag);
export const remgeldHoog = amount(remgeldData.hoog);
export const remgeldLang = amount(remgeldData.lang);
export const remgeldToeslag = amount(remgeldData.toeslag);
export const medicatieAlgemeen = amount(remgeldData.medicatieAlgemeen);
export const medicatiePsychiatrisch = amount(remgeldData.medicatiePsychiatrisch);
export const forfaitTechnisch = amount(remgeldData.forfaitTechnisch);
export const psychiatrischOnderzoek = amount(remgeldData.onderzoek);
export const kamersupplement = amount(remgeldData.kamersupplement);
export const disponibiliteitshonorarium = amount(remgeldData.disponibiliteit);

/** One band of a toezicht table: days fromDay..toDay (toDay Infinity = no end) at `amount` per day. */
export interface ToezichtBand {
  fromDay: number;
  toDay: number;
  amount: Decimal;
}
type RawBand = { fromDay: number; toDay: number | null; amount: string };
const toezichtTable = (data: unknown) =>
  markUnknownStart(
    datedParameter(data as ParameterData<RawBand[]>, (raw): ToezichtBand[] =>
      raw.map((b) => ({ fromDay: b.fromDay, toDay: b.toDay ?? Infinity, amount: dec(b.amount) })),
    ),
  );
export const toezichtA = toezichtTable(remgeldData.toezichtA);
export const toezichtT = toezichtTable(remgeldData.toezichtT);
const TOEZICHT: Record<Dienst, DatedParameter<ToezichtBand[]>> = { A: toezichtA, T: toezichtT };
const MEDICATIE: Record<Ziekenhuis, DatedParameter<Decimal>> = { algemeen: medicatieAlgemeen, psychiatrisch: medicatiePsychiatrisch };

/** Every hospital parameter, for tests and for "the latest amounts" date. */
export const REMGELD_PARAMETERS: DatedParameter<unknown>[] = [
  remgeldLaag,
  remgeldHoog,
  remgeldLang,
  remgeldToeslag,
  medicatieAlgemeen,
  medicatiePsychiatrisch,
  forfaitTechnisch,
  psychiatrischOnderzoek,
  kamersupplement,
  disponibiliteitshonorarium,
  toezichtA,
  toezichtT,
];

// ---------------------------------------------------------------------------------------------------------------
// Persoonlijk aandeel: which of the four amounts applies, by categorie and day band (SPEC 1 table).

/** Day bands of the persoonlijk aandeel: day 1, days 2-90, day 91 to the end of year 5, year 6 on (day 1826+). */
function bandOf(day: number): 0 | 1 | 2 | 3 {
  return day === 1 ? 0 : day <= 90 ? 1 : day <= 1825 ? 2 : 3;
}
type Which = "laag" | "hoog" | "lang";
/** [day 1, days 2-90, day 91 - year 5, year 6+ met PTL, year 6+ zonder PTL]; day 1 adds the toeslag (not VT). */
const AANDEEL: Record<Categorie, [Which, Which, Which, Which, Which]> = {
  VT: ["laag", "laag", "laag", "laag", "hoog"],
  KIND: ["laag", "laag", "laag", "laag", "laag"],
  WERKLOOS: ["laag", "laag", "laag", "laag", "hoog"],
  PTL: ["hoog", "hoog", "laag", "laag", "hoog"],
  ANDER: ["hoog", "hoog", "hoog", "lang", "lang"],
};
const AANDEEL_PARAMETER: Record<Which, DatedParameter<Decimal>> = { laag: remgeldLaag, hoog: remgeldHoog, lang: remgeldLang };
const TOEZICHT_STARTS: Record<Dienst, number[]> = {
  A: [...new Set(toezichtA.entries.flatMap((e) => e.value.map((b) => b.fromDay)))].filter((d) => d > 1).sort((a, b) => a - b),
  T: [...new Set(toezichtT.entries.flatMap((e) => e.value.map((b) => b.fromDay)))].filter((d) => d > 1).sort((a, b) => a - b),
};
/** Every date on which some hospital amount changes, oldest first. */
const CHANGE_DAYS: Day[] = [...new Set(REMGELD_PARAMETERS.flatMap((p) => p.entries.map((e) => e.fromDay)))].sort((a, b) => a - b);
/** The `from` of the newest amount: "the latest amounts" are those in force on this date. */
export const LATEST_REMGELD_DAY: Day = CHANGE_DAYS[CHANGE_DAYS.length - 1];

// ---------------------------------------------------------------------------------------------------------------
// Charging a stretch of consecutive nursing days.

/** The options that hold for a whole stay. */
export interface StayOptions {
  categorie: Categorie;
  metPtl: boolean;
  dienst: Dienst | undefined;
  eenpersoonskamer: boolean;
  ziekenhuis: Ziekenhuis;
}

export type PartKind = "aandeel" | "toeslag" | "medicatie" | "toezicht" | "kamer";
const PART_RANK: Record<PartKind, number> = { aandeel: 0, toeslag: 1, medicatie: 2, toezicht: 3, kamer: 4 };

/** Consecutive days charged at one amount: days `firstDay`..`lastDay` of its count, dates `firstDate`.. (if known). */
export interface Part {
  kind: PartKind;
  /** the amount per day (its identity tells two amounts apart) */
  perDay: Decimal;
  ref: ParameterRef;
  firstDay: number;
  lastDay: number;
  firstDate: Day | undefined;
  days: number;
}

/**
 * The parts of `n` consecutive nursing days: persoonlijk-aandeel day numbers aandeel0.., toezicht day numbers
 * toezicht0.., dates date0.. (undefined: every day at the latest amounts). Adjacent days at the same amount form one
 * part, so the result is short whatever `n` is.
 */
export function chargeStretch(options: StayOptions, n: number, aandeel0: number, toezicht0: number, date0: Day | undefined): Part[] {
  const { categorie, metPtl, dienst, eenpersoonskamer, ziekenhuis } = options;
  const toezicht = dienst !== undefined && categorie !== "VT" ? TOEZICHT[dienst] : undefined;
  const toezichtStarts = dienst !== undefined ? TOEZICHT_STARTS[dienst] : [];
  const medicatie = MEDICATIE[ziekenhuis];
  const parts: Part[] = [];
  // the last part of each kind, to extend it when the next stretch has the same amount
  const open: Partial<Record<PartKind, Part>> = {};
  const add = (kind: PartKind, ref: ParameterRef, perDay: Decimal, firstDay: number, days: number, firstDate: Day | undefined) => {
    const last = open[kind];
    if (last !== undefined && last.perDay === perDay && last.ref === ref && last.lastDay + 1 === firstDay) {
      last.lastDay += days;
      last.days += days;
      return;
    }
    const part: Part = { kind, perDay, ref, firstDay, lastDay: firstDay + days - 1, firstDate, days };
    open[kind] = part;
    parts.push(part);
  };
  // the first date on which some amount changes after day 0's date
  let change = 0;
  if (date0 !== undefined) while (change < CHANGE_DAYS.length && CHANGE_DAYS[change] <= date0) change++;

  // Walk the stay in stretches: each ends where a band of either day count starts or an amount changes.
  let start = 0;
  while (start < n) {
    const paDay = aandeel0 + start;
    let end = n;
    const nextBand = paDay < 2 ? 2 : paDay < 91 ? 91 : paDay < 1826 ? 1826 : Infinity;
    if (nextBand - aandeel0 < end) end = nextBand - aandeel0;
    const tzDay = toezicht0 + start;
    if (toezicht !== undefined) {
      for (const b of toezichtStarts) {
        if (b > tzDay) {
          if (b - toezicht0 < end) end = b - toezicht0;
          break;
        }
      }
    }
    const date = date0 === undefined ? undefined : date0 + start;
    if (date0 !== undefined) {
      while (change < CHANGE_DAYS.length && CHANGE_DAYS[change] <= date0 + start) change++;
      if (change < CHANGE_DAYS.length && CHANGE_DAYS[change] - date0 < end) end = CHANGE_DAYS[change] - date0;
    }
    const days = end - start;
    const band = bandOf(paDay);
    const which = AANDEEL[categorie][band === 3 && !metPtl ? 4 : band];
    const aandeel = AANDEEL_PARAMETER[which].at(date, "opnamedatum");
    add("aandeel", aandeel.ref, aandeel.value, paDay, days, date);
    if (band === 0 && categorie !== "VT") {
      const toeslag = remgeldToeslag.at(date, "opnamedatum");
      add("toeslag", toeslag.ref, toeslag.value, paDay, 1, date);
    }
    const med = medicatie.at(date, "opnamedatum");
    add("medicatie", med.ref, med.value, paDay, days, date);
    if (toezicht !== undefined) {
      const table = toezicht.at(date, "opnamedatum");
      for (const tzBand of table.value) {
        if (tzBand.fromDay <= tzDay && tzDay <= tzBand.toDay) {
          add("toezicht", table.ref, tzBand.amount, tzDay, days, date);
          break;
        }
      }
    }
    if (eenpersoonskamer) {
      const kamer = kamersupplement.at(date, "opnamedatum");
      add("kamer", kamer.ref, kamer.value, paDay, days, date);
    }
    start = end;
  }
  // in the order of the trace: aandeel, toeslag, medicatie, toezicht, kamer (a stable sort keeps days in order)
  return parts.length > 1 ? parts.sort((x, y) => PART_RANK[x.kind] - PART_RANK[y.kind]) : parts;
}

/** The sum of the parts, exact (every amount is whole cents). */
export function partsTotal(parts: Part[]): Decimal {
  let total = ZERO;
  for (const p of parts) total = total.plus(p.days === 1 ? p.perDay : p.perDay.times(p.days));
  return total;
}

function dayRange(first: number, last: number): string {
  return first === last ? msg("remgeld.dag", { day: first }) : msg("remgeld.dagen", { first, last });
}
function dateRange(first: Day | undefined, days: number): string {
  if (first === undefined) return "";
  return days === 1 ? msg("remgeld.date", { date: formatDay(first) }) : msg("remgeld.dates", { first: formatDay(first), last: formatDay(first + days - 1) });
}
/** The category and the hospital type in the language of the call (the codes stay as typed). */
export function categorieLabel(categorie: Categorie): string {
  return msg(`remgeld.cat.${categorie}`);
}
export function ziekenhuisLabel(ziekenhuis: Ziekenhuis): string {
  return msg(`remgeld.zh.${ziekenhuis}`);
}

/** The trace steps of the parts, one per part, in the order aandeel, toeslag, medicatie, toezicht, kamer. */
export function partSteps(parts: Part[], options: StayOptions): Step[] {
  return parts.map((p): Step => {
    const times = msg("remgeld.times", { days: p.days, perDay: formatAmount(p.perDay) });
    const when = dateRange(p.firstDate, p.days);
    const amount = p.days === 1 ? p.perDay : p.perDay.times(p.days);
    switch (p.kind) {
      case "aandeel":
        return { label: msg("step.aandeel", { categorie: categorieLabel(options.categorie), days: dayRange(p.firstDay, p.lastDay), when, times }), amount, parameter: p.ref };
      case "toeslag":
        return { label: msg("step.toeslag", { when }), amount, parameter: p.ref };
      case "medicatie":
        return { label: msg("step.medicatie", { ziekenhuis: ziekenhuisLabel(options.ziekenhuis), days: dayRange(p.firstDay, p.lastDay), when, times }), amount, parameter: p.ref };
      case "toezicht":
        return {
          label: msg("step.toezicht", { dienst: String(options.dienst), days: `${p.firstDay}${p.lastDay > p.firstDay ? `-${p.lastDay}` : ""}`, when, times }),
          amount,
          parameter: p.ref,
        };
      case "kamer":
        return { label: msg("step.kamer", { days: dayRange(p.firstDay, p.lastDay), when, times }), amount, parameter: p.ref };
    }
  });
}

/** The stay-wide options read from the arguments (codes trimmed and case-insensitive; flags TRUE/FALSE). */
export function readStayOptions(input: {
  categorie: CellValue;
  metPersonenTenLaste?: CellValue;
  dienst?: CellValue;
  eenpersoonskamer?: CellValue;
  ziekenhuis?: CellValue;
}): StayOptions {
  return {
    categorie: code(input.categorie, "categorie", CATEGORIEEN),
    metPtl: optionalFlag(input.metPersonenTenLaste, "met_personen_ten_laste"),
    dienst: optionalCode(input.dienst, "dienst", DIENSTEN),
    eenpersoonskamer: optionalFlag(input.eenpersoonskamer, "eenpersoonskamer"),
    ziekenhuis: optionalCode(input.ziekenhuis, "ziekenhuis", ZIEKENHUIZEN) ?? "algemeen",
  };
}

/** Steps that say toezicht is not charged for VT. */
export function toezichtVtStep(options: StayOptions): Step[] {
  return options.dienst !== undefined && options.categorie === "VT"
    ? [{ label: msg("step.toezichtVt", { dienst: String(options.dienst) }), amount: ZERO }]
    : [];
}

/**
 * The forfait medisch-technische prestaties of one admission (at the amount in force on `date`, or the latest):
 * not for VT, not when the patient comes from another hospital.
 */
export function forfaitStep(categorie: Categorie, overgeplaatst: boolean, date: Day | undefined): { amount: Decimal; step: Step } {
  if (categorie === "VT") return { amount: ZERO, step: { label: msg("step.forfaitVt"), amount: ZERO } };
  if (overgeplaatst) return { amount: ZERO, step: { label: msg("step.forfaitOvergeplaatst"), amount: ZERO } };
  const f = forfaitTechnisch.at(date, "opnamedatum");
  return { amount: f.value, step: { label: msg("step.forfait"), amount: f.value, parameter: f.ref } };
}

// ---------------------------------------------------------------------------------------------------------------
// OCMW.REMGELD

export interface RemgeldInput {
  categorie: CellValue;
  eersteDag: CellValue;
  laatsteDag: CellValue;
  metPersonenTenLaste?: CellValue;
  dienst?: CellValue;
  eenpersoonskamer?: CellValue;
  overgeplaatst?: CellValue;
  /** the date of day 1; empty: every day at the latest amounts */
  opnamedatum?: CellValue;
  /** algemeen (default) or psychiatrisch */
  ziekenhuis?: CellValue;
}

/** REMGELD's arguments, checked: the stay's options, the day numbers, the transfer and the date of day 1. */
interface CheckedStay {
  options: StayOptions;
  first: number;
  last: number;
  overgeplaatst: boolean;
  opname: Day | undefined;
}

function checkRemgeld(input: RemgeldInput): CheckedStay {
  const options = readStayOptions(input);
  const first = count(input.eersteDag, "eerste_dag", 1);
  const last = count(input.laatsteDag, "laatste_dag", 1);
  if (last < first) throw invalid("laatste_dag", msg("remgeld.lastBeforeFirst", { firstArgument: argName("eerste_dag"), first, last }));
  const overgeplaatst = optionalFlag(input.overgeplaatst, "overgeplaatst");
  const opname = optionalDate(input.opnamedatum, "opnamedatum");
  if (opname !== undefined && opname + last - 1 > LAST_DAY) {
    throw invalid("laatste_dag", msg("remgeld.afterLastDay", { day: last, opname: formatDay(opname) }));
  }
  return { options, first, last, overgeplaatst, opname };
}

/** The parts of the checked stay: days first..last, each at the amounts in force on its own date. */
function stayParts(c: CheckedStay): Part[] {
  return chargeStretch(c.options, c.last - c.first + 1, c.first, c.first, c.opname === undefined ? undefined : c.opname + c.first - 1);
}

/** OCMW.REMGELD, the figure only (no trace is built): the same checks and parts as `remgeld`, in cents. */
export function remgeldBedrag(input: RemgeldInput): Decimal {
  const c = checkRemgeld(input);
  const total = partsTotal(stayParts(c));
  return cents(c.first === 1 ? total.plus(forfaitStep(c.options.categorie, c.overgeplaatst, c.opname).amount) : total);
}

/** OCMW.REMGELD: the patient's share for days eerste_dag..laatste_dag of one hospitalisation, rounded to cents. */
export function remgeld(input: RemgeldInput): Result<Decimal> {
  const c = checkRemgeld(input);
  const { options, first, last, overgeplaatst, opname } = c;
  const days = last - first + 1;
  const steps: Step[] = [{ label: msg("step.remgeldDagen", { first, last, ziekenhuis: ziekenhuisLabel(options.ziekenhuis) }), quantity: days }];
  steps.push(
    opname === undefined
      ? { label: msg("step.geenOpnamedatum", { latest: formatDay(LATEST_REMGELD_DAY) }) }
      : { label: msg("step.dag1", { opname: formatDay(opname) }) },
  );
  const parts = stayParts(c);
  steps.push(...partSteps(parts, options), ...toezichtVtStep(options));
  let total = partsTotal(parts);
  if (first === 1) {
    const forfait = forfaitStep(options.categorie, overgeplaatst, opname);
    steps.push(forfait.step);
    total = total.plus(forfait.amount);
  }
  const value = cents(total);
  steps.push({ label: msg("step.remgeldTotaal"), amount: value });
  return { value, steps };
}
