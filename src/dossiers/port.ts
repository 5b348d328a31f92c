/**
 * The port of the batch runner (runner.ts): what it needs from a workbook to recalculate one dossier list. The
 * adapters live in src/workbook (Excel through Office.js, a list held in memory); they implement this port, so the
 * dependency runs Workbook -> Dossiers. Every method is one round trip to the workbook; positions are absolute,
 * 0-based sheet rows and columns of the list's sheet.
 *
 * Also here: the shapes the runner reports (sources, progress, the report) that the task pane shows.
 */
import type { Taal } from "../rules";
import { DOSSIER_TEXTS } from "./messages";
import type { SheetValue } from "./summary";

export type BatchSourceKind = "tabel" | "blad";

export interface BatchSource {
  /** stable id: "tabel:Naam" or "blad:Naam" */
  id: string;
  kind: BatchSourceKind;
  /** the table's or the sheet's name */
  name: string;
  /** the sheet the list is on */
  sheet: string;
  /** label for a list, in the language asked for: `Tabel Dossiers (blad Maart)`, `Blad Maart`, `Feuille Maart` */
  label: string;
}

export type BatchPhase = "lezen" | "rekenen" | "schrijven" | "samenvatting" | "klaar";

export interface BatchProgress {
  phase: BatchPhase;
  /** overall progress, 0..1 */
  fraction: number;
  /** rows read or written so far in this phase */
  rowsDone: number;
  rowsTotal: number;
}

export interface BatchErrorRow {
  /** the sheet row number users see (1-based) */
  row: number;
  /** the row of the list as an A1 address with its sheet, e.g. `'Blad 1'!A5:N5` */
  address: string;
  dossier: string;
  status: string;
}

export interface BatchReport {
  source: BatchSource;
  /** rows with data among the rows written (= ok + errors) */
  rows: number;
  ok: number;
  errors: number;
  /** empty rows among the rows written */
  empty: number;
  dossiers: number;
  /** data rows of the list (written or not) */
  totalRows: number;
  /** rows whose output cells were written with their recalculated values */
  written: number;
  /** true when the run was cancelled: rows after `written` are marked "niet herberekend (geannuleerd)" */
  cancelled: boolean;
  /** rows marked as not recalculated after a cancel */
  marked?: number;
  /**
   * after a cancel (or a stop) once the list was written in: the run's own summary sheet, cleared and holding a note
   * that it was not brought up to date
   */
  staleSummary?: string;
  /** the first rows with an error (at most 10), to select them */
  firstErrors: BatchErrorRow[];
  /** the name of the summary sheet, when it was written */
  summarySheet?: string;
  method: "schaal" | "benadering";
  /** where the scale came from, when one was used */
  schaalBron?: string;
  /** the warnings to show once with the figures (stale amounts, the approximation) */
  notices: string[];
  /** the counts as the summary sheet states them (summary.ts countsLine), when the whole list was written */
  countsLine?: string;
  /** workbook round trips (context.sync) of the run, when the adapter counts them */
  syncs?: number;
}

/** The status of a row the batch did not reach because it was cancelled (Dutch; see cancelledStatus). */
export const STATUS_CANCELLED = DOSSIER_TEXTS.nl.cancelled;

/** That status in `taal`: "niet herberekend (geannuleerd)", "non recalculé (annulé)". */
export function cancelledStatus(taal: Taal): string {
  return DOSSIER_TEXTS[taal].cancelled;
}

/** Where the list is, as the adapter found it (one round trip). */
export interface ListInfo {
  source: BatchSource;
  /** for messages, in the run's language: `tabel "Dossiers"`, `blad "Maart"`, `feuille « Maart »` */
  where: string;
  /** the name of the list's sheet */
  sheet: string;
  /** the list's first row (sheet row of scan[0]) and first column */
  top: number;
  left: number;
  /** the list's columns and rows from `top` (title rows, header row and data rows) */
  width: number;
  height: number;
  /** the first rows of the list (at most HEADER_SCAN_ROWS), `width` columns wide, to find the header row */
  scan: unknown[][];
  /** the header row's index in `scan` when the workbook knows it (a table: 0) */
  headerIndex?: number;
  /** true for an Excel table: new columns become table columns */
  isTable: boolean;
  /** every sheet's name, for choosing a free one */
  sheetNames: string[];
  /** the sheet holding the summary this batch wrote before for this list (found by its marker), if any */
  ownSummary?: string;
  /** the workbook's scale (`Schaal` table or sheet), when there is one: where, and its size */
  scale?: { where: string; rowCount: number; columnCount: number };
}

