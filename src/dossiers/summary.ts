/**
 * The per-dossier summary as a sheet (header, one row per dossier, a total, notes), for Excel and the command line.
 * Pure: values only; the faces write them.
 */
import { amountSum, APPROXIMATION_WARNING, toExcelNumber } from "../rules";
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

/** The total of one amount column over the dossiers without error, exact (src/rules sums, never float cents). */
function total(values: (number | undefined)[]): number {
  return toExcelNumber(amountSum(values.filter((v) => v !== undefined).map((v) => [v as number]), "totaal"));
}

/** The label of the summary row for the rows with data but no dossier number. */
export const NO_DOSSIER_LABEL = "(zonder dossiernummer)";

/**
 * The summary sheet: header, one row per dossier, a row for the rows without a dossier number (when there are any),
 * the total (its Rijen and Fouten count every row with data, as the message does; its amounts add the dossiers
 * without error), then notes: the counts, how the contributions were computed, each distinct warning of the rules
 * once (stale amounts, the approximation). Every row has the same width.
 */
export function summaryMatrix(result: BatchResult, options: SummaryOptions = {}): SheetValue[][] {
  const width = SUMMARY_HEADERS.length;
  const pad = (row: SheetValue[]): SheetValue[] => {
    while (row.length < width) row.push("");
    return row;
  };
  const matrix: SheetValue[][] = [[...SUMMARY_HEADERS]];
  const ok = result.summaries.filter((s) => s.status === STATUS_OK);
  let rows = 0;
  let errors = 0;
  for (const s of result.summaries) {
    matrix.push(summaryRow(s));
    rows += s.rows;
    errors += s.errors;
  }
  const loose = result.rowsWithoutDossier;
  if (loose > 0) {
    matrix.push(pad([NO_DOSSIER_LABEL, "", "", "", "", "", loose, loose, `${loose === 1 ? "Een rij" : `${loose} rijen`} met gegevens maar zonder dossiernummer: niet bij een dossier geteld (zie Status in de lijst).`]));
    rows += loose;
    errors += loose;
  }
  matrix.push(
    pad([
      "Totaal (dossiers zonder fout)",
      total(ok.map((s) => s.tekort)),
      "",
      "",
      total(ok.map((s) => s.somBijdragen)),
      total(ok.map((s) => s.aandeelOcmw)),
      rows,
      errors,
      `${ok.length} van ${result.summaries.length} dossiers zonder fout`,
    ]),
  );
  matrix.push(pad([]));
  if (options.bron !== undefined) matrix.push(pad([`Bron: ${options.bron}`]));
  matrix.push(pad([countsLine(result)]));
  if (result.schaalError !== undefined) matrix.push(pad([`Schaal onbruikbaar: ${result.schaalError}`]));
  else if (result.method === "schaal") {
    matrix.push(pad([`Bijdragen volgens de officiële schaal${options.schaalBron ? ` (${options.schaalBron})` : ""}, nooit meer dan het kindsdeel.`]));
  }
  for (const text of noticeTexts(result)) matrix.push(pad([text]));
  matrix.push(pad(["Aandeel OCMW = tekort - som van de bijdragen. Een dossier met een fout krijgt geen som en geen aandeel."]));
  return matrix;
}

/** The counts as one Dutch line, the same in the summary sheet and the message of every face. */
export function countsLine(result: BatchResult): string {
  const c = result.counts;
  const loose = result.rowsWithoutDossier > 0 ? ` (waarvan ${result.rowsWithoutDossier} zonder dossiernummer)` : "";
  return `Rijen: ${c.rows}, OK: ${c.ok}, fouten: ${c.errors}${loose}, lege rijen: ${c.empty}, dossiers: ${c.dossiers}.`;
}

/**
 * The warnings to show once with the batch's figures: each distinct notice of the rules (a stale indexed amount),
 * and the approximation warning once when the contributions were not computed with an official scale.
 */
export function noticeTexts(result: Pick<BatchResult, "notices" | "method" | "schaalError">): string[] {
  const texts: string[] = [];
  const add = (text: string) => {
    if (!texts.includes(text)) texts.push(text);
  };
  for (const n of result.notices) if (n.kind !== "benadering") add(n.text);
  if (result.method === "benadering" && result.schaalError === undefined) {
    // the rules' own approximation notice when they give one, else the shared text: once
    add(result.notices.find((n) => n.kind === "benadering")?.text ?? APPROXIMATION_WARNING);
  }
  return texts;
}
