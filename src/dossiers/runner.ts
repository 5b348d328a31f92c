/**
 * The batch runner: the one place that recalculates a dossier list in a workbook, whatever the workbook is (Excel
 * through Office.js, a list in memory). It reads through a ListPort (port.ts), in chunks bounded by bytes, computes
 * with the pure batch (recalculate.ts) and writes back through the same port.
 *
 * Lives here, once: finding the header row and the columns, loading the scale (`Schaal`), the chunk sizes, progress,
 * cancellation, placing the output columns, the checks before each write, the counts, the summary and its formats.
 *
 * Rules (SPEC 3, issue 9):
 * - input cells are never written: only the four output columns and the summary sheet;
 * - before each write chunk the header row and every input cell read of the chunk's rows are read again (in the same
 *   round trip as the write's check): when a column moved, a header changed, or a row was inserted, deleted, sorted or
 *   edited, the run stops, writes nothing more in the list and says what changed (the first changed row);
 * - merged cells in the output columns are refused before anything is written;
 * - the four cells of a row are written together; on a cancel the rows not reached are marked
 *   "niet herberekend (geannuleerd)" ("non recalculé (annulé)" in a French run; their old figures cleared), so no
 *   stale figure looks current;
 * - the summary replaces the one this batch wrote for this list before (found by its marker), never a user's sheet;
 *   after a cancel, or a stop (the list changed, an Excel error) once the list was written in, that summary is
 *   cleared and holds one note saying it is not current and at which row the run stopped; an Excel error's message
 *   says which rows were written (writtenBeforeFailure);
 * - text cells (Status, the summary's Dossier and Status columns) are text cells (TEXT_FORMAT), so a dossier number
 *   like 00123 or 1/3 stays that text;
 * - after the writes the workbook is asked to recalculate.
 */
import { formatDay, formatNumber, isValidSerial, parseSchaal, RuleError, serialToDay, withLanguage, type ScaleTable, type Taal } from "../rules";
import { cellText, dossierKey, isFormulaWithoutValue, numberCell } from "./cells";
import {
  duplicateColumns,
  duplicateColumnsMessage,
  findHeaderRow,
  HEADER_SCAN_ROWS,
  missingColumns,
  missingColumnsMessage,
  noHeaderRowMessage,
  OUTPUT_COLUMNS,
  OUTPUT_COLUMNS_FR,
  headerLabelsOf,
  headerRowOf,
  OUTPUT_KEYS,
  presentInputColumns,
  type ColumnIndex,
  type InputColumn,
  type OutputColumn,
} from "./columns";
import {
  AMOUNT_FORMAT,
  COUNT_FORMAT,
  TEXT_FORMAT,
  type BatchErrorRow,
  type BatchProgress,
  type BatchReport,
  type ListInfo,
  type ListPort,
  type WriteBlock,
  type WriteValue,
} from "./port";
import { DOSSIER_TEXTS, type DossierTexts } from "./messages";
import { DossierListError, errorStatus, isOkStatus, recalculateRows, type BatchResult } from "./recalculate";
import { columnLetter, freeSheetName, rowAddress } from "./sheet";
import { countsLine, noticeTexts, SUMMARY_AMOUNT_COLUMNS, SUMMARY_HEADERS, SUMMARY_HEADERS_BY_LANGUAGE, SUMMARY_SHEET_NAMES, SUMMARY_TOTAL_LABELS, summaryMatrix } from "./summary";

export interface RunnerOptions {
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
  /** the payload budget of one round trip, in bytes (as JSON); default 1 MB, well under Excel on the web's 5 MB */
  maxPayloadBytes?: number;
  /** the most rows in one chunk; default 5 000 */
  maxRowsPerChunk?: number;
  /** rows of the first read chunk, before any row has been measured; default 32 */
  firstChunkRows?: number;
  /**
   * The language of what the run writes: the added output headers, the Status texts and rule errors (through the
   * rules' withLanguage), the summary sheet and the counts line. Dutch by default.
   */
  taal?: Taal;
}

/** The output headers a run adds, in each language. */
const OUTPUT_HEADERS: Readonly<Record<Taal, Readonly<Record<OutputColumn, string>>>> = { nl: OUTPUT_COLUMNS, fr: OUTPUT_COLUMNS_FR };

