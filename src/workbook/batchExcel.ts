/**
 * Batch recalculation of a dossier list inside Excel (Office.js).
 *
 * 1. Locate the list (a table, or a sheet's used range with a header row in its first rows), the scale (`Schaal`
 *    table or sheet) and the sheet names: a fixed number of round trips.
 * 2. Read only the input columns the batch needs, in chunks of rows whose payload stays well under Office's 5 MB
 *    limit: one `context.sync` per chunk.
 * 3. Compute with the pure batch (src/dossiers).
 * 4. Write the four output columns (added at the right end when missing: table columns for a table), chunk by chunk,
 *    with calculation suspended, one sync per chunk. The four cells of a row are always written in the same chunk,
 *    and cancellation is checked only between chunks, so a row is either fully recalculated or untouched.
 *    Input columns are never written.
 * 5. Write the per-dossier summary on a new sheet (`Samenvatting`, `Samenvatting (2)`, ...).
 */
import {
  cellText,
  DossierListError,
  findHeaderRow,
  freeSheetName,
  HEADER_SCAN_ROWS,
  missingColumns,
  missingColumnsMessage,
  noHeaderRowMessage,
  numberCell,
  OUTPUT_COLUMNS,
  OUTPUT_KEYS,
  presentInputColumns,
  recalculateRows,
  rowAddress,
  splitAddress,
  STATUS_OK,
  SUMMARY_SHEET_NAME,
  summaryMatrix,
  type BatchResult,
  type ColumnIndex,
  type OutputColumn,
} from "../dossiers";
import { parseSchaal, RuleError, type ScaleTable } from "../rules";
import {
  FIRST_ERRORS_LIMIT,
  isHelperSheet,
  sourceId,
  sourceLabel,
  type BatchErrorRow,
  type BatchPort,
  type BatchProgress,
  type BatchReport,
  type BatchSource,
} from "./batchPort";

export interface ExcelBatchOptions {
  /** the payload budget of one round trip, in bytes (estimated as JSON); default 1 MB, well under Office's 5 MB */
  maxPayloadBytes?: number;
  /** the most rows in one chunk; default 5 000 */
  maxRowsPerChunk?: number;
  /** the bytes a cell is assumed to take before the first chunk has been measured; default 40 */
  bytesPerCellGuess?: number;
}

const DEFAULTS: Required<ExcelBatchOptions> = { maxPayloadBytes: 1_000_000, maxRowsPerChunk: 5_000, bytesPerCellGuess: 40 };

/** Overall progress: reading 0-45%, computing 45-50%, writing 50-95%, summary 95-100%. */
const PHASE_SPAN = { lezen: [0, 0.45], rekenen: [0.45, 0.5], schrijven: [0.5, 0.95], samenvatting: [0.95, 1], klaar: [1, 1] } as const;

function progressOf(phase: BatchProgress["phase"], done: number, total: number): BatchProgress {
  const [from, to] = PHASE_SPAN[phase];
  const part = total === 0 ? 1 : done / total;
  return { phase, fraction: from + (to - from) * part, rowsDone: done, rowsTotal: total };
}

/** The JSON size of a value, as Office sends it (close enough for a budget). */
function jsonBytes(values: unknown): number {
  return JSON.stringify(values).length;
}

/** Estimated JSON size of one row of output cells. */
function outputRowBytes(out: readonly (string | number)[]): number {
  let n = 4;
  for (const v of out) n += typeof v === "number" ? 12 : v.length + 3;
  return n;
}

