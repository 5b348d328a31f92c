/**
 * The file adapter of the batch runner (src/dossiers/runner.ts): its ListPort over an ExcelJS workbook read from an
 * .xlsx or .csv file (Node only), for the command line. The runner finds the header row and the columns, loads the
 * scale, places the output columns, checks before writing, counts and builds the summary, as it does for Excel; this
 * adapter only reads and writes cells of the workbook in memory, formats what the runner says (batchFileFormat.ts:
 * fonts, widths, number formats, filter, error marking, frozen header, A4 landscape) and saves a NEW file.
 *
 * File specifics live here: choosing the list's sheet (--blad, else the first with the required headers), the scale
 * (a --schaal file, else the workbook's sheet Schaal), the summary's marker as a defined name (so a rerun on its own
 * output replaces the summary it wrote, never a sheet of the user's), merged output cells, a list that is an Excel
 * table growing over the output columns (its filter then covers them), saving through a temporary file that Ctrl-C
 * removes.
 */
import * as path from "path";
import type ExcelJS from "exceljs";
import {
  findHeaderRow,
  HEADER_SCAN_ROWS,
  missingColumns,
  runBatch,
  SUMMARY_AMOUNT_COLUMNS,
  SUMMARY_HEADERS,
  type BatchProgress,
  type BatchReport,
  type FinishFormat,
  type ListInfo,
  type ListPort,
  type ProbeRequest,
  type ProbeResult,
  type SheetValue,
  type WriteBlock,
  boxAddress,
  cellText,
  parseA1,
} from "../dossiers";
import type { Taal } from "../rules";
import { formatList, formatSummary } from "./batchFileFormat";
import { WORKBOOK_TEXTS } from "./messages";
import {
  findScaleSheet,
  findSheet,
  openSpreadsheet,
  readScaleFile,
  rectangular,
  sheetRows,
  SpreadsheetFileError,
  writeWorkbookFast,
  type PlainCell,
  type SpreadsheetKind,
} from "./file";

export interface FileListOptions {
  /** the list's file (.xlsx or .csv) */
  input: string;
  /** --blad: the sheet with the list */
  sheet?: string;
  /** --schaal: a file with the official scale */
  scaleFile?: string;
  /** --taal: the language of the output headers, the Status texts and the summary sheet; Dutch by default */
  taal?: Taal;
}

/** A list in a file, opened: the runner's port, and saving the result. */
export interface FileList {
  kind: SpreadsheetKind;
  workbook: ExcelJS.Workbook;
  /** the list's sheet */
  sheet: ExcelJS.Worksheet;
  port: ListPort;
  /** Runs the batch runner on the list (in memory; nothing is written to disk). */
  run(onProgress?: (progress: BatchProgress) => void): Promise<BatchReport>;
  /** Writes the workbook to `file` through a temporary file (removed on a failure or Ctrl-C). */
  save(file: string): Promise<"stream" | "document">;
}

/** The list sheet: --blad, else the first sheet with the required headers, else the first sheet. */
function chooseSheet(workbook: ExcelJS.Workbook, wanted: string | undefined, taal: Taal): ExcelJS.Worksheet {
  if (wanted !== undefined) {
    const sheet = findSheet(workbook, wanted);
    if (sheet === undefined) {
      const t = WORKBOOK_TEXTS[taal];
      throw new SpreadsheetFileError(t.sheetNotFoundIn(wanted, workbook.worksheets.map((s) => t.quoted(s.name)).join(", ")));
    }
    return sheet;
  }
  for (const sheet of workbook.worksheets) {
    const header = findHeaderRow(sheetRows(sheet, HEADER_SCAN_ROWS));
    if (header !== undefined && missingColumns(header.columns).length === 0) return sheet;
  }
  return workbook.worksheets[0];
}

/** The scale as a matrix: a --schaal file, else the workbook's sheet Schaal or Barème (when it is not the list itself), else none. */
async function scaleMatrix(
  workbook: ExcelJS.Workbook,
  listSheet: ExcelJS.Worksheet,
  scaleFile: string | undefined,
  taal: Taal,
): Promise<{ matrix: PlainCell[][]; where: string } | undefined> {
  if (scaleFile !== undefined) {
    try {
      return await readScaleFile(scaleFile, taal);
    } catch (error) {
      if (error instanceof SpreadsheetFileError) throw new SpreadsheetFileError(WORKBOOK_TEXTS[taal].scaleError(error.message));
      throw error;
    }
  }
  const sheet = findScaleSheet(workbook);
  if (sheet === undefined || sheet === listSheet) return undefined;
  return { matrix: rectangular(sheetRows(sheet)), where: WORKBOOK_TEXTS[taal].scaleSheet(sheet.name) };
}

/** `'Blad 1'!$A$1` -> `Blad 1` */
function sheetOfRange(range: string): string | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(range);
  if (m === null) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** What ExcelJS keeps of a table read from a file (its model); ExcelJS's typings do not describe it. */
interface TableModel {
  name?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string; totalsRowLabel?: string }[];
}

