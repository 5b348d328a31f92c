/**
 * What the task pane's batch panel needs from a workbook: the lists it can recalculate, a run with progress and
 * cancellation, and selecting a row. Excel implements it in batchExcel.ts; batchMemory.ts holds lists in memory for
 * the preview mode and for tests. Both run the one batch runner (src/dossiers/runner.ts) through its ListPort.
 */

import { DossierListError } from "../dossiers/recalculate";
import { isScaleName } from "../dossiers/sheet";
import type { BatchProgress, BatchReport, BatchSource, BatchSourceKind } from "../dossiers/port";
import type { Taal } from "../rules";
import { WORKBOOK_TEXTS } from "./messages";

// the runner's shapes (src/dossiers/port.ts), re-exported for the task pane
export type { BatchErrorRow, BatchPhase, BatchProgress, BatchReport, BatchSource, BatchSourceKind } from "../dossiers/port";
export { FIRST_ERRORS_LIMIT } from "../dossiers/runner";

export interface BatchPort {
  /** the tables and sheets that may hold a dossier list, labelled in `taal` (Dutch by default) */
  listSources(taal?: Taal): Promise<BatchSource[]>;
  /**
   * Recalculates one list in `taal` (Dutch by default): the output headers it adds, the Status texts, the summary
   * sheet ("Samenvatting", "Résumé") and the messages. Rejects with an Error with a message in that language when the
   * list cannot be processed (no header row, a required column missing, an unusable scale). Cancelling resolves with
   * `cancelled: true`.
   */
  run(source: BatchSource | string, onProgress: (progress: BatchProgress) => void, signal: AbortSignal, taal?: Taal): Promise<BatchReport>;
  /** selects (and shows) a range given by an address from a report */
  select(address: string): Promise<void>;
}

export function sourceId(kind: BatchSourceKind, name: string): string {
  return `${kind}:${name}`;
}

/** "Tabel Dossiers (blad Maart)", "Blad Maart"; in French "Tableau Dossiers (feuille Mars)", "Feuille Mars". */
export function sourceLabel(kind: BatchSourceKind, name: string, sheet: string, taal: Taal = "nl"): string {
  const t = WORKBOOK_TEXTS[taal];
  return kind === "tabel" ? t.tableLabel(name, sheet) : t.sheetLabel(name);
}

/** A list for messages: `tabel "Dossiers"`, `blad "Maart"`; in French `tableau « Dossiers »`, `feuille « Mars »`. */
export function sourceWhere(kind: BatchSourceKind, name: string, taal: Taal = "nl"): string {
  const t = WORKBOOK_TEXTS[taal];
  return kind === "tabel" ? t.tableWhere(name) : t.sheetWhere(name);
}

/** Sheets that are not dossier lists: the scale (Schaal, Barème) and earlier summaries (a Dutch or a French run's). */
export function isHelperSheet(name: string): boolean {
  return isScaleName(name) || /^(samenvatting|résumé)( \(\d+\))?$/i.test(name.normalize("NFC"));
}

/** "tabel:Naam" -> { kind, name }; an error in `taal` for anything else. */
export function parseSourceId(source: BatchSource | string, taal: Taal = "nl"): { kind: BatchSourceKind; name: string } {
  if (typeof source !== "string") return { kind: source.kind, name: source.name };
  const colon = source.indexOf(":");
  const kind = source.slice(0, colon);
  if (colon < 0 || (kind !== "tabel" && kind !== "blad")) throw new DossierListError(WORKBOOK_TEXTS[taal].unknownSource(source));
  return { kind, name: source.slice(colon + 1) };
}

/**
 * The conditions of the error marking on Status (Excel and the written file): `cell` differs from each OK status of
 * the run's language (a quote in a status doubled, as an Excel string needs).
 */
export function notOkTests(cell: string, okStatuses: readonly string[]): string[] {
  return okStatuses.map((ok) => `${cell}<>"${ok.replace(/"/g, '""')}"`);
}