const DEFAULTS = { maxPayloadBytes: 1_000_000, maxRowsPerChunk: 5_000, firstChunkRows: 32 };

/** The most error rows a report lists. */
export const FIRST_ERRORS_LIMIT = 10;

/** Overall progress: reading 0-45%, computing 45-50%, writing 50-95%, summary 95-100%. */
const PHASE_SPAN = { lezen: [0, 0.45], rekenen: [0.45, 0.5], schrijven: [0.5, 0.95], samenvatting: [0.95, 1], klaar: [1, 1] } as const;

function progressOf(phase: BatchProgress["phase"], done: number, total: number): BatchProgress {
  const [from, to] = PHASE_SPAN[phase];
  const part = total === 0 ? 1 : done / total;
  return { phase, fraction: from + (to - from) * part, rowsDone: done, rowsTotal: total };
}

/** The JSON size of a value, as Office sends it (close enough for a budget). */
export function jsonBytes(values: unknown): number {
  return JSON.stringify(values).length;
}

/** Estimated JSON size of one row of values. */
function rowBytes(row: readonly WriteValue[]): number {
  let n = 4;
  for (const v of row) n += typeof v === "number" ? 12 : v.length + 3;
  return n;
}

/** Consecutive runs of column indices: [3,4,5,9] -> [[3,3],[9,1]] as [start, width]. */
export function runsOf(columns: readonly number[]): [number, number][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

/** The marker of the summary this batch writes for a list (an Excel defined name): the same on every run. */
export function summaryMarker(sourceId: string): string {
  let h = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < sourceId.length; i++) {
    h ^= sourceId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `OCMW_Samenvatting_${h.toString(16).padStart(8, "0")}`;
}

/** The run stopped because the list changed while it ran; nothing more was written. */
export class ListChangedError extends DossierListError {
  constructor(message: string) {
    super(message);
    this.name = "ListChangedError";
  }
}

/** An error of the workbook that means the request was too large: the read is retried with fewer rows. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "PayloadTooLarge" || code === "ResponsePayloadSizeLimitExceeded";
}

interface Layout {
  headerRow: number;
  /** columns relative to the list's left column */
  columns: ColumnIndex;
  header: unknown[];
  firstRow: number;
  rowCount: number;
}

/** The header row, its columns and the data rows; throws a DossierListError (rules' current language) when the list is unusable. */
function layoutOfInfo(info: ListInfo): Layout {
  let index = info.headerIndex;
  if (index === undefined) {
    const found = findHeaderRow(info.scan, HEADER_SCAN_ROWS);
    if (found === undefined) throw new DossierListError(noHeaderRowMessage(info.where));
    index = found.index;
  }
  const header = info.scan[index] ?? [];
  const where = headerRowOf(info.where);
  const duplicates = duplicateColumns(header);
  if (duplicates.length > 0) throw new DossierListError(duplicateColumnsMessage(duplicates, header, info.left, where));
  const columns: ColumnIndex = findHeaderRow([header], 1)?.columns ?? {};
  const missing = missingColumns(columns);
  if (missing.length > 0) throw new DossierListError(missingColumnsMessage(missing, where));
  const headerRow = info.top + index;
  return { headerRow, columns, header, firstRow: headerRow + 1, rowCount: Math.max(0, info.top + info.height - headerRow - 1) };
}

/** Reads in chunks bounded by bytes: a small first chunk, then sized on the heaviest row seen; retried smaller when too large. */
async function readChunked(
  total: number,
  opts: typeof DEFAULTS,
  read: (start: number, count: number) => Promise<unknown[][][]>,
  take: (start: number, count: number, parts: unknown[][][]) => void,
  step: (done: number) => void,
  aborted: () => boolean,
): Promise<{ complete: boolean; heaviest: number }> {
  let done = 0;
  let heaviest = 0;
  let next = Math.min(opts.firstChunkRows, opts.maxRowsPerChunk);
  while (done < total) {
    if (aborted()) return { complete: false, heaviest };
    const n = Math.max(1, Math.min(total - done, next));
    let parts: unknown[][][];
    try {
      parts = await read(done, n);
    } catch (error) {
      if (isPayloadTooLarge(error) && n > 1) {
        next = Math.max(1, Math.floor(n / 4));
        continue;
      }
      throw error;
    }
    // without a payload budget (a file in memory) nothing needs measuring
    if (Number.isFinite(opts.maxPayloadBytes)) {
      for (let i = 0; i < n; i++) {
        let b = 2;
        for (const part of parts) b += jsonBytes(part[i]);
        if (b > heaviest) heaviest = b;
      }
    }
    take(done, n, parts);
    done += n;
    next = Math.min(opts.maxRowsPerChunk, Math.max(1, Math.floor(opts.maxPayloadBytes / Math.max(1, heaviest))));
    step(done);
  }
  return { complete: true, heaviest };
}

