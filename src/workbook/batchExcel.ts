/**
 * The Excel adapter of the batch runner (src/dossiers/runner.ts): its ListPort through Office.js, one
 * `context.sync` per port call, plus the task pane's BatchPort (list the tables and sheets, run, select a row).
 *
 * Office.js specifics live here: tables grow by table columns; text that Excel would take for a formula (starting
 * with =, +, -, @) is written as text; merged cells are found with getMergedAreasOrNullObject; the summary is marked
 * with a defined name so a rerun replaces it; Office errors reach the user in the run's language (officeErrors.ts).
 */
import {
  DossierListError,
  HEADER_FONT,
  isScaleName,
  HEADER_SCAN_ROWS,
  runBatch,
  splitAddress,
  writtenBeforeFailure,
  columnLetter,
  type BatchProgress,
  type BatchReport,
  type BatchSource,
  type FinishFormat,
  type ListFormat,
  type ListInfo,
  type ListPort,
  type ProbeRequest,
  type ProbeResult,
  type RunnerOptions,
  type SheetValue,
  type SummaryFormat,
  type WriteBlock,
  type WriteValue,
} from "../dossiers";
import type { Taal } from "../rules";
import { isHelperSheet, notOkTests, parseSourceId, sourceId, sourceLabel, sourceWhere, type BatchPort } from "./batchPort";
import { WORKBOOK_TEXTS } from "./messages";
import { workbookError } from "./officeErrors";

export type ExcelBatchOptions = Pick<RunnerOptions, "maxPayloadBytes" | "maxRowsPerChunk" | "firstChunkRows" | "taal">;

/**
 * The tables and sheets that may hold a dossier list: every table, then every visible sheet but Schaal and summaries;
 * labelled in `taal`.
 */
export async function listBatchSources(context: Excel.RequestContext, taal: Taal = "nl"): Promise<BatchSource[]> {
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  await context.sync();
  const tableSheets = tables.items.map((t) => t.worksheet.load("name"));
  await context.sync();
  const sources: BatchSource[] = [];
  tables.items.forEach((t, i) => {
    if (isScaleName(t.name)) return;
    const sheet = tableSheets[i].name;
    sources.push({ id: sourceId("tabel", t.name), kind: "tabel", name: t.name, sheet, label: sourceLabel("tabel", t.name, sheet, taal) });
  });
  for (const s of sheets.items) {
    if (isHelperSheet(s.name) || (s.visibility !== undefined && s.visibility !== "Visible")) continue;
    sources.push({ id: sourceId("blad", s.name), kind: "blad", name: s.name, sheet: s.name, label: sourceLabel("blad", s.name, s.name, taal) });
  }
  return sources;
}

/**
 * Text Excel would turn into a formula or a number sign (=, +, -, @) or whose apostrophe it would eat: written with
 * Excel's text prefix (a leading apostrophe, not shown and not part of the value), so it stays the text it is.
 */
export function asText(value: WriteValue): WriteValue {
  if (typeof value !== "string" || value.length === 0) return value;
  const first = value.charCodeAt(0);
  // = + - @ '
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 39 ? `'${value}` : value;
}

function protect(values: readonly (readonly WriteValue[])[]): WriteValue[][] {
  return values.map((row) => row.map(asText));
}

function formatsFor(rows: number, formats: readonly (string | null)[], first: number, width: number): string[][] | undefined {
  const slice = formats.slice(first, first + width);
  if (slice.every((f) => f === null)) return undefined;
  // a column without a format keeps Excel's General
  const row = slice.map((f) => f ?? "General");
  return Array.from({ length: rows }, () => row);
}

/** Consecutive columns that share "has a format" and the format, for writing formats without touching others. */
function formatRuns(formats: readonly (string | null)[]): { start: number; width: number; format: string }[] {
  const runs: { start: number; width: number; format: string }[] = [];
  formats.forEach((f, c) => {
    if (f === null) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.width === c && last.format === f) last.width++;
    else runs.push({ start: c, width: 1, format: f });
  });
  return runs;
}

/**
 * True when Excel supports the ExcelApi requirement set `version` (outside Office, e.g. in tests, assumed true).
 * Merged-cell detection (1.13) and the page set-up and filter (1.9) are skipped on an older Excel rather than failing.
 */
function supports(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(name: string, v: string): boolean } } } }).Office;
  const requirements = office?.context?.requirements;
  return requirements === undefined ? true : requirements.isSetSupported("ExcelApi", version);
}

/** Points of a column `chars` characters wide in Calibri 11 (Excel's default 8.43 characters = 48 points). */
const pointsFor = (chars: number) => Math.round((chars + 1) * 5.7);

