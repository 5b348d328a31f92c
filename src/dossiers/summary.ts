/**
 * The per-dossier summary as a sheet (header, one row per dossier, a total, notes), for Excel and the command line.
 * Pure: values only; the faces write them.
 */
import { amountSum, msg, toExcelNumber, withLanguage, type Taal } from "../rules";
import type { BatchResult, DossierSummary } from "./recalculate";
import { DOSSIER_TEXTS, type SummaryTexts } from "./messages";
import { isOkStatus } from "./recalculate";

export const SUMMARY_SHEET_NAME = "Samenvatting";
/** The summary sheet's name in each language (a French run writes "Résumé"). */
export const SUMMARY_SHEET_NAMES: Readonly<Record<Taal, string>> = { nl: SUMMARY_SHEET_NAME, fr: "Résumé" };

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

/** The summary's headers in each language, column for column. */
export const SUMMARY_HEADERS_BY_LANGUAGE: Readonly<Record<Taal, readonly string[]>> = {
  nl: SUMMARY_HEADERS,
  fr: ["Dossier", "Déficit", "Nombre d'enfants", "Part d'enfant", "Somme des contributions", "Part du CPAS", "Lignes", "Erreurs", "Statut"],
};

/** The summary's own texts, one catalogue per language (messages.ts). */
const TEXTS: Readonly<Record<Taal, SummaryTexts>> = { nl: DOSSIER_TEXTS.nl.summary, fr: DOSSIER_TEXTS.fr.summary };

/** The first cell of the summary's total row, in each language. */
export const SUMMARY_TOTAL_LABELS: Readonly<Record<Taal, string>> = { nl: TEXTS.nl.total, fr: TEXTS.fr.total };

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
  /** the language of the sheet's headers and notes; Dutch by default */
  taal?: Taal;
}

/** The total of one amount column over the dossiers without error, exact (src/rules sums, never float cents). */
function total(values: (number | undefined)[]): number {
  return toExcelNumber(amountSum(values.filter((v) => v !== undefined).map((v) => [v as number]), "totaal"));
}

/** The label of the summary row for the rows with data but no dossier number. */
export const NO_DOSSIER_LABEL = TEXTS.nl.noDossier;

/**
 * The summary sheet: header, one row per dossier, a row for the rows without a dossier number (when there are any),
 * the total (its Rijen and Fouten count every row with data, as the message does; its amounts add the dossiers
 * without error), then notes: the counts, how the contributions were computed, each distinct warning of the rules
 * once (stale amounts, the approximation). Every row has the same width.
 */
export function summaryMatrix(result: BatchResult, options: SummaryOptions = {}): SheetValue[][] {
  const taal = options.taal ?? "nl";
  const t = TEXTS[taal];
  const width = SUMMARY_HEADERS.length;
  const pad = (row: SheetValue[]): SheetValue[] => {
    while (row.length < width) row.push("");
    return row;
  };
  const matrix: SheetValue[][] = [[...SUMMARY_HEADERS_BY_LANGUAGE[taal]]];
  // a dossier's status is OK in the run's language ("OK" in both)
  const ok = result.summaries.filter((s) => isOkStatus(s.status));
  let rows = 0;
  let errors = 0;
  for (const s of result.summaries) {
    matrix.push(summaryRow(s));
    rows += s.rows;
    errors += s.errors;
  }
  const loose = result.rowsWithoutDossier;
  if (loose > 0) {
    matrix.push(pad([t.noDossier, "", "", "", "", "", loose, loose, t.looseRows(loose)]));
    rows += loose;
    errors += loose;
  }
  matrix.push(
    pad([
      t.total,
      total(ok.map((s) => s.tekort)),
      "",
      "",
      total(ok.map((s) => s.somBijdragen)),
      total(ok.map((s) => s.aandeelOcmw)),
      rows,
      errors,
      t.totalStatus(ok.length, result.summaries.length),
    ]),
  );
  matrix.push(pad([]));
  if (options.bron !== undefined) matrix.push(pad([t.source(options.bron)]));
  matrix.push(pad([countsLine(result, taal)]));
  if (result.schaalError !== undefined) matrix.push(pad([t.scaleUnusable(result.schaalError)]));
  else if (result.method === "schaal") matrix.push(pad([options.schaalBron ? t.scaleUsedFrom(options.schaalBron) : t.scaleUsed()]));
  for (const text of noticeTexts(result, taal)) matrix.push(pad([text]));
  matrix.push(pad([t.shareNote]));
  return matrix;
}

/** The counts as one line (Dutch by default), the same in the summary sheet and the message of every face. */
export function countsLine(result: BatchResult, taal: Taal = "nl"): string {
  const c = result.counts;
  const loose = result.rowsWithoutDossier;
  return loose > 0 ? TEXTS[taal].countsLoose({ ...c, loose }) : TEXTS[taal].counts(c);
}

/**
 * The warnings to show once with the batch's figures: each distinct notice of the rules (a stale indexed amount),
 * and the approximation warning once when contributions were computed without an official scale (not for a list
 * without a computed row).
 */
export function noticeTexts(
  result: Pick<BatchResult, "notices" | "method" | "schaalError"> & { counts?: Pick<BatchResult["counts"], "ok"> },
  taal: Taal = "nl",
): string[] {
  const texts: string[] = [];
  const add = (text: string) => {
    if (!texts.includes(text)) texts.push(text);
  };
  for (const n of result.notices) if (n.kind !== "benadering") add(n.text);
  // no row computed (a list with only its header, or every row in error): no contribution was approximated
  const computed = result.notices.some((n) => n.kind === "benadering") || (result.counts?.ok ?? 1) > 0;
  if (result.method === "benadering" && result.schaalError === undefined && computed) {
    // the rules' own approximation notice when they give one, else the shared text: once
    add(result.notices.find((n) => n.kind === "benadering")?.text ?? withLanguage(taal, () => msg("notice.approximation")));
  }
  return texts;
}