/** Loads the workbook's scale in bounded requests; a scale that cannot be read stops the run before anything is written. */
async function loadScale(port: ListPort, info: ListInfo, opts: typeof DEFAULTS, taal: Taal): Promise<ScaleTable | undefined> {
  const t = DOSSIER_TEXTS[taal];
  const scale = info.scale;
  if (scale === undefined || scale.rowCount === 0) return undefined;
  const matrix: unknown[][] = new Array(scale.rowCount);
  await readChunked(
    scale.rowCount,
    opts,
    async (start, count) => [await port.readScale(start, count)],
    (start, count, [rows]) => {
      for (let i = 0; i < count; i++) matrix[start + i] = rows[i];
    },
    () => undefined,
    () => false,
  );
  // a formula without a stored value is never read as empty (SPEC 3): the scale is unusable, naming the cell
  matrix.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isFormulaWithoutValue(v)) {
        throw new DossierListError(t.scaleFormula(scale.where, r + 1, c + 1, t.formulaWithoutValue));
      }
    }),
  );
  try {
    // the rules' message in the run's language
    return withLanguage(taal, () =>
      parseSchaal(
        matrix.map((row) => row.map((v) => numberCell(v))),
        "schaal",
      ),
    );
  } catch (error) {
    if (error instanceof RuleError) {
      // in French the scale is named as a French list names it ("Barème (ligne 1, ...)"); Dutch keeps the rules' text
      const message = taal === "nl" ? error.message : withLanguage(taal, () => errorStatus(error));
      throw new DossierListError(t.scaleUnusable(scale.where, message));
    }
    throw error;
  }
}

/**
 * Recalculates the list the port reads. Rejects with a DossierListError in the run's language (`taal`, Dutch by
 * default) when the list cannot be processed.
 */