/** The ListPort of one list in an Excel workbook. */
export class ExcelListPort implements ListPort {
  readonly sourceId: string;
  private readonly kind: "tabel" | "blad";
  private readonly name: string;
  private count = 0;
  private sheet?: Excel.Worksheet;
  private table?: Excel.Table;
  private scaleBox?: { sheet: Excel.Worksheet; top: number; left: number; columns: number };
  private staleMarker = false;
  /** the language of the run (open() sets it): the list's `where`, the marker's comment */
  private taal: Taal = "nl";

  constructor(private readonly context: Excel.RequestContext, source: BatchSource | string) {
    const { kind, name } = parseSourceId(source);
    this.kind = kind;
    this.name = name;
    this.sourceId = sourceId(kind, name);
  }

  syncs(): number {
    return this.count;
  }

  private async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }

  private ws(): Excel.Worksheet {
    if (this.sheet === undefined) throw new Error("ExcelListPort: open() first");
    return this.sheet;
  }

  async open(summaryMarker: string, taal: Taal = "nl"): Promise<ListInfo> {
    const { kind, name, context } = this;
    this.taal = taal;
    const t = WORKBOOK_TEXTS[taal];
    const workbook = context.workbook;
    const where = sourceWhere(kind, name, taal);

    // 1. what exists: the list, a scale, the sheet names, this list's earlier summary
    const sheets = workbook.worksheets.load("items/name");
    // the scale: a table or a sheet named Schaal or Barème (any case, with or without accents)
    const tables = workbook.tables.load("items/name");
    const table = kind === "tabel" ? workbook.tables.getItemOrNullObject(name).load("isNullObject") : undefined;
    const namedSheet = kind === "blad" ? workbook.worksheets.getItemOrNullObject(name).load("isNullObject") : undefined;
    const marker = workbook.names.getItemOrNullObject(summaryMarker).load("isNullObject,formula");
    await this.sync();
    if ((table ?? (namedSheet as Excel.Worksheet)).isNullObject) {
      throw new DossierListError(kind === "tabel" ? t.tableNotFound(name) : t.sheetNotFound(name));
    }
    const sheetNames = sheets.items.map((s) => s.name);
    const scaleTable = tables.items.find((t) => isScaleName(t.name));
    const scaleSheet = kind === "blad" && isScaleName(name) ? undefined : sheets.items.find((s) => isScaleName(s.name));

    // 2. the list's geometry, the scale's size
    let sheet: Excel.Worksheet;
    let header: Excel.Range | undefined;
    let body: Excel.Range | undefined;
    let used: Excel.Range | undefined;
    if (table !== undefined) {
      this.table = table;
      sheet = table.worksheet.load("name");
      header = table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount");
      body = table.getDataBodyRange().load("rowIndex,rowCount");
    } else {
      sheet = (namedSheet as Excel.Worksheet).load("name");
      used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount,isNullObject");
    }
    this.sheet = sheet;
    let scaleRange: Excel.Range | undefined;
    let scaleWhere: string | undefined;
    let scaleOwner: Excel.Worksheet | undefined;
    if (scaleTable !== undefined) {
      scaleRange = scaleTable.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
      scaleOwner = scaleTable.worksheet;
      scaleWhere = t.scaleTable(scaleTable.name);
    } else if (scaleSheet !== undefined) {
      scaleRange = scaleSheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount,isNullObject");
      scaleOwner = scaleSheet;
      scaleWhere = t.scaleSheet(scaleSheet.name);
    }
    await this.sync();
    const sheetName = sheet.name;
    const source: BatchSource = { id: this.sourceId, kind, name, sheet: sheetName, label: sourceLabel(kind, name, sheetName, taal) };

    let ownSummary: string | undefined;
    if (!marker.isNullObject) {
      const target = splitAddress(String(marker.formula ?? "").replace(/^=/, "")).sheet;
      const found = target === undefined ? undefined : sheetNames.find((n) => n.toLowerCase() === target.toLowerCase());
      if (found !== undefined && found.toLowerCase() !== sheetName.toLowerCase()) ownSummary = found;
      else this.staleMarker = true;
    }
    let scale: ListInfo["scale"];
    if (scaleRange !== undefined && scaleOwner !== undefined && !(scaleOwner === scaleSheet && scaleRange.isNullObject)) {
      this.scaleBox = { sheet: scaleOwner, top: scaleRange.rowIndex, left: scaleRange.columnIndex, columns: scaleRange.columnCount };
      scale = { where: scaleWhere as string, rowCount: scaleRange.rowCount, columnCount: scaleRange.columnCount };
    }

    const info = { source, where, sheet: sheetName, isTable: table !== undefined, sheetNames, ownSummary, scale };
    if (header !== undefined && body !== undefined) {
      return {
        ...info,
        top: header.rowIndex,
        left: header.columnIndex,
        width: header.columnCount,
        height: 1 + body.rowCount,
        scan: header.values,
        headerIndex: 0,
      };
    }
    if (used === undefined || used.isNullObject) return { ...info, top: 0, left: 0, width: 0, height: 0, scan: [] };
    // 3. the first rows, to find the header row; a very wide sheet gets fewer rows scanned (bounded payload)
    const scanRows = Math.max(1, Math.min(HEADER_SCAN_ROWS, used.rowCount, Math.floor(20_000 / Math.max(1, used.columnCount))));
    const scan = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, scanRows, used.columnCount).load("values");
    await this.sync();
    return { ...info, top: used.rowIndex, left: used.columnIndex, width: used.columnCount, height: used.rowCount, scan: scan.values };
  }

  async readScale(row: number, count: number): Promise<unknown[][]> {
    const box = this.scaleBox;
    if (box === undefined) return [];
    const range = box.sheet.getRangeByIndexes(box.top + row, box.left, count, box.columns).load("values");
    await this.sync();
    return range.values;
  }

  async read(row: number, count: number, runs: readonly (readonly [number, number])[]): Promise<unknown[][][]> {
    const ranges = runs.map(([column, width]) => this.ws().getRangeByIndexes(row, column, count, width).load("values"));
    await this.sync();
    return ranges.map((r) => r.values);
  }

  async probe(request: ProbeRequest): Promise<ProbeResult> {
    const ws = this.ws();
    const header = ws.getRangeByIndexes(request.headerRow, request.left, 1, request.width).load("values");
    const inputs = request.inputs.map(([column, width]) => ws.getRangeByIndexes(request.row, column, request.count, width).load("values"));
    const merged = !supports("1.13") ? [] : request.targets.flatMap(([column, width]) => [
      ws.getRangeByIndexes(request.headerRow, column, 1, width).getMergedAreasOrNullObject().load("isNullObject,address"),
      ws.getRangeByIndexes(request.row, column, request.count, width).getMergedAreasOrNullObject().load("isNullObject,address"),
    ]);
    await this.sync();
    return {
      header: header.values[0] ?? [],
      inputs: inputs.map((r) => r.values),
      merged: merged.filter((m) => !m.isNullObject).flatMap((m) => m.address.split(",").map((a) => a.trim())),
    };
  }

  async addColumns(headerRow: number, column: number, headers: string[]): Promise<void> {
    if (this.table !== undefined) {
      for (const h of headers) this.table.columns.add(undefined, undefined, h);
    } else {
      this.ws().getRangeByIndexes(headerRow, column, 1, headers.length).values = [headers];
    }
    this.context.application.suspendApiCalculationUntilNextSync();
    await this.sync();
  }

  async write(blocks: readonly WriteBlock[]): Promise<void> {
    const ws = this.ws();
    for (const block of blocks) {
      const width = block.values[0]?.length ?? 0;
      if (block.values.length === 0 || width === 0) continue;
      const range = ws.getRangeByIndexes(block.row, block.column, block.values.length, width);
      const formats = block.numberFormats === undefined ? undefined : formatsFor(block.values.length, block.numberFormats, 0, width);
      if (formats !== undefined) range.numberFormat = formats;
      range.values = protect(block.values);
    }
    this.context.application.suspendApiCalculationUntilNextSync();
    await this.sync();
  }

  async writeSummary(
    name: string,
    at: number,
    rows: readonly SheetValue[][],
    numberFormats: readonly (string | null)[],
    create?: { replace: boolean; marker: string },
  ): Promise<void> {
    const { workbook } = this.context;
    let ws: Excel.Worksheet;
    if (create !== undefined && !create.replace) {
      if (this.staleMarker) workbook.names.getItem(create.marker).delete();
      ws = workbook.worksheets.add(name);
      workbook.names.add(create.marker, ws.getRange("A1"), WORKBOOK_TEXTS[this.taal].summaryMarkerComment);
    } else {
      ws = workbook.worksheets.getItem(name);
      if (create !== undefined) ws.getRange().clear();
    }
    const width = rows[0]?.length ?? 0;
    if (rows.length > 0 && width > 0) {
      for (const run of formatRuns(numberFormats)) {
        ws.getRangeByIndexes(at, run.start, rows.length, run.width).numberFormat = Array.from({ length: rows.length }, () => new Array(run.width).fill(run.format));
      }
      ws.getRangeByIndexes(at, 0, rows.length, width).values = protect(rows);
    }
    this.context.application.suspendApiCalculationUntilNextSync();
    await this.sync();
  }

  async finish(format?: FinishFormat): Promise<void> {
    if (format !== undefined) this.format(format.list, format.summary);
    // the user's own formulas over the outputs are made current
    this.context.application.calculate("Recalculate" as Excel.CalculationType);
    await this.sync();
  }

  /** Queues the formats (sent with finish's round trip). */
  private format(list: ListFormat, summary?: { name: string; format: SummaryFormat }): void {
    const ws = this.ws();
    const width = list.right - list.left + 1;
    const rows = list.lastRow - list.firstRow + 1;
    const header = ws.getRangeByIndexes(list.headerRow, list.left, 1, width);
    header.format.font.name = HEADER_FONT;
    header.format.font.bold = true;
    for (const added of list.addedColumns) ws.getRangeByIndexes(list.headerRow, added.column, 1, 1).format.columnWidth = pointsFor(added.width);
    if (rows > 0) {
      if (!list.isTable && supports("1.9")) ws.autoFilter.apply(ws.getRangeByIndexes(list.headerRow, list.left, rows + 1, width));
      // error rows: the Status is neither empty nor an OK status of the run's language (the run rewrote every Status)
      // (only the Status column: the batch never touches a format of the user's other columns)
      const outputs = ws.getRangeByIndexes(list.firstRow, list.statusColumn, rows, 1);
      outputs.conditionalFormats.clearAll();
      const cf = outputs.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      const status = `$${columnLetter(list.statusColumn)}${list.firstRow + 1}`;
      cf.custom.rule.formula = `=AND(${[`${status}<>""`, ...notOkTests(status, list.okStatuses)].join(",")})`;
      cf.custom.format.fill.color = "#FDE2E1";
      cf.custom.format.font.color = "#9C0006";
    }
    ws.freezePanes.freezeRows(list.headerRow + 1);
    pageSetup(ws, list.headerRow);
    if (summary !== undefined) {
      const s = this.context.workbook.worksheets.getItem(summary.name);
      const f = summary.format;
      const head = s.getRangeByIndexes(0, 0, 1, f.columns);
      head.format.font.name = HEADER_FONT;
      head.format.font.bold = true;
      f.widths.forEach((w, c) => (s.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pointsFor(w)));
      if (f.totalRow > 0) {
        s.getRangeByIndexes(f.totalRow, 0, 1, f.columns).format.font.bold = true;
        if (supports("1.9")) s.autoFilter.apply(s.getRangeByIndexes(0, 0, f.totalRow, f.columns));
      }
      s.freezePanes.freezeRows(1);
      pageSetup(s, 0);
    }
  }
}