/** Consecutive runs of column indices: [3,4,5,9] -> [[3,3],[9,1]] as [start, width]. */
function runsOf(columns: readonly number[]): [number, number][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

function parseSource(source: BatchSource | string): { kind: "tabel" | "blad"; name: string } {
  if (typeof source !== "string") return { kind: source.kind, name: source.name };
  const colon = source.indexOf(":");
  const kind = source.slice(0, colon);
  if (colon < 0 || (kind !== "tabel" && kind !== "blad")) throw new DossierListError(`Onbekende bron: ${source}`);
  return { kind, name: source.slice(colon + 1) };
}

/** The tables and sheets that may hold a dossier list: every table, then every visible sheet but Schaal and summaries. */
export async function listBatchSources(context: Excel.RequestContext): Promise<BatchSource[]> {
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const tableSheets = tables.items.map((t) => t.worksheet.load("name"));
  await context.sync();
  const sources: BatchSource[] = [];
  tables.items.forEach((t, i) => {
    if (/^schaal$/i.test(t.name)) return;
    const sheet = tableSheets[i].name;
    sources.push({ id: sourceId("tabel", t.name), kind: "tabel", name: t.name, sheet, label: sourceLabel("tabel", t.name, sheet) });
  });
  for (const s of sheets.items) {
    if (isHelperSheet(s.name) || (s.visibility !== undefined && s.visibility !== "Visible")) continue;
    sources.push({ id: sourceId("blad", s.name), kind: "blad", name: s.name, sheet: s.name, label: sourceLabel("blad", s.name, s.name) });
  }
  return sources;
}

/** Where the list is: absolute 0-based sheet positions. */
interface Located {
  source: BatchSource;
  sheet: Excel.Worksheet;
  sheetName: string;
  table?: Excel.Table;
  /** the header row */
  headerRow: number;
  /** the list's first column; column indices of `columns` are relative to it */
  leftColumn: number;
  /** the list's width (columns from leftColumn), before output columns are added */
  width: number;
  /** the first data row and the number of data rows */
  firstRow: number;
  rowCount: number;
  columns: ColumnIndex;
  scale?: ScaleTable;
  scaleWhere?: string;
  sheetNames: string[];
}

/** Recalculates one list. See the module comment. */
export async function runExcelBatch(
  context: Excel.RequestContext,
  source: BatchSource | string,
  onProgress: (progress: BatchProgress) => void = () => undefined,
  signal?: AbortSignal,
  options: ExcelBatchOptions = {},
): Promise<BatchReport> {
  const opts = { ...DEFAULTS, ...options };
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const aborted = () => signal?.aborted === true;

  const list = await locate(context, source, sync);
  const positions = outputPositions(list);

  // read the needed input columns, chunk by chunk, into compact rows (only those columns, in a fixed order)
  const needed = presentInputColumns(list.columns);
  const neededRel = needed.map((key) => list.columns[key] as number);
  const compactColumns: ColumnIndex = {};
  needed.forEach((key, k) => (compactColumns[key] = k));
  const rows: unknown[][] = new Array(list.rowCount);
  const report = (result: BatchResult | undefined, written: number, cancelled: boolean, summarySheet?: string): BatchReport =>
    makeReport(list, positions, result, written, cancelled, summarySheet, syncs, (i) =>
      cellText(rows[i]?.[compactColumns.dossier as number]),
    );
  const readRuns = runsOf(neededRel);
  // where each run's columns land in the compact row
  const runTargets = readRuns.map(([start, width]) => Array.from({ length: width }, (_, j) => neededRel.indexOf(start + j)));
  let bytesPerRow = Math.max(1, needed.length * opts.bytesPerCellGuess);
  let done = 0;
  onProgress(progressOf("lezen", 0, list.rowCount));
  while (done < list.rowCount) {
    if (aborted()) return report(undefined, 0, true);
    const n = Math.min(list.rowCount - done, opts.maxRowsPerChunk, Math.max(1, Math.floor(opts.maxPayloadBytes / bytesPerRow)));
    const ranges = readRuns.map(([start, width]) =>
      list.sheet.getRangeByIndexes(list.firstRow + done, list.leftColumn + start, n, width).load("values"),
    );
    await sync();
    let bytes = 0;
    for (let i = 0; i < n; i++) rows[done + i] = new Array(needed.length);
    ranges.forEach((range, r) => {
      const values = range.values;
      bytes += jsonBytes(values);
      const targets = runTargets[r];
      for (let i = 0; i < n; i++) {
        const source = values[i];
        const target = rows[done + i];
        for (let j = 0; j < targets.length; j++) target[targets[j]] = source[j];
      }
    });
    // the next chunk is sized on what this one weighed
    bytesPerRow = Math.max(1, bytes / n);
    done += n;
    onProgress(progressOf("lezen", done, list.rowCount));
  }

  onProgress(progressOf("rekenen", 0, 1));
  const result = recalculateRows(rows, compactColumns, { schaal: list.scale ?? null, firstRowNumber: list.firstRow + 1 });
  onProgress(progressOf("rekenen", 1, 1));
  if (aborted()) return report(result, 0, true);

  // the output columns: reused when present, else added at the right end
  const missing = OUTPUT_KEYS.filter((key) => list.columns[key] === undefined);
  if (missing.length > 0) {
    if (list.table !== undefined) {
      for (const key of missing) list.table.columns.add(undefined, undefined, OUTPUT_COLUMNS[key]);
    } else {
      list.sheet.getRangeByIndexes(list.headerRow, list.leftColumn + list.width, 1, missing.length).values = [
        missing.map((key) => OUTPUT_COLUMNS[key]),
      ];
    }
    context.application.suspendApiCalculationUntilNextSync();
    await sync();
  }

  // write, chunk by chunk; the four cells of a row always travel together
  const writeRuns = runsOf(OUTPUT_KEYS.map((key) => positions[key]));
  const keyAt = new Map(OUTPUT_KEYS.map((key, k) => [positions[key], k]));
  const outputs = result.outputs;
  let written = 0;
  onProgress(progressOf("schrijven", 0, outputs.length));
  while (written < outputs.length) {
    if (aborted()) return report(result, written, true);
    let end = written;
    let bytes = 0;
    while (end < outputs.length && end - written < opts.maxRowsPerChunk) {
      const b = outputRowBytes(outputs[end]);
      if (end > written && bytes + b > opts.maxPayloadBytes) break;
      bytes += b;
      end++;
    }
    for (const [start, width] of writeRuns) {
      const values: (string | number)[][] = new Array(end - written);
      for (let i = written; i < end; i++) {
        const out = outputs[i];
        const row = new Array(width);
        for (let j = 0; j < width; j++) row[j] = out[keyAt.get(start + j) as number];
        values[i - written] = row;
      }
      list.sheet.getRangeByIndexes(list.firstRow + written, list.leftColumn + start, end - written, width).values = values;
    }
    context.application.suspendApiCalculationUntilNextSync();
    await sync();
    written = end;
    onProgress(progressOf("schrijven", written, outputs.length));
  }

  // the summary, on a new sheet; once the rows are written it is always completed
  const summaryName = freeSheetName(SUMMARY_SHEET_NAME, list.sheetNames);
  const matrix = summaryMatrix(result, { bron: list.source.label, schaalBron: list.scaleWhere });
  const summarySheet = context.workbook.worksheets.add(summaryName);
  let at = 0;
  onProgress(progressOf("samenvatting", 0, matrix.length));
  while (at < matrix.length) {
    let end = at;
    let bytes = 0;
    while (end < matrix.length && end - at < opts.maxRowsPerChunk) {
      const b = outputRowBytes(matrix[end]);
      if (end > at && bytes + b > opts.maxPayloadBytes) break;
      bytes += b;
      end++;
    }
    summarySheet.getRangeByIndexes(at, 0, end - at, matrix[0].length).values = matrix.slice(at, end);
    context.application.suspendApiCalculationUntilNextSync();
    await sync();
    at = end;
    onProgress(progressOf("samenvatting", at, matrix.length));
  }
  onProgress(progressOf("klaar", 1, 1));
  return report(result, outputs.length, false, summaryName);
}

/**
 * Finds the list, its header row and columns, the scale and the sheet names. Throws DossierListError.
 * Round trips: 1. what exists (the list, a scale table or sheet, the sheet names); 2. the list's geometry and the
 * scale's values; 3. for a sheet, its first rows to find the header row.
 */
async function locate(context: Excel.RequestContext, source: BatchSource | string, sync: () => Promise<void>): Promise<Located> {
  const { kind, name } = parseSource(source);
  const workbook = context.workbook;
  const where = kind === "tabel" ? `tabel "${name}"` : `blad "${name}"`;

  // 1. what exists
  const sheets = workbook.worksheets.load("items/name");
  const scaleTable = workbook.tables.getItemOrNullObject("Schaal").load("isNullObject");
  const scaleSheet = workbook.worksheets.getItemOrNullObject("Schaal").load("isNullObject");
  const table = kind === "tabel" ? workbook.tables.getItemOrNullObject(name).load("isNullObject") : undefined;
  const namedSheet = kind === "blad" ? workbook.worksheets.getItemOrNullObject(name).load("isNullObject") : undefined;
  await sync();
  if ((table ?? (namedSheet as Excel.Worksheet)).isNullObject) {
    throw new DossierListError(`${kind === "tabel" ? "Tabel" : "Blad"} "${name}" niet gevonden.`);
  }

  // 2. the list's geometry, the scale's values
  let sheet: Excel.Worksheet;
  let header: Excel.Range | undefined;
  let body: Excel.Range | undefined;
  let used: Excel.Range | undefined;
  if (table !== undefined) {
    sheet = table.worksheet.load("name");
    header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
    body = table.getDataBodyRange().load("rowIndex,rowCount");
  } else {
    sheet = (namedSheet as Excel.Worksheet).load("name");
    used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount,isNullObject");
  }
  let scaleValues: Excel.Range | undefined;
  let scaleUsed: Excel.Range | undefined;
  let scaleWhere: string | undefined;
  if (!scaleTable.isNullObject) {
    scaleValues = scaleTable.getRange().load("values");
    scaleWhere = "tabel Schaal";
  } else if (!scaleSheet.isNullObject && !(kind === "blad" && /^schaal$/i.test(name))) {
    scaleUsed = scaleSheet.getUsedRangeOrNullObject(true).load("values,isNullObject");
    scaleWhere = "blad Schaal";
  }
  await sync();
  const sheetName = sheet.name;
  const src: BatchSource = { id: sourceId(kind, name), kind, name, sheet: sheetName, label: sourceLabel(kind, name, sheetName) };

  let headerRow: number;
  let leftColumn: number;
  let width: number;
  let firstRow: number;
  let rowCount: number;
  let headerValues: unknown[];
  if (header !== undefined && body !== undefined) {
    headerRow = header.rowIndex;
    leftColumn = header.columnIndex;
    width = header.columnCount;
    headerValues = header.values[0];
    firstRow = body.rowIndex;
    rowCount = body.rowCount;
  } else {
    if (used === undefined || used.isNullObject) throw new DossierListError(noHeaderRowMessage(where));
    // 3. the header row is searched in the first rows; a very wide sheet gets fewer rows scanned (bounded payload)
    const scanRows = Math.max(1, Math.min(HEADER_SCAN_ROWS, used.rowCount, Math.floor(20_000 / Math.max(1, used.columnCount))));
    const scan = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, scanRows, used.columnCount).load("values");
    await sync();
    const found = findHeaderRow(scan.values);
    if (found === undefined) throw new DossierListError(noHeaderRowMessage(where));
    headerRow = used.rowIndex + found.index;
    headerValues = scan.values[found.index];
    leftColumn = used.columnIndex;
    width = used.columnCount;
    firstRow = headerRow + 1;
    rowCount = used.rowIndex + used.rowCount - firstRow;
  }
  const columns: ColumnIndex = findHeaderRow([headerValues], 1)?.columns ?? {};
  const missing = missingColumns(columns);
  if (missing.length > 0) throw new DossierListError(missingColumnsMessage(missing, `de kopregel van ${where}`));

  let scale: ScaleTable | undefined;
  const scaleMatrix = scaleValues !== undefined ? scaleValues.values : scaleUsed !== undefined && !scaleUsed.isNullObject ? scaleUsed.values : undefined;
  if (scaleMatrix !== undefined) {
    try {
      scale = parseSchaal(scaleMatrix.map((row) => row.map((v) => numberCell(v))), "schaal");
    } catch (error) {
      if (error instanceof RuleError) throw new DossierListError(`De schaal (${scaleWhere}) is onbruikbaar: ${error.message}`);
      throw error;
    }
  } else scaleWhere = undefined;

  return {
    source: src,
    sheet,
    sheetName,
    table,
    headerRow,
    leftColumn,
    width,
    firstRow,
    rowCount: Math.max(0, rowCount),
    columns,
    scale,
    scaleWhere,
    sheetNames: sheets.items.map((s) => s.name),
  };
}