export async function runBatch(port: ListPort, options: RunnerOptions = {}): Promise<BatchReport> {
  const opts = {
    maxPayloadBytes: options.maxPayloadBytes ?? DEFAULTS.maxPayloadBytes,
    maxRowsPerChunk: options.maxRowsPerChunk ?? DEFAULTS.maxRowsPerChunk,
    firstChunkRows: options.firstChunkRows ?? DEFAULTS.firstChunkRows,
  };
  const taal = options.taal ?? "nl";
  const headers = OUTPUT_HEADERS[taal];
  const onProgress = options.onProgress ?? (() => undefined);
  const aborted = () => options.signal?.aborted === true;
  const marker = summaryMarker(port.sourceId);

  const info = await port.open(marker, taal);
  // an unusable list is reported in the run's language (the rules' current language chooses the texts)
  const layout = withLanguage(taal, () => layoutOfInfo(info));
  const scale = await loadScale(port, info, opts, taal);

  // the output columns: reused when present, else appended in order after the list (absolute sheet columns)
  const positions = {} as Record<OutputColumn, number>;
  const added: OutputColumn[] = [];
  let nextColumn = info.left + info.width;
  for (const key of OUTPUT_KEYS) {
    const existing = layout.columns[key];
    if (existing !== undefined) positions[key] = info.left + existing;
    else {
      positions[key] = nextColumn++;
      added.push(key);
    }
  }
  const right = Math.max(info.left + info.width - 1, ...OUTPUT_KEYS.map((k) => positions[k]));

  // read the needed input columns into compact rows (only those columns, in a fixed order)
  const needed = presentInputColumns(layout.columns);
  const neededRel = needed.map((key) => layout.columns[key] as number);
  const compact: ColumnIndex = {};
  needed.forEach((key, k) => (compact[key] = k));
  const readRuns = runsOf(neededRel);
  const runTargets = readRuns.map(([start, width]) => Array.from({ length: width }, (_, j) => neededRel.indexOf(start + j)));
  const absRuns = readRuns.map(([start, width]) => [info.left + start, width] as const);
  const total = layout.rowCount;
  const rows: unknown[][] = new Array(total);
  const dossierOf = (i: number) => rows[i]?.[compact.dossier as number];

  const wasRead = (i: number) => rows[i] !== undefined;
  const ctx: WriteContext = {
    port,
    info,
    layout,
    positions,
    right,
    dossierOf,
    rowOf: (i) => rows[i],
    inputRuns: absRuns,
    runTargets,
    inputHeaders: neededRel.map((c) => cellText(layout.header[c])),
    inputColumns: neededRel.map((c) => info.left + c),
    dossierIndex: compact.dossier as number,
    datumIndex: compact.datum,
    probeRows: opts.maxRowsPerChunk,
    wasRead,
    opts,
    existedBefore: added.length === 0,
    taal,
    t: DOSSIER_TEXTS[taal],
    marker,
    touched: false,
    written: 0,
    summary: info.ownSummary,
  };

  onProgress(progressOf("lezen", 0, total));
  const { complete, heaviest } = await readChunked(
    total,
    opts,
    (start, count) => port.read(layout.firstRow + start, count, absRuns),
    (start, count, parts) => {
      for (let i = 0; i < count; i++) rows[start + i] = new Array(needed.length);
      parts.forEach((values, r) => {
        const targets = runTargets[r];
        for (let i = 0; i < count; i++) {
          const source = values[i];
          const target = rows[start + i];
          for (let j = 0; j < targets.length; j++) target[targets[j]] = source[j];
        }
      });
    },
    (done) => onProgress(progressOf("lezen", done, total)),
    aborted,
  );
  // the check before a write reads the chunk's input cells again: a chunk holds no more rows than fit the budget read back
  if (heaviest > 0) ctx.probeRows = Math.max(1, Math.floor(opts.maxPayloadBytes / heaviest));
  const report = (result: BatchResult | undefined, written: number, cancelled: boolean, marked?: number, summarySheet?: string, staleSummary?: string) =>
    makeReport(ctx, scale, result, written, cancelled, marked, summarySheet, staleSummary);
  try {
    if (!complete) {
      const marked = ctx.existedBefore ? await markCancelled(ctx, undefined, 0) : 0;
      const stale = await markSummary(ctx, "cancelled");
      await port.finish();
      return report(undefined, 0, true, marked, undefined, stale);
    }

    onProgress(progressOf("rekenen", 0, 1));
    const result = withLanguage(taal, () =>
      recalculateRows(rows, compact, {
        headerLabels: headerLabelsOf(layout.header, layout.columns),
        schaal: scale ?? null,
        firstRowNumber: layout.firstRow + 1,
        onProgress: (done, count) => onProgress(progressOf("rekenen", done, count)),
        progressEvery: 5000,
      }),
    );
    onProgress(progressOf("rekenen", 1, 1));
    if (aborted()) {
      const marked = ctx.existedBefore ? await markCancelled(ctx, result, 0) : 0;
      const stale = await markSummary(ctx, "cancelled");
      await port.finish();
      return report(result, 0, true, marked, undefined, stale);
    }

    if (added.length > 0) {
      await port.addColumns(
        layout.headerRow,
        positions[added[0]],
        added.map((key) => headers[key]),
      );
      ctx.touched = true;
    }

    // write, chunk by chunk; the four cells of a row always travel together; each chunk is checked first
    const outputs = result.outputs;
    let written = 0;
    onProgress(progressOf("schrijven", 0, outputs.length));
    while (written < outputs.length) {
      if (aborted()) {
        const marked = await markCancelled(ctx, result, written);
        const stale = await markSummary(ctx, "cancelled");
        await port.finish();
        return report(result, written, true, marked, undefined, stale);
      }
      const end = chunkEnd(written, outputs.length, opts, (i) => outputs[i], ctx.probeRows);
      await checkAndWrite(ctx, written, end, (i) => outputs[i], written === 0);
      written = ctx.written = end;
      onProgress(progressOf("schrijven", written, outputs.length));
    }

    // the summary, replacing this batch's own earlier one; once the rows are written it is always completed
    const summaryName = info.ownSummary ?? freeSheetName(SUMMARY_SHEET_NAMES[taal], info.sheetNames);
    const matrix = summaryMatrix(result, { bron: info.source.label, schaalBron: scale === undefined ? undefined : info.scale?.where, taal });
    let at = 0;
    onProgress(progressOf("samenvatting", 0, matrix.length));
    while (at < matrix.length) {
      const end = chunkEnd(at, matrix.length, opts, (i) => matrix[i]);
      await port.writeSummary(summaryName, at, matrix.slice(at, end), SUMMARY_FORMATS, at === 0 ? { replace: info.ownSummary !== undefined, marker } : undefined);
      ctx.summary = summaryName;
      at = end;
      onProgress(progressOf("samenvatting", at, matrix.length));
    }
    // from here the list and its summary agree: a failure of the last round trip (formats, recalculation) marks nothing
    ctx.touched = false;
    const totalRow = matrix.findIndex((row) => typeof row[0] === "string" && row[0] === SUMMARY_TOTAL_LABELS[taal]);
    await port.finish({
      list: {
        headerRow: layout.headerRow,
        left: info.left,
        right,
        firstRow: layout.firstRow,
        lastRow: layout.firstRow + Math.max(0, total - 1),
        statusColumn: positions.status,
        okStatuses: [ctx.t.ok, ctx.t.okBillijkheid],
        amountColumns: [...AMOUNT_INPUTS.map((key) => layout.columns[key]).filter((c): c is number => c !== undefined).map((c) => info.left + c), positions.kindsdeel, positions.vrijstelling, positions.bijdrage],
        dateColumns: layout.columns.datum === undefined ? [] : [info.left + layout.columns.datum],
        addedColumns: added.map((key) => ({ column: positions[key], width: key === "status" ? 40 : Math.max(12, headers[key].length + 3) })),
        isTable: info.isTable,
      },
      summary: {
        name: summaryName,
        format: {
          rows: matrix.length,
          columns: SUMMARY_HEADERS.length,
          totalRow,
          widths: summaryWidths(taal),
        },
      },
    });
    onProgress(progressOf("klaar", 1, 1));
    return report(result, outputs.length, false, undefined, summaryName);
  } catch (error) {
    // the list was written in part: the run's own summary no longer matches it, and an Excel error says what was written
    if (ctx.touched) {
      try {
        // the list changed; the list cannot be written (merged output cells: the user's to mend); or Excel failed
        await markSummary(ctx, error instanceof ListChangedError ? "changed" : error instanceof DossierListError ? "stopped" : "failed");
      } catch {
        // the first error is the one to report
      }
      if (!(error instanceof DossierListError) && typeof error === "object" && error !== null) WRITTEN_BEFORE_FAILURE.set(error, writtenText(ctx));
    }
    throw error;
  }
}