function tableModels(sheet: ExcelJS.Worksheet): TableModel[] {
  return (sheet.getTables() as unknown as { table?: TableModel }[]).map((t) => t.table).filter((t): t is TableModel => t !== undefined && typeof t.tableRef === "string");
}

/**
 * The list is an Excel table: the table grows over the list's columns to its right (the output columns), as the Excel
 * batch adds them as table columns, each named by its header cell, so the table's own filter covers all columns
 * (issue 11 item 4). Every column of the grown table shows its filter button: ExcelJS reads the filter of a table as
 * Excel writes it (`<autoFilter ref=".."/>`, no per-column element) as "buttons hidden" and would write it so.
 * Returns false when the list's header row is no table's header row (a sheet filter is then set).
 * A column right of the table without a header text, or with a name the table already has, stops the growth there.
 */
function growListTable(sheet: ExcelJS.Worksheet, headerRow: number, left: number, right: number, header: readonly unknown[]): boolean {
  let found = false;
  for (const table of tableModels(sheet)) {
    const box = parseA1(table.tableRef ?? "");
    if (box === undefined || table.headerRow === false || box.row !== headerRow) continue;
    const last = box.col + box.colCount - 1;
    if (last < left || box.col > right) continue;
    found = true;
    const names = new Set(table.columns.map((c) => c.name.trim().toLowerCase()));
    let grown = last;
    for (let c = last + 1; c <= right; c++) {
      const name = cellText(header[c]);
      if (name === "" || names.has(name.toLowerCase())) break;
      names.add(name.toLowerCase());
      table.columns.push({ name, filterButton: true, totalsRowFunction: "none" });
      grown = c;
    }
    const widen = (ref: string | undefined): string | undefined => {
      const b = ref === undefined ? undefined : parseA1(ref);
      return b === undefined ? ref : boxAddress({ ...b, colCount: grown - b.col + 1 }, false);
    };
    table.tableRef = widen(table.tableRef);
    if (table.autoFilterRef !== undefined) table.autoFilterRef = widen(table.autoFilterRef);
    for (const column of table.columns) column.filterButton = true;
  }
  return found;
}