/** Where the output columns are (relative to the list's first column): reused, or appended in order after the list. */
function outputPositions(list: Located): Record<OutputColumn, number> {
  const positions = {} as Record<OutputColumn, number>;
  let next = list.width;
  for (const key of OUTPUT_KEYS) positions[key] = list.columns[key] ?? next++;
  return positions;
}

function makeReport(
  list: Located,
  positions: Record<OutputColumn, number>,
  result: BatchResult | undefined,
  written: number,
  cancelled: boolean,
  summarySheet: string | undefined,
  syncs: number,
  dossierOf: (i: number) => string,
): BatchReport {
  let ok = 0;
  let errors = 0;
  let empty = 0;
  const firstErrors: BatchErrorRow[] = [];
  let dossiers = 0;
  if (result !== undefined) {
    const lastColumn = list.leftColumn + Math.max(list.width - 1, ...OUTPUT_KEYS.map((k) => positions[k]));
    for (let i = 0; i < written; i++) {
      const status = result.outputs[i][3];
      if (status === "") empty++;
      else if (status === STATUS_OK) ok++;
      else {
        errors++;
        if (firstErrors.length < FIRST_ERRORS_LIMIT) {
          firstErrors.push({
            row: list.firstRow + i + 1,
            address: rowAddress(list.sheetName, list.firstRow + i, list.leftColumn, lastColumn),
            dossier: dossierOf(i),
            status,
          });
        }
      }
    }
    for (const s of result.summaries) if (s.firstRow < written) dossiers++;
  }
  return {
    source: list.source,
    rows: ok + errors,
    ok,
    errors,
    empty,
    dossiers,
    totalRows: list.rowCount,
    written,
    cancelled,
    firstErrors,
    summarySheet,
    method: list.scale !== undefined ? "schaal" : "benadering",
    schaalBron: list.scaleWhere,
    syncs,
  };
}

/** The Excel implementation of the panel's port; `run` is Excel.run (injectable for tests). */
export function createExcelBatchPort(
  excelRun: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = (batch) => Excel.run(batch),
  options: ExcelBatchOptions = {},
): BatchPort {
  return {
    listSources: () => excelRun((context) => listBatchSources(context)),
    run: (source, onProgress, signal) => excelRun((context) => runExcelBatch(context, source, onProgress, signal, options)),
    select: (address) =>
      excelRun(async (context) => {
        const { sheet, range } = splitAddress(address);
        const ws = sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(range).select();
        await context.sync();
      }),
  };
}

