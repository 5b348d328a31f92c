/**
 * What the task pane's batch panel needs from a workbook: the lists it can recalculate, a run with progress and
 * cancellation, and selecting a row. Excel implements it in batchExcel.ts; batchMemory.ts holds lists in memory for
 * the preview mode and for tests. Both run the one batch runner (src/dossiers/runner.ts) through its ListPort.
 */

import { DossierListError } from "../dossiers/recalculate";
import type { BatchProgress, BatchReport, BatchSource, BatchSourceKind } from "../dossiers/port";

// the runner's shapes (src/dossiers/port.ts), re-exported for the task pane
export type { BatchErrorRow, BatchPhase, BatchProgress, BatchReport, BatchSource, BatchSourceKind } from "../dossiers/port";
export { FIRST_ERRORS_LIMIT } from "../dossiers/runner";

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

/** "tabel:Naam" -> { kind, name }; a Dutch error for anything else. */
export function parseSourceId(source: BatchSource | string): { kind: BatchSourceKind; name: string } {
  if (typeof source !== "string") return { kind: source.kind, name: source.name };
  const colon = source.indexOf(":");
  const kind = source.slice(0, colon);
  if (colon < 0 || (kind !== "tabel" && kind !== "blad")) throw new DossierListError(`Onbekende bron: ${source}`);
  return { kind, name: source.slice(colon + 1) };
}