/** The ListPort of one sheet of a workbook in memory. */
class FileListPort implements ListPort {
  readonly sourceId: string;
  /** the list's cells, 0-based (row 0 = sheet row 1), kept current with what is written */
  private readonly rows: PlainCell[][];
  private readonly summary = new Map<string, SheetValue[][]>();

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly sheet: ExcelJS.Worksheet,
    private readonly where: string,
    private readonly scale: { matrix: PlainCell[][]; where: string } | undefined,
  ) {
    this.sourceId = `blad:${sheet.name}`;
    this.rows = sheetRows(sheet);
  }

  async open(marker: string): Promise<ListInfo> {
    let width = 0;
    for (const row of this.rows) if (row.length > width) width = row.length;
    const scan = this.rows.slice(0, HEADER_SCAN_ROWS).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    const sheetNames = this.workbook.worksheets.map((s) => s.name);
    const sheet = this.sheet.name;
    return {
      source: { id: this.sourceId, kind: "blad", name: sheet, sheet, label: this.where },
      where: this.where,
      sheet,
      top: 0,
      left: 0,
      width,
      height: this.rows.length,
      scan,
      isTable: false,
      sheetNames,
      ownSummary: this.ownSummary(marker),
      scale:
        this.scale === undefined || this.scale.matrix.length === 0
          ? undefined
          : { where: this.scale.where, rowCount: this.scale.matrix.length, columnCount: this.scale.matrix[0]?.length ?? 0 },
    };
  }

  /** The sheet the marker (a defined name) points at, when it exists and is not the list. */
  private ownSummary(marker: string): string | undefined {
    const named = this.workbook.definedNames.model.find((n) => n.name === marker);
    const name = named?.ranges.map(sheetOfRange).find((s) => s !== undefined);
    if (name === undefined || name === this.sheet.name) return undefined;
    return this.workbook.getWorksheet(name)?.name;
  }

  async readScale(row: number, count: number): Promise<unknown[][]> {
    return (this.scale?.matrix ?? []).slice(row, row + count);
  }

  async read(row: number, count: number, runs: readonly (readonly [number, number])[]): Promise<unknown[][][]> {
    const rows = this.rows;
    return runs.map(([column, width]) => {
      const out: unknown[][] = new Array(count);
      for (let i = 0; i < count; i++) {
        const source = rows[row + i];
        const values: unknown[] = new Array(width);
        for (let j = 0; j < width; j++) values[j] = source?.[column + j] ?? null;
        out[i] = values;
      }
      return out;
    });
  }

  async probe(request: ProbeRequest): Promise<ProbeResult> {
    const rows = this.rows;
    const merged: string[] = [];
    const look = (r: number) => {
      const row = this.sheet.findRow(r + 1);
      if (row === undefined) return;
      for (const [column, width] of request.targets) {
        for (let c = column; c < column + width; c++) {
          const cell = row.findCell(c + 1);
          if (cell !== undefined && cell.isMerged) merged.push(cell.address);
        }
      }
    };
    look(request.headerRow);
    for (let i = 0; i < request.count; i++) look(request.row + i);
    return {
      header: Array.from({ length: request.width }, (_, c) => rows[request.headerRow]?.[request.left + c] ?? null),
      inputs: await this.read(request.row, request.count, request.inputs),
      merged,
    };
  }

  async addColumns(headerRow: number, column: number, headers: string[]): Promise<void> {
    const row = this.sheet.getRow(headerRow + 1);
    const cells = (this.rows[headerRow] ??= []);
    headers.forEach((h, k) => {
      row.getCell(column + k + 1).value = h;
      cells[column + k] = h;
    });
  }

  async write(blocks: readonly WriteBlock[]): Promise<void> {
    for (const block of blocks) {
      const values = block.values;
      for (let i = 0; i < values.length; i++) {
        const r = block.row + i;
        const row = this.sheet.getRow(r + 1);
        const cells = (this.rows[r] ??= []);
        const line = values[i];
        for (let j = 0; j < line.length; j++) {
          // text stays text: ExcelJS writes a string as a string, never as a formula
          const v = line[j] === "" ? null : line[j];
          row.getCell(block.column + j + 1).value = v;
          cells[block.column + j] = v;
        }
      }
    }
  }

  async writeSummary(name: string, at: number, rows: readonly SheetValue[][], _formats: readonly (string | null)[], create?: { replace: boolean; marker: string }): Promise<void> {
    if (create !== undefined) {
      if (create.replace) {
        // this batch's own summary of an earlier run (found by its marker): replaced, in its place among the sheets
        const old = this.workbook.getWorksheet(name);
        if (old !== undefined) this.workbook.removeWorksheet(old.id);
      }
      for (const named of this.workbook.definedNames.model.filter((n) => n.name === create.marker)) {
        for (const range of named.ranges) this.workbook.definedNames.remove(range, create.marker);
      }
      this.workbook.addWorksheet(name);
      this.workbook.definedNames.add(`${quoteSheet(name)}!$A$1`, create.marker);
      this.summary.set(name, []);
    }
    const sheet = this.workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const matrix = this.summary.get(name) as SheetValue[][];
    rows.forEach((row, i) => {
      matrix[at + i] = [...row];
      sheet.getRow(at + i + 1).values = row.map((v) => (v === "" ? null : v));
    });
  }

  async finish(format?: FinishFormat): Promise<void> {
    if (format === undefined) return;
    const list = format.list;
    const rows = this.rows;
    const header = rows[list.headerRow] ?? [];
    const data = rows.slice(list.firstRow, list.lastRow + 1);
    const inTable = growListTable(this.sheet, list.headerRow, list.left, list.right, header);
    formatList(this.sheet, {
      sheetFilter: !inTable && this.sheet.getTables().length === 0,
      headerRow: list.headerRow + 1,
      lastRow: list.headerRow + 1 + data.length,
      lastColumn: list.right + 1,
      amountColumns: (list.amountColumns ?? []).map((c) => c + 1),
      dateColumns: (list.dateColumns ?? []).map((c) => c + 1),
      statusColumn: list.statusColumn + 1,
      okStatuses: list.okStatuses,
      header,
      values: data,
    });
    if (format.summary !== undefined) {
      const { name, format: f } = format.summary;
      const sheet = this.workbook.getWorksheet(name) as ExcelJS.Worksheet;
      const matrix = this.summary.get(name) ?? [];
      formatSummary(sheet, {
        matrix,
        bodyRows: (f.totalRow < 0 ? matrix.length : f.totalRow) - 1,
        amountColumns: SUMMARY_AMOUNT_COLUMNS,
        statusColumn: SUMMARY_HEADERS.length - 1,
        okStatuses: list.okStatuses,
      });
    }
  }
}

/**
 * Opens a dossier list in a file for the batch runner. Throws SpreadsheetFileError (in the run's language) when the
 * file, the sheet or the scale file cannot be read; the runner throws DossierListError for the list itself.
 */
export async function openFileList(options: FileListOptions): Promise<FileList> {
  const taal = options.taal ?? "nl";
  const { kind, workbook } = await openSpreadsheet(options.input, taal);
  const sheet = chooseSheet(workbook, options.sheet, taal);
  const base = path.basename(options.input);
  const where = kind === "csv" ? base : WORKBOOK_TEXTS[taal].fileSheetWhere(sheet.name, base);
  const scale = await scaleMatrix(workbook, sheet, options.scaleFile, taal);
  const port = new FileListPort(workbook, sheet, where, scale);
  return {
    kind,
    workbook,
    sheet,
    port,
    run(onProgress) {
      // the whole list is in memory: one chunk, no payload budget
      return runBatch(port, { onProgress, maxPayloadBytes: Infinity, maxRowsPerChunk: Infinity, firstChunkRows: Infinity, taal: options.taal });
    },
    save(file) {
      return writeWorkbookFast(workbook, file, taal);
    },
  };
}