/** Input columns holding euro amounts: a file adapter gives them the amount format (when they hold numbers without one). */
const AMOUNT_INPUTS: readonly InputColumn[] = ["inkomen", "partnerInkomen", "tekort", "ligdagprijs", "bijkomendeKosten", "inkomsten", "zakgeld", "kadastraalInkomen"];

/**
 * The number format of each summary column: euro amounts and counts; the text columns (Dossier, which also holds the
 * total's label and the notes, and Status) are text cells, so a dossier number like 00123 or 1/3 stays that text.
 */
const SUMMARY_FORMATS: readonly (string | null)[] = SUMMARY_HEADERS.map((_, c) =>
  (SUMMARY_AMOUNT_COLUMNS as readonly number[]).includes(c) ? AMOUNT_FORMAT : c === 2 || c === 6 || c === 7 ? COUNT_FORMAT : TEXT_FORMAT,
);

/** Widths of the summary's columns, in characters: each fits its header. */
export const SUMMARY_WIDTHS: readonly number[] = summaryWidths("nl");

/** The summary's column widths for its headers in `taal` ("Somme des contributions" is wider than "Som bijdragen"). */
export function summaryWidths(taal: Taal): number[] {
  const headers = SUMMARY_HEADERS_BY_LANGUAGE[taal];
  return headers.map((h, c) => (c === 0 ? 28 : c === headers.length - 1 ? 60 : Math.max(12, h.length + 3)));
}

