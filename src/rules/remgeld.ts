/**
 * Remgeld: the patient's own share for days of one hospitalisation (seed 003, SPEC 1).
 * Days are numbered over the whole hospitalisation, 1 = day of admission; joining admissions is the caller's business.
 * Every tariff band is summed as (days in band) x (amount per day), so long stays cost no more than short ones.
 */
import { invalid } from "./errors";
import { count, optionalCode, optionalFlag, code, type CellValue } from "./input";
import { cents, dec, formatAmount, ZERO, type Decimal } from "./money";
import { datedParameter } from "./parameters";
import remgeldData from "./parameters/remgeld.json";
import type { ParameterRef, Result, Step } from "./trace";

export const CATEGORIEEN = ["VT", "KIND", "WERKLOOS", "PTL", "ANDER"] as const;
export type Categorie = (typeof CATEGORIEEN)[number];
export const DIENSTEN = ["A", "T"] as const;
export type Dienst = (typeof DIENSTEN)[number];

interface Band {
  fromDay: number;
  /** Infinity: no upper bound */
  toDay: number;
  amount: Decimal;
  label: string;
}

interface Tariffs {
  persoonlijkAandeel: Record<Categorie, { label: string; withPtl: Band[]; withoutPtl: Band[] }>;
  forfaitMedicatiePerDag: Decimal;
  toezicht: Record<Dienst, Band[]>;
  forfaitMedischTechnisch: Decimal;
  kamersupplementPerDag: Decimal;
}

type RawTariffs = (typeof remgeldData.values)[number]["value"];

function toTariffs(raw: RawTariffs): Tariffs {
  const bandsFor = (amounts: Record<string, string>, ptl: boolean): Band[] =>
    raw.persoonlijkAandeel.bands.map((b) => ({
      fromDay: b.fromDay,
      toDay: b.toDay ?? Infinity,
      label: b.label,
      amount: dec(amounts[b.id === "jaar6" ? (ptl ? "jaar6MetPtl" : "jaar6ZonderPtl") : b.id]),
    }));
  const categories = raw.persoonlijkAandeel.categories as Record<Categorie, Record<string, string> & { label: string }>;
  const persoonlijkAandeel = {} as Tariffs["persoonlijkAandeel"];
  for (const c of CATEGORIEEN) {
    persoonlijkAandeel[c] = { label: categories[c].label, withPtl: bandsFor(categories[c], true), withoutPtl: bandsFor(categories[c], false) };
  }
  const toezichtBands = (list: { fromDay: number; toDay: number | null; amount: string; label: string }[]): Band[] =>
    list.map((b) => ({ fromDay: b.fromDay, toDay: b.toDay ?? Infinity, amount: dec(b.amount), label: b.label }));
  return {
    persoonlijkAandeel,
    forfaitMedicatiePerDag: dec(raw.forfaitMedicatiePerDag),
    toezicht: { A: toezichtBands(raw.toezicht.A), T: toezichtBands(raw.toezicht.T) },
    forfaitMedischTechnisch: dec(raw.forfaitMedischTechnisch),
    kamersupplementPerDag: dec(raw.kamersupplementPerDag),
  };
}

export const remgeldTarieven = datedParameter(remgeldData as { name: string; description: string; unit: string; values: { from: string; value: RawTariffs; source: string }[] }, toTariffs);

/** Sum over the bands of (days of [first, last] inside the band) x amount, with one step per band touched. */
function sumBands(bands: Band[], first: number, last: number, title: string, ref: ParameterRef, steps: Step[]): Decimal {
  let total = ZERO;
  for (const band of bands) {
    const from = Math.max(first, band.fromDay);
    const to = Math.min(last, band.toDay);
    if (to < from) continue;
    const days = to - from + 1;
    const part = band.amount.times(days);
    total = total.plus(part);
    steps.push({ label: `${title}, ${band.label}: ${days} dag(en) x ${formatAmount(band.amount)}`, amount: part, parameter: ref });
  }
  return total;
}

export interface RemgeldInput {
  categorie: CellValue;
  eersteDag: CellValue;
  laatsteDag: CellValue;
  metPersonenTenLaste?: CellValue;
  dienst?: CellValue;
  eenpersoonskamer?: CellValue;
  overgeplaatst?: CellValue;
}

/** OCMW.REMGELD: the patient's share for days eerste_dag..laatste_dag of one hospitalisation, rounded to cents. */
export function remgeld(input: RemgeldInput): Result<Decimal> {
  const categorie = code(input.categorie, "categorie", CATEGORIEEN);
  const first = count(input.eersteDag, "eerste_dag", 1);
  const last = count(input.laatsteDag, "laatste_dag", 1);
  if (last < first) throw invalid("laatste_dag", `moet op of na eerste_dag (${first}) liggen, maar is ${last}.`);
  const metPtl = optionalFlag(input.metPersonenTenLaste, "met_personen_ten_laste");
  const dienst = optionalCode(input.dienst, "dienst", DIENSTEN);
  const eenpersoonskamer = optionalFlag(input.eenpersoonskamer, "eenpersoonskamer");
  const overgeplaatst = optionalFlag(input.overgeplaatst, "overgeplaatst");

  const { value: t, ref } = remgeldTarieven.latest();
  const days = last - first + 1;
  const steps: Step[] = [{ label: `Dagen ${first} tot en met ${last} van de opname`, quantity: days }];
  const cat = t.persoonlijkAandeel[categorie];
  let total = sumBands(metPtl ? cat.withPtl : cat.withoutPtl, first, last, `Persoonlijk aandeel (${cat.label})`, ref, steps);

  const medicatie = t.forfaitMedicatiePerDag.times(days);
  steps.push({ label: `Forfait medicatie: ${days} dag(en)`, amount: medicatie, parameter: ref });
  total = total.plus(medicatie);

  if (dienst !== undefined) {
    if (categorie === "VT") steps.push({ label: `Toezichtshonoraria dienst ${dienst}: geen persoonlijk aandeel bij verhoogde tegemoetkoming`, amount: ZERO });
    else total = total.plus(sumBands(t.toezicht[dienst], first, last, `Toezichtshonoraria dienst ${dienst}`, ref, steps));
  }

  if (first === 1) {
    if (categorie === "VT") steps.push({ label: `Forfait medisch-technische prestaties: niet bij verhoogde tegemoetkoming`, amount: ZERO });
    else if (overgeplaatst) steps.push({ label: `Forfait medisch-technische prestaties: niet bij overplaatsing uit een ander ziekenhuis`, amount: ZERO });
    else {
      steps.push({ label: `Forfait medisch-technische prestaties (eenmaal per opname)`, amount: t.forfaitMedischTechnisch, parameter: ref });
      total = total.plus(t.forfaitMedischTechnisch);
    }
  }

  if (eenpersoonskamer) {
    const kamer = t.kamersupplementPerDag.times(days);
    steps.push({ label: `Kamersupplement eenpersoonskamer: ${days} dag(en)`, amount: kamer, parameter: ref });
    total = total.plus(kamer);
  }
  const value = cents(total);
  steps.push({ label: `Remgeld voor deze dagen`, amount: value });
  return { value, steps };
}
