/**
 * An in-memory implementation of the batch port: lists held as matrices (header row first). For the task pane's
 * preview mode outside Excel and for tests of the panel. Works like the Excel one: output columns are added or
 * reused, rows are written in chunks, cancellation between chunks leaves each row fully recalculated or untouched,
 * and the summary goes to a new "sheet" in `summaries`.
 */
import {
  cellText,
  DossierListError,
  freeSheetName,
  layoutOf,
  OUTPUT_COLUMNS,
  OUTPUT_KEYS,
  recalculateRows,
  rowAddress,
  STATUS_OK,
  SUMMARY_SHEET_NAME,
  summaryMatrix,
  type SheetValue,
} from "../dossiers";
import {
  FIRST_ERRORS_LIMIT,
  sourceId,
  sourceLabel,
  type BatchErrorRow,
  type BatchPort,
  type BatchProgress,
  type BatchReport,
  type BatchSource,
  type BatchSourceKind,
} from "./batchPort";

export interface MemoryList {
  name: string;
  kind?: BatchSourceKind;
  /** the sheet of a table; a sheet's own name by default */
  sheet?: string;
  /** header row first; output columns are written into these rows */
  rows: unknown[][];
}

export interface MemoryBatchPort extends BatchPort {
  lists: MemoryList[];
  /** summary sheets written, by name */
  summaries: Map<string, SheetValue[][]>;
  /** addresses passed to select() */
  selected: string[];
}

export interface MemoryBatchOptions {
  /** rows per chunk (default 500) */
  chunkRows?: number;
  /** a pause between chunks in ms, so a preview shows the progress bar (default 0) */
  delayMs?: number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createMemoryBatchPort(lists: MemoryList[], options: MemoryBatchOptions = {}): MemoryBatchPort {
  const chunkRows = options.chunkRows ?? 500;
  const delayMs = options.delayMs ?? 0;
  const summaries = new Map<string, SheetValue[][]>();
  const selected: string[] = [];
  const sourceOf = (list: MemoryList): BatchSource => {
    const kind = list.kind ?? "blad";
    const sheet = list.sheet ?? list.name;
    return { id: sourceId(kind, list.name), kind, name: list.name, sheet, label: sourceLabel(kind, list.name, sheet) };
  };

  return {
    lists,
    summaries,
    selected,
    async listSources() {
      return lists.map(sourceOf);
    },
    async select(address: string) {
      selected.push(address);
    },
    async run(source, onProgress: (p: BatchProgress) => void, signal: AbortSignal): Promise<BatchReport> {
      const id = typeof source === "string" ? source : source.id;
      const list = lists.find((l) => sourceOf(l).id === id);
      if (list === undefined) throw new DossierListError(`Lijst "${id}" niet gevonden.`);
      const src = sourceOf(list);
      const where = list.kind === "tabel" ? `tabel "${list.name}"` : `blad "${list.name}"`;
      const layout = layoutOf(list.rows, where);
      const data = list.rows.slice(layout.headerRow + 1);
      onProgress({ phase: "lezen", fraction: 0, rowsDone: 0, rowsTotal: data.length });
      await pause(delayMs);
      const result = recalculateRows(data, layout.columns, { firstRowNumber: layout.headerRow + 2 });
      onProgress({ phase: "rekenen", fraction: 0.5, rowsDone: data.length, rowsTotal: data.length });

      // output columns: reused or appended after the widest row
      const header = list.rows[layout.headerRow];
      let width = 0;
      for (const row of list.rows) width = Math.max(width, row.length);
      const positions = OUTPUT_KEYS.map((key) => layout.columns[key] ?? -1);
      const firstErrors: BatchErrorRow[] = [];
      let written = 0;
      let ok = 0;
      let errors = 0;
      let empty = 0;
      const lastColumn = Math.max(width - 1, ...positions, width + positions.filter((p) => p < 0).length - 1);
      const report = (cancelled: boolean, summarySheet?: string): BatchReport => ({
        source: src,
        rows: ok + errors,
        ok,
        errors,
        empty,
        dossiers: result.summaries.filter((s) => s.firstRow < written).length,
        totalRows: data.length,
        written,
        cancelled,
        firstErrors,
        summarySheet,
        method: result.method,
      });
      while (written < data.length) {
        if (signal.aborted) return report(true);
        if (written === 0) {
          positions.forEach((p, k) => {
            if (p >= 0) return;
            positions[k] = width++;
            header[positions[k]] = OUTPUT_COLUMNS[OUTPUT_KEYS[k]];
          });
        }
        const end = Math.min(data.length, written + chunkRows);
        for (let i = written; i < end; i++) {
          const out = result.outputs[i];
          const row = (list.rows[layout.headerRow + 1 + i] ??= []);
          positions.forEach((p, k) => (row[p] = out[k] === "" ? null : out[k]));
          if (out[3] === "") empty++;
          else if (out[3] === STATUS_OK) ok++;
          else {
            errors++;
            if (firstErrors.length < FIRST_ERRORS_LIMIT) {
              firstErrors.push({
                row: layout.headerRow + 2 + i,
                address: rowAddress(src.sheet, layout.headerRow + 1 + i, 0, lastColumn),
                dossier: cellText(data[i]?.[layout.columns.dossier as number]),
                status: out[3],
              });
            }
          }
        }
        written = end;
        onProgress({ phase: "schrijven", fraction: 0.5 + (0.45 * written) / data.length, rowsDone: written, rowsTotal: data.length });
        await pause(delayMs);
      }
      const name = freeSheetName(SUMMARY_SHEET_NAME, [...lists.map((l) => l.sheet ?? l.name), ...summaries.keys()]);
      summaries.set(name, summaryMatrix(result, { bron: src.label }));
      onProgress({ phase: "klaar", fraction: 1, rowsDone: data.length, rowsTotal: data.length });
      return report(false, name);
    },
  };
}
