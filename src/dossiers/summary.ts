/**
 * The per-dossier summary as a sheet (header, one row per dossier, a total, notes), for Excel and the command line.
 * Pure: values only; the faces write them.
 */
import { APPROXIMATION_WARNING } from "../rules";
import type { BatchResult, DossierSummary } from "./recalculate";
import { STATUS_OK } from "./recalculate";

export const SUMMARY_SHEET_NAME = "Samenvatting";

export const SUMMARY_HEADERS = [
  "Dossier",
  "Tekort",
  "Aantal kinderen",
  "Kindsdeel",
  "Som bijdragen",
  "Aandeel OCMW",
  "Rijen",
  "Fouten",
  "Status",
] as const;

/** Columns of the summary holding euro amounts (0-based), for a number format. */
export const SUMMARY_AMOUNT_COLUMNS = [1, 3, 4, 5] as const;

export type SheetValue = string | number;

function summaryRow(s: DossierSummary): SheetValue[] {
  return [
    s.dossier,
    s.tekort ?? "",
    s.aantalKinderen ?? "",
    s.kindsdeel ?? "",
    s.somBijdragen ?? "",
    s.aandeelOcmw ?? "",
    s.rows,
    s.errors,
    s.status,
  ];
}

export interface SummaryOptions {
  /** where the scale came from ("blad Schaal", a file name), when a scale was used */
  schaalBron?: string;
  /** the list the summary is about, e.g. `tabel Dossiers` or `blad Blad1 van lijst.xlsx` */
  bron?: string;
}

/** Adds cents exactly (amounts are numbers with at most two decimals). */
function addCents(total: number, value: number | undefined): number {
  return value === undefined ? total : Math.round(total * 100 + value * 100) / 100;
}

/** The label of the summary row for the rows with data but no dossier number. */
export const NO_DOSSIER_LABEL = "(zonder dossiernummer)";

/**
 * The summary sheet: header, one row per dossier, a row for the rows without a dossier number (when there are any),
 * the total (its Rijen and Fouten count every row with data, as the message does; its amounts add the dossiers
 * without error), then notes (how the contributions were computed, counts). Every row has the same width.
 */
export function summaryMatrix(result: BatchResult, options: SummaryOptions = {}): SheetValue[][] {
  const width = SUMMARY_HEADERS.length;
  const pad = (row: SheetValue[]): SheetValue[] => {
    while (row.length < width) row.push("");
    return row;
  };
  const matrix: SheetValue[][] = [[...SUMMARY_HEADERS]];
  let tekort = 0;
  let som = 0;
  let aandeel = 0;
  let okDossiers = 0;
  let rows = 0;
  let errors = 0;
  for (const s of result.summaries) {
    matrix.push(summaryRow(s));
    rows += s.rows;
    errors += s.errors;
    if (s.status === STATUS_OK) {
      okDossiers++;
      tekort = addCents(tekort, s.tekort);
      som = addCents(som, s.somBijdragen);
      aandeel = addCents(aandeel, s.aandeelOcmw);
    }
  }
  // rows with data but no dossier number belong to no dossier; each has an error (its Status says so)
  const loose = result.counts.rows - rows;
  if (loose > 0) {
    matrix.push(pad([NO_DOSSIER_LABEL, "", "", "", "", "", loose, loose, `${loose === 1 ? "Een rij" : `${loose} rijen`} met gegevens maar zonder dossiernummer: niet bij een dossier geteld (zie Status in de lijst).`]));
    rows += loose;
    errors += loose;
  }
  matrix.push(
    pad([
      "Totaal (dossiers zonder fout)",
      tekort,
      "",
      "",
      som,
      aandeel,
      rows,
      errors,
      `${okDossiers} van ${result.summaries.length} dossiers zonder fout`,
    ]),
  );
  matrix.push(pad([]));
  const c = result.counts;
  if (options.bron !== undefined) matrix.push(pad([`Bron: ${options.bron}`]));
  matrix.push(pad([`Rijen: ${c.rows}, OK: ${c.ok}, fouten: ${c.errors}, lege rijen: ${c.empty}, dossiers: ${c.dossiers}.`]));
  if (result.schaalError !== undefined) matrix.push(pad([`Schaal onbruikbaar: ${result.schaalError}`]));
  else if (result.method === "schaal") {
    matrix.push(pad([`Bijdragen volgens de officiële schaal${options.schaalBron ? ` (${options.schaalBron})` : ""}, nooit meer dan het kindsdeel.`]));
  } else matrix.push(pad([APPROXIMATION_WARNING]));
  matrix.push(pad(["Aandeel OCMW = tekort - som van de bijdragen. Een dossier met een fout krijgt geen som en geen aandeel."]));
  return matrix;
}
