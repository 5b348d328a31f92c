/**
 * Woonzorgcentrum (WZC): the monthly deficit of a resident and the kindsdeel (seed 004, SPEC 1).
 *
 * "Het OCMW komt tussen voor zover het levensnoodzakelijke kosten betreft, namelijk de ligdagprijs van het WZC,
 * medicatie- en dokterskosten, persoonlijke was, mutualiteits- en zorgverzekeringsbijdragen. Daarnaast voorziet het
 * OCMW een maandelijks gewaarborgd zakgeld." and "Het maandelijks tekort bij een verblijf in een WZC wordt gedeeld
 * door het aantal kinderen. Dit wordt het kindsdeel genoemd."
 */
import { currentLanguage, msg, type Taal } from "./language";
import { type CellValue } from "./input/common";
import { amount, amountSum, optionalAmount } from "./input/amount";
import { count } from "./input/count";
import { optionalDate } from "./input/date";
import { invalid } from "./errors";
import type { Day } from "./excelDate";
import { indexedParameter, staleNotice, type IndexedInForce, type IndexedParameterData } from "./indexed";
import { cents, centsDown, dec, formatAmount, maxDec, ZERO, type Decimal } from "./money";
import type { InForce } from "./parameters";
import zakgeldData from "./parameters/zakgeld.json";
import { shownSource, type Notice, type Result, type Step } from "./trace";

/** The yearly minimum zakgeld, an indexed amount (SPEC 1, TEKORT). */
export const zakgeldJaar = indexedParameter(zakgeldData as IndexedParameterData);

const MONTHS = dec(12);

/** The monthly zakgeld in force: the yearly amount (derived and rounded to cents first) / 12, rounded to cents. */
export interface ZakgeldInForce extends InForce<Decimal> {
  yearly: IndexedInForce;
}

/** Remembered per language: the ref holds text. */
const monthlyMemos: Record<Taal, Map<IndexedInForce, ZakgeldInForce>> = { nl: new Map(), fr: new Map() };

/**
 * The monthly zakgeld in force on `day` (undefined = the latest): yearly / 12 rounded to cents. Its `ref` is for
 * users: label "Gewaarborgd zakgeld (per maand)", the date and source of the yearly amount, and how it was derived.
 */
export const zakgeldParameter = {
  name: "zakgeld",
  at(day: Day | undefined, argument = "datum"): ZakgeldInForce {
    const yearly = zakgeldJaar.at(day, argument);
    const monthlyMemo = monthlyMemos[currentLanguage()];
    const known = monthlyMemo.get(yearly);
    if (known !== undefined) return known;
    const value = cents(yearly.value.dividedBy(MONTHS));
    const how = msg("zakgeld.how", { yearly: formatAmount(yearly.value) });
    const result: ZakgeldInForce = {
      value,
      yearly,
      ref: {
        name: "zakgeld",
        label: msg("zakgeld.label"),
        from: yearly.ref.from,
        source:
          yearly.ref.derivation === undefined
            ? shownSource(yearly.ref)
            : msg("zakgeld.source", { yearly: formatAmount(yearly.value), derivation: yearly.ref.derivation }),
        derivation:
          yearly.ref.derivation === undefined
            ? msg("zakgeld.derivation", { how, from: yearly.ref.from.split("-").reverse().join("/"), source: shownSource(yearly.ref) })
            : msg("zakgeld.derivationIndexed", { how, derivation: yearly.ref.derivation }),
      },
    };
    monthlyMemo.set(yearly, result);
    return result;
  },
  latest(): ZakgeldInForce {
    return this.at(undefined);
  },
};

/** Maximum number of days in a month. */
export const MAX_DAGEN = 31;

/** The checked `dagen` argument (0..31): the one home of that bound, for the functions, the batch and the pane. */
export function checkedDagen(value: unknown, argument = "dagen"): number {
  return count(value, argument, 0, MAX_DAGEN);
}

/** The checked `aantal_kinderen` argument (a whole number >= 1). */
export function checkedAantalKinderen(value: unknown, argument = "aantal_kinderen"): number {
  return count(value, argument, 1);
}

export interface TekortInput {
  /** EUR per day, >= 0 */
  ligdagprijs: CellValue;
  /** days in the month, 0..31 */
  dagen: CellValue;
  /** one amount or a range of amounts (medication and doctor, laundry, premiums); empty = 0 */
  bijkomendeKosten: CellValue | CellValue[][];
  /** the resident's own monthly resources, >= 0 */
  inkomsten: CellValue;
  /** the guaranteed pocket money; empty = the parameter in force on `datum` */
  zakgeld?: CellValue;
  /** date of the calculation (Excel serial); empty = the latest known zakgeld */
  datum?: CellValue;
}