interface WriteContext {
  port: ListPort;
  info: ListInfo;
  layout: Layout;
  positions: Record<OutputColumn, number>;
  right: number;
  dossierOf: (i: number) => unknown;
  /** the input cells read of data row i (the needed columns, in compact order), undefined when not read */
  rowOf: (i: number) => unknown[] | undefined;
  /** the input column runs read, as absolute [first column, width], and for each run the compact index of its cells */
  inputRuns: readonly (readonly [number, number])[];
  runTargets: readonly (readonly number[])[];
  /** the header text and the absolute column of each compact input column (for the message of a changed cell) */
  inputHeaders: readonly string[];
  inputColumns: readonly number[];
  /** the compact index of the dossier column */
  dossierIndex: number;
  /** the compact index of Datum, when the list has it (a changed date is shown as a date) */
  datumIndex?: number;
  /** the most rows of one write chunk, so that reading their input cells back stays within the budget */
  probeRows: number;
  /** false for a row not read (a cancel while reading): its dossier cannot be compared */
  wasRead: (i: number) => boolean;
  opts: typeof DEFAULTS;
  /** the output columns were all there before the run (so old figures may stand in them) */
  existedBefore: boolean;
  /** the language of the run (the headers it adds, its texts) */
  taal: Taal;
  /** the batch's texts in that language */
  t: DossierTexts;
  /** the marker (defined name) of this list's summary */
  marker: string;
  /** true once the run has written in the list (columns added, rows written or marked) */
  touched: boolean;
  /** rows written with their recalculated values so far */
  written: number;
  /** the run's own summary sheet: the earlier one found by its marker, or the one this run began */
  summary?: string;
}

/** Bytes a row's number formats add to a write request (a format code per cell). */
const FORMAT_BYTES_PER_CELL = 12;

function chunkEnd(start: number, length: number, opts: typeof DEFAULTS, row: (i: number) => readonly WriteValue[], maxRows = opts.maxRowsPerChunk): number {
  let end = start;
  let bytes = 0;
  while (end < length && end - start < Math.min(maxRows, opts.maxRowsPerChunk)) {
    const values = row(end);
    const b = rowBytes(values) + FORMAT_BYTES_PER_CELL * values.length;
    if (end > start && bytes + b > opts.maxPayloadBytes) break;
    bytes += b;
    end++;
  }
  return end;
}

/** The header the list must still have: the header read, with the output headers at their columns. */
function expectedHeader(ctx: WriteContext): string[] {
  const width = ctx.right - ctx.info.left + 1;
  const header: string[] = [];
  for (let c = 0; c < width; c++) header.push(cellText(ctx.layout.header[c]));
  // an output column found in the list keeps its own header (in either language, any case); an added one has ours
  for (const key of OUTPUT_KEYS) if (ctx.layout.columns[key] === undefined) header[ctx.positions[key] - ctx.info.left] = OUTPUT_HEADERS[ctx.taal][key];
  return header;
}