/** What the runner checks before each write: the header row and the input cells of the rows it will write. */
export interface ProbeRequest {
  headerRow: number;
  /** header cells read: columns left .. left + width - 1 */
  left: number;
  width: number;
  /** the input column runs [first column, width] read again for these rows (the runs the run read them with) */
  inputs: readonly (readonly [number, number])[];
  /** the data rows about to be written */
  row: number;
  count: number;
  /** the output column runs [first column, width]: merged cells there are reported */
  targets: readonly (readonly [number, number])[];
}

export interface ProbeResult {
  header: unknown[];
  /** for each run of `inputs`, the rows row .. row + count - 1 (as `read` gives them) */
  inputs: unknown[][][];
  /** A1 addresses of merged cells overlapping the target cells (of these rows or the header row) */
  merged: string[];
}

/** A value the runner writes: a number, text (always written as text, never as a formula) or "" for empty. */
export type WriteValue = number | string;

export interface WriteBlock {
  row: number;
  column: number;
  values: WriteValue[][];
  /** the number format of each column of the block (null: leave the cell's format) */
  numberFormats?: (string | null)[];
}

/** Number formats the batch gives amounts and counts (Excel codes; Excel shows them in the user's locale). */
export const AMOUNT_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "0";
export const DATE_FORMAT = "dd/mm/yyyy";
/** Excel's text format: a dossier number like 00123, 2024-03 or 1/3 written into such a cell stays that text. */
export const TEXT_FORMAT = "@";
/** The named font of headers (never a fallback font). */
export const HEADER_FONT = "Calibri";

/** How the written cells look (the adapter maps it to its own formats). */
export interface ListFormat {
  headerRow: number;
  left: number;
  /** the list's last column after the output columns were added */
  right: number;
  firstRow: number;
  lastRow: number;
  /** the Status column */
  statusColumn: number;
  /** the OK statuses of the run's language ("OK", "OK (billijkheid)" / "OK (équité)"): rows with one are no errors */
  okStatuses: readonly string[];
  /** columns holding euro amounts (inputs and outputs) and dates: a file adapter formats the numbers in them */
  amountColumns?: number[];
  dateColumns?: number[];
  /** output columns added by this run, with their width in characters (fits the header and the figures) */
  addedColumns: { column: number; width: number }[];
  isTable: boolean;
}

export interface SummaryFormat {
  /** rows and columns of the summary */
  rows: number;
  columns: number;
  /** the total row (0-based) */
  totalRow: number;
  /** column widths in characters */
  widths: readonly number[];
}

export interface FinishFormat {
  list: ListFormat;
  summary?: { name: string; format: SummaryFormat };
}

export interface ListPort {
  /** the id of the list this port reads ("tabel:Naam", "blad:Naam") */
  readonly sourceId: string;
  /**
   * Locates the list (a DossierListError in `taal` when it does not exist); `summaryMarker` names this list's summary;
   * `taal` (Dutch by default) is the language of the run: the `where` and the source's label are in it.
   */
  open(summaryMarker: string, taal?: Taal): Promise<ListInfo>;
  /** Rows `row .. row + count - 1` of the scale (0-based within the scale), all its columns. */
  readScale(row: number, count: number): Promise<unknown[][]>;
  /** Data cells: for each column run [first column, width], the rows `row .. row + count - 1`. */
  read(row: number, count: number, runs: readonly (readonly [number, number])[]): Promise<unknown[][][]>;
  /** The header row, the input cells of the rows and merged target cells, just before a write (one round trip). */
  probe(request: ProbeRequest): Promise<ProbeResult>;
  /** Adds output columns after the list (a table grows; on a sheet the header cells are written). */
  addColumns(headerRow: number, column: number, headers: string[]): Promise<void>;
  /** Writes blocks on the list's sheet, text as text. */
  write(blocks: readonly WriteBlock[]): Promise<void>;
  /**
   * Writes rows of the summary sheet from row `at`. With `create`, first makes the sheet: a new sheet `name` with
   * the marker, or (replace) clears the batch's own earlier summary `name`.
   */
  writeSummary(
    name: string,
    at: number,
    rows: readonly SheetValue[][],
    numberFormats: readonly (string | null)[],
    create?: { replace: boolean; marker: string },
  ): Promise<void>;
  /**
   * The last round trip: formats the list's output and the summary when given (header font, widths, filter, error
   * rows marked, frozen header, page set-up), then asks the workbook to recalculate, so the user's own formulas over
   * the outputs are current.
   */
  finish(format?: FinishFormat): Promise<void>;
  /** Round trips so far, when the adapter counts them. */
  syncs?(): number;
}