/** A4 landscape, the header row repeated on every page. */
function pageSetup(ws: Excel.Worksheet, headerRow: number): void {
  if (!supports("1.9")) return;
  ws.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
  ws.pageLayout.paperSize = "A4" as Excel.PaperType;
  ws.pageLayout.setPrintTitleRows(`$${headerRow + 1}:$${headerRow + 1}`);
}

/** Recalculates one list in Excel with the batch runner. Rejects with a message in the run's language when it cannot. */
export async function runExcelBatch(
  context: Excel.RequestContext,
  source: BatchSource | string,
  onProgress: (progress: BatchProgress) => void = () => undefined,
  signal?: AbortSignal,
  options: ExcelBatchOptions = {},
): Promise<BatchReport> {
  try {
    return await runBatch(new ExcelListPort(context, source), { ...options, onProgress, signal });
  } catch (error) {
    const shown = workbookError(error, options.taal);
    // an Excel error after rows were written: the message says which rows were
    const written = writtenBeforeFailure(error);
    throw written === undefined ? shown : new DossierListError(`${shown.message} ${written}`);
  }
}

/** The Excel implementation of the panel's port; `run` is Excel.run (injectable for tests). */
export function createExcelBatchPort(
  excelRun: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = (batch) => Excel.run(batch),
  options: ExcelBatchOptions = {},
): BatchPort {
  const translated = async <T>(work: () => Promise<T>, taal: Taal = "nl"): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw workbookError(error, taal);
    }
  };
  return {
    listSources: (taal) => translated(() => excelRun((context) => listBatchSources(context, taal)), taal),
    run: (source, onProgress, signal, taal) =>
      translated(() => excelRun((context) => runExcelBatch(context, source, onProgress, signal, taal === undefined ? options : { ...options, taal })), taal ?? options.taal),
    select: (address) =>
      translated(() =>
        excelRun(async (context) => {
          const { sheet, range } = splitAddress(address);
          const ws = sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(range).select();
          await context.sync();
        }),
      ),
  };
}