/** OCMW.TEKORT: max(0, ligdagprijs x dagen + bijkomende kosten + zakgeld - inkomsten), rounded to cents. */
export function tekort(input: TekortInput): Result<Decimal> {
  const ligdagprijs = amount(input.ligdagprijs, "ligdagprijs");
  const dagen = checkedDagen(input.dagen);
  const kosten = amountSum(input.bijkomendeKosten, "bijkomende_kosten");
  const inkomsten = amount(input.inkomsten, "inkomsten");
  const datum = optionalDate(input.datum, "datum");
  const zakgeldGiven = optionalAmount(input.zakgeld, "zakgeld");

  const steps: Step[] = [];
  const verblijf = ligdagprijs.times(dagen);
  steps.push({ label: msg("step.ligdagprijs"), amount: ligdagprijs });
  steps.push({ label: msg("step.aantalDagen"), quantity: dagen });
  steps.push({ label: msg("step.verblijfskost"), amount: verblijf });
  steps.push({ label: msg("step.bijkomendeKosten"), amount: kosten });

  let zakgeld: Decimal;
  let notices: Notice[] | undefined;
  if (zakgeldGiven !== undefined) {
    zakgeld = zakgeldGiven;
    steps.push({ label: msg("step.zakgeldOpgegeven"), amount: zakgeld });
  } else {
    const inForce = zakgeldParameter.at(datum, "datum");
    zakgeld = inForce.value;
    const stale = staleNotice(datum);
    if (stale !== undefined) notices = [stale];
    steps.push({
      label: datum === undefined ? msg("step.zakgeldLaatst") : msg("step.zakgeldDatum"),
      amount: zakgeld,
      parameter: inForce.ref,
      note: stale?.text,
    });
  }
  const nodig = verblijf.plus(kosten).plus(zakgeld);
  steps.push({ label: msg("step.behoefte"), amount: nodig });
  steps.push({ label: msg("step.inkomsten"), amount: inkomsten });
  const value = cents(maxDec(ZERO, nodig.minus(inkomsten)));
  steps.push({ label: msg("step.tekortNul"), amount: value });
  return notices === undefined ? { value, steps } : { value, steps, notices };
}

/**
 * OCMW.KINDSDEEL: the monthly deficit divided by the number of first-degree children (all of them, also those who
 * cannot pay). The OCMW may recover at most this share from each child, so it is a maximum and is rounded DOWN to
 * the cent (the one exception to half-up rounding): n x kindsdeel never exceeds the deficit.
 */
export function kindsdeel(tekortValue: CellValue, aantalKinderen: CellValue): Result<Decimal> {
  const t = amount(tekortValue, "tekort");
  const n = checkedAantalKinderen(aantalKinderen);
  const value = centsDown(t.dividedBy(n));
  return {
    value,
    steps: [
      { label: msg("step.tekort"), amount: t },
      { label: msg("step.aantalKinderen"), quantity: n },
      { label: msg("step.kindsdeel"), amount: value },
    ],
  };
}

/**
 * OCMW.AANDEEL: the OCMW's own share of the deficit, tekort - the sum of the children's contributions. This is the
 * one definition of "Aandeel OCMW" (task pane, written sheet, batch summary and CLI all use it). A sum of
 * contributions above the deficit is refused: the share is never shown smaller than it is.
 */
export function aandeel(tekortValue: CellValue, bijdragen: CellValue | CellValue[][]): Result<Decimal> {
  const t = amount(tekortValue, "tekort");
  const totaal = amountSum(bijdragen, "bijdragen");
  return aandeelOf(t, totaal);
}

/**
 * The OCMW share without its steps, for a face that needs only the figure (the batch's summary, per dossier):
 * tekort - totaal in cents; refused, naming `bijdragen`, when the contributions exceed the deficit.
 */
export function aandeelBedrag(t: Decimal, totaal: Decimal): Decimal {
  if (totaal.greaterThan(t)) {
    throw invalid("bijdragen", msg("aandeel.tooMuch", { totaal: formatAmount(totaal), tekort: formatAmount(t) }));
  }
  return cents(t.minus(totaal));
}

/** The OCMW share from checked values: tekort and the (already summed) contributions. */
export function aandeelOf(t: Decimal, totaal: Decimal): Result<Decimal> {
  const value = aandeelBedrag(t, totaal);
  return {
    value,
    steps: [
      { label: msg("step.tekort"), amount: t },
      { label: msg("step.teruggevorderd"), amount: totaal },
      { label: msg("step.aandeelOcmw"), amount: value },
    ],
  };
}
