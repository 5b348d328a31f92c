/**
 * What the task pane's batch panel needs from a workbook: the lists it can recalculate, a run with progress and
 * cancellation, and selecting a row. Excel implements it in batchExcel.ts; batchMemory.ts holds lists in memory for
 * the preview mode and for tests.
 */

export type BatchSourceKind = "tabel" | "blad";

export interface BatchSource {
  /** stable id: "tabel:Naam" or "blad:Naam" */
  id: string;
  kind: BatchSourceKind;
  /** the table's or the sheet's name */
  name: string;
  /** the sheet the list is on */
  sheet: string;
  /** Dutch label for a list: `Tabel Dossiers (blad Maart)`, `Blad Maart` */
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
  /** rows whose output cells were written */
  written: number;
  /** true when the run was cancelled: rows after `written` are untouched */
  cancelled: boolean;
  /** the first rows with an error (at most 10), to select them */
  firstErrors: BatchErrorRow[];
  /** the name of the summary sheet, when it was written */
  summarySheet?: string;
  method: "schaal" | "benadering";
  /** where the scale came from, when one was used */
  schaalBron?: string;
  /** workbook round trips (context.sync) of the run, when the implementation counts them */
  syncs?: number;
}

export interface BatchPort {
  /** the tables and sheets that may hold a dossier list */
  listSources(): Promise<BatchSource[]>;
  /**
   * Recalculates one list. Rejects with an Error with a Dutch message when the list cannot be processed (no header
   * row, a required column missing, an unusable scale). Cancelling resolves with `cancelled: true`.
   */
  run(source: BatchSource | string, onProgress: (progress: BatchProgress) => void, signal: AbortSignal): Promise<BatchReport>;
  /** selects (and shows) a range given by an address from a report */
  select(address: string): Promise<void>;
}

/** The most error rows a report lists. */
export const FIRST_ERRORS_LIMIT = 10;

export function sourceId(kind: BatchSourceKind, name: string): string {
  return `${kind}:${name}`;
}

export function sourceLabel(kind: BatchSourceKind, name: string, sheet: string): string {
  return kind === "tabel" ? `Tabel ${name} (blad ${sheet})` : `Blad ${name}`;
}

/** Sheets that are not dossier lists: the scale and earlier summaries. */
export function isHelperSheet(name: string): boolean {
  return /^schaal$/i.test(name) || /^samenvatting( \(\d+\))?$/i.test(name);
}