/** The same cell for the check before a write: empty is empty (null, "" or absent), a date by its time, else the same value. */
function sameCell(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === "object" && typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * Reads the header and every input cell read of rows start..end-1 again (one round trip); throws ListChangedError on
 * a difference, naming the first changed row: a row inserted, deleted, sorted or edited between the read and the write
 * would otherwise get the figures of another row.
 */
async function check(ctx: WriteContext, start: number, end: number, firstWrite: boolean, doneText: string): Promise<void> {
  const { info, layout, t } = ctx;
  const runs = runsOf(OUTPUT_KEYS.map((key) => ctx.positions[key]));
  const probe = await ctx.port.probe({
    headerRow: layout.headerRow,
    left: info.left,
    width: ctx.right - info.left + 1,
    inputs: ctx.inputRuns,
    row: layout.firstRow + start,
    count: end - start,
    targets: runs,
  });
  const stop = (what: string) => {
    throw new ListChangedError(t.changed(what, doneText));
  };
  if (probe.merged.length > 0) {
    const cells = probe.merged.slice(0, 3).join(", ");
    if (firstWrite) {
      const headers = OUTPUT_HEADERS[ctx.taal];
      throw new DossierListError(t.mergedFirst(OUTPUT_KEYS.map((k) => headers[k]).join(", "), `${cells}${probe.merged.length > 3 ? ", ..." : ""}`));
    }
    stop(t.mergedLater(cells));
  }
  const expected = expectedHeader(ctx);
  for (let c = 0; c < expected.length; c++) {
    const now = cellText(probe.header[c]);
    if (now !== expected[c]) {
      const letter = columnLetter(info.left + c);
      stop(expected[c] === "" ? t.headerAdded(letter, now) : now === "" ? t.headerGone(letter, expected[c]) : t.headerRenamed(letter, now, expected[c]));
    }
  }
  const width = ctx.inputHeaders.length;
  const now: unknown[] = new Array(width);
  const show = (v: unknown) => (cellText(v) === "" ? t.inNoDossier : t.inDossier(cellText(v)));
  // the first changed cell of a row, left to right as the user reads it
  const order = Array.from({ length: width }, (_, k) => k).sort((a, b) => ctx.inputColumns[a] - ctx.inputColumns[b]);
  for (let i = start; i < end; i++) {
    const before = ctx.rowOf(i);
    if (before === undefined) continue;
    probe.inputs.forEach((values, r) => {
      const cells = values[i - start] ?? [];
      const targets = ctx.runTargets[r];
      for (let j = 0; j < targets.length; j++) now[targets[j]] = cells[j];
    });
    const row = layout.firstRow + i + 1;
    const d = ctx.dossierIndex;
    if (dossierKey(now[d]) !== dossierKey(before[d])) stop(t.rowMoved(row, show(before[d]), show(now[d])));
    for (const k of order) {
      if (!sameCell(before[k], now[k])) {
        const cell = `${columnLetter(ctx.inputColumns[k])}${row}`;
        // a date as a date ("01/03/2024"), a number as the user reads it in the run's language ("31.234,56",
        // "31 234,56"), a text as it is
        const shown = (v: unknown) =>
          typeof v === "number"
            ? k === ctx.datumIndex && isValidSerial(v)
              ? formatDay(serialToDay(v))
              : withLanguage(ctx.taal, () => formatNumber(v))
            : cellText(v);
        stop(t.cellChanged(row, cell, ctx.inputHeaders[k], shown(before[k]), shown(now[k])));
      }
    }
  }
}

/** Checks, then writes the output cells of rows start..end-1. */
async function checkAndWrite(ctx: WriteContext, start: number, end: number, out: (i: number) => readonly WriteValue[], firstWrite: boolean): Promise<void> {
  const { layout, t } = ctx;
  const doneText = start === 0 ? t.doneNone : t.doneSome(layout.firstRow + 1, layout.firstRow + start, layout.firstRow + start + 1);
  await check(ctx, start, end, firstWrite, doneText);
  const runs = runsOf(OUTPUT_KEYS.map((key) => ctx.positions[key]));
  const keyAt = new Map(OUTPUT_KEYS.map((key, k) => [ctx.positions[key], k]));
  const blocks: WriteBlock[] = runs.map(([column, width]) => {
    const values: WriteValue[][] = new Array(end - start);
    for (let i = start; i < end; i++) {
      const o = out(i);
      const row: WriteValue[] = new Array(width);
      for (let j = 0; j < width; j++) row[j] = o[keyAt.get(column + j) as number];
      values[i - start] = row;
    }
    return { row: layout.firstRow + start, column, values, numberFormats: Array.from({ length: width }, (_, j) => (keyAt.get(column + j)! < 3 ? AMOUNT_FORMAT : TEXT_FORMAT)) };
  });
  await ctx.port.write(blocks);
  ctx.touched = true;
}

/**
 * After a cancel: the rows from `from` on get Status "niet herberekend (geannuleerd)" and empty figures, so no old
 * figure looks recalculated. Rows known to be empty stay empty. Returns how many rows were marked.
 */
async function markCancelled(ctx: WriteContext, result: BatchResult | undefined, from: number): Promise<number> {
  const total = ctx.layout.rowCount;
  const blank: WriteValue[] = ["", "", "", ""];
  const mark: WriteValue[] = ["", "", "", ctx.t.cancelled];
  const isEmpty = (i: number) => result !== undefined && result.outputs[i][3] === "";
  const out = (i: number) => (isEmpty(i) ? blank : mark);
  let marked = 0;
  let at = from;
  while (at < total) {
    const end = chunkEnd(at, total, ctx.opts, out, ctx.probeRows);
    await checkAndWrite(ctx, at, end, out, false);
    for (let i = at; i < end; i++) if (!isEmpty(i)) marked++;
    at = end;
  }
  return marked;
}

/** What an Excel error interrupted: which rows were written before it (writtenBeforeFailure). */
const WRITTEN_BEFORE_FAILURE = new WeakMap<object, string>();

/**
 * For an error that stopped a run after it had written in the list (not one of the batch's own errors, which say it
 * themselves): which rows were written, in the run's language, for the face to add to its message.
 */
export function writtenBeforeFailure(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? WRITTEN_BEFORE_FAILURE.get(error) : undefined;
}

function writtenText(ctx: WriteContext): string {
  const { layout, t } = ctx;
  if (ctx.written === 0) return t.writtenNone;
  if (ctx.written >= layout.rowCount) return t.writtenAll;
  return t.writtenSome(layout.firstRow + 1, layout.firstRow + ctx.written, layout.firstRow + ctx.written + 1);
}

/**
 * After a cancel or a stop once the list was written in: the run's own summary (the one its marker names, or the one
 * it began) would contradict the list, so it is cleared and holds one note saying why and where the run stopped.
 * Returns the sheet's name, or undefined when there is no such summary or the list was not written in.
 */
async function markSummary(ctx: WriteContext, reason: "cancelled" | "changed" | "stopped" | "failed"): Promise<string | undefined> {
  const name = ctx.summary;
  if (name === undefined || !ctx.touched) return undefined;
  const s = ctx.t.summary;
  const where = ctx.info.where;
  const row = ctx.layout.firstRow + ctx.written + 1;
  const note =
    ctx.written >= ctx.layout.rowCount && reason !== "cancelled"
      ? s.staleSummaryFailed(where)
      : reason === "cancelled"
        ? s.staleCancelled(where, row)
        : reason === "changed"
          ? s.staleChanged(where, row)
          : reason === "stopped"
            ? s.staleStopped(where, row)
            : s.staleFailed(where, row);
  await ctx.port.writeSummary(name, 0, [[note]], [TEXT_FORMAT], { replace: true, marker: ctx.marker });
  return name;
}

function makeReport(
  ctx: WriteContext,
  scale: ScaleTable | undefined,
  result: BatchResult | undefined,
  written: number,
  cancelled: boolean,
  marked: number | undefined,
  summarySheet: string | undefined,
  staleSummary?: string,
): BatchReport {
  const { info, layout } = ctx;
  let ok = 0;
  let errors = 0;
  let empty = 0;
  const firstErrors: BatchErrorRow[] = [];
  let dossiers = 0;
  if (result !== undefined) {
    for (let i = 0; i < written; i++) {
      const status = result.outputs[i][3];
      if (status === "") empty++;
      else if (isOkStatus(status)) ok++;
      else {
        errors++;
        if (firstErrors.length < FIRST_ERRORS_LIMIT) {
          firstErrors.push({
            row: layout.firstRow + i + 1,
            address: rowAddress(info.sheet, layout.firstRow + i, info.left, ctx.right),
            dossier: cellText(ctx.dossierOf(i)),
            status,
          });
        }
      }
    }
    for (const s of result.summaries) if (s.firstRow < written) dossiers++;
  }
  const method = scale !== undefined ? "schaal" : "benadering";
  const report: BatchReport = {
    source: info.source,
    rows: ok + errors,
    ok,
    errors,
    empty,
    dossiers,
    totalRows: layout.rowCount,
    written,
    cancelled,
    firstErrors,
    summarySheet,
    method,
    schaalBron: scale === undefined ? undefined : info.scale?.where,
    notices: result === undefined ? [] : noticeTexts(result, ctx.taal),
  };
  // the counts line of the summary sheet, for a face's message: only when every row was written (it counts them all)
  if (result !== undefined && !cancelled && written === result.outputs.length) report.countsLine = countsLine(result, ctx.taal);
  if (marked !== undefined) report.marked = marked;
  if (staleSummary !== undefined) report.staleSummary = staleSummary;
  const syncs = ctx.port.syncs?.();
  if (syncs !== undefined) report.syncs = syncs;
  return report;
}
