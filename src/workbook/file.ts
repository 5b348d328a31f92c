/**
 * Spreadsheet files on disk (Node only): .xlsx through ExcelJS, .csv through csv-parse (./csv.ts: semicolon, comma or
 * tab, detected; UTF-8, Windows-1252 or UTF-16 with a byte-order mark; a file that cannot be read whole is refused with its line). A CSV file becomes a workbook of one sheet, so the command line treats both alike.
 * Values leave here as plain cells: number, string, boolean, Date or null (formula results, rich text, hyperlinks and
 * error values are unwrapped), or a formula without a stored value (never read as empty).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { FORMULA_WITHOUT_VALUE, isFormulaWithoutValue, type FormulaWithoutValue } from "../dossiers/cells";
import { isScaleName } from "../dossiers/sheet";
import { readCsvFile } from "./csv";
import type { Taal } from "../rules";
import { isSystemError, SpreadsheetFileError, systemErrorMessage } from "./fileErrors";
import { WORKBOOK_TEXTS } from "./messages";

/**
 * A cell: plain, or a formula without a stored (calculated) value, as a workbook written by a script holds it. That
 * one leaves here as the batch's marker (src/dossiers/cells.ts, its one definition), so the batch makes it an error on
 * its row and never reads it as an empty cell (SPEC 3).
 */
export type PlainCell = string | number | boolean | Date | null | FormulaWithoutValue;

export { SpreadsheetFileError, systemErrorMessage };
export { decodeText, detectDelimiter, formatCsv, parseCsv, type CsvCell } from "./csv";

export type SpreadsheetKind = "xlsx" | "csv";

// ---------------------------------------------------------------------------------------------------------------
// Formula results ExcelJS loses. Excel saves a formula whose result is empty text (`=ALS(x;"";...)`) as
// `<c t="str"><f>..</f><v></v></c>` (or `<v/>`); ExcelJS's cell parser keeps a result only when the <v> text is
// non-empty, so that cell would look like a formula without a stored value and be refused (SPEC 3 reads a formula
// as its calculated value). One hook on the parser, installed once when this module loads (the only reader of xlsx
// files): a str formula whose <v> is present but empty gets the result "". A formula with no <v> at all keeps none.
// (ExcelJS's `cell.value` also drops the falsy results 0 and FALSE, which its model keeps: see `sheetRows`.)

/** set on the parser while the current <c> has a <v> element */
const SAW_VALUE = Symbol("ocmw.sawValue");

interface CellParser {
  [SAW_VALUE]?: boolean;
  t?: string;
  parser?: unknown;
  model?: { formula?: string; shareType?: string; value?: unknown; result?: unknown };
  parseOpen(node: { name: string }): boolean;
  parseClose(name: string): boolean;
}


function keepEmptyTextResults(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as { prototype: CellParser };
  const proto = CellXform.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, SAW_VALUE)) return;
  const parseOpen = proto.parseOpen;
  const parseClose = proto.parseClose;
  proto[SAW_VALUE] = false;
  proto.parseOpen = function (this: CellParser, node) {
    if (this.parser === undefined || this.parser === null) {
      if (node.name === "c") this[SAW_VALUE] = false;
      else if (node.name === "v") this[SAW_VALUE] = true;
    }
    return parseOpen.call(this, node);
  };
  proto.parseClose = function (this: CellParser, name) {
    const result = parseClose.call(this, name);
    const model = this.model;
    if (name === "c" && this[SAW_VALUE] && this.t === "str" && model !== undefined && (model.formula || model.shareType) && model.result === undefined) {
      model.result = "";
      model.value = undefined;
    }
    return result;
  };
}
keepEmptyTextResults();

export interface OpenedSpreadsheet {
  kind: SpreadsheetKind;
  workbook: ExcelJS.Workbook;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWithZip(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(4);
    const n = fs.readSync(fd, head, 0, 4, 0);
    return n === 4 && ZIP_MAGIC.every((b, i) => head[i] === b);
  } finally {
    fs.closeSync(fd);
  }
}

/** The kind of a spreadsheet file by its extension and, for xlsx, its first bytes. Throws SpreadsheetFileError. */
export function spreadsheetKind(file: string, taal: Taal = "nl"): SpreadsheetKind {
  const t = WORKBOOK_TEXTS[taal];
  if (!fs.existsSync(file)) throw new SpreadsheetFileError(t.fileNotFound(file));
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new SpreadsheetFileError(t.fileIsFolder(file));
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xls") throw new SpreadsheetFileError(t.oldXls(file));
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (startsWithZip(file)) return "xlsx";
  if (ext === ".xlsx" || ext === ".xlsm") throw new SpreadsheetFileError(t.notXlsx(file));
  throw new SpreadsheetFileError(t.notSpreadsheet(file));
}

/**
 * Opens an .xlsx or .csv file as an ExcelJS workbook. Throws SpreadsheetFileError with a message in `taal` (Dutch by
 * default; system errors such as permission denied are translated).
 */
export async function openSpreadsheet(file: string, taal: Taal = "nl"): Promise<OpenedSpreadsheet> {
  try {
    return await openSpreadsheetUntranslated(file, taal);
  } catch (error) {
    const message = systemErrorMessage(error, file, taal);
    if (message !== undefined) throw new SpreadsheetFileError(message);
    throw error;
  }
}

async function openSpreadsheetUntranslated(file: string, taal: Taal): Promise<OpenedSpreadsheet> {
  const t = WORKBOOK_TEXTS[taal];
  const kind = spreadsheetKind(file, taal);
  if (kind === "csv") {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetNameFromFile(file));
    const rows = readCsvFile(file, taal);
    for (const row of rows) sheet.addRow(row);
    return { kind, workbook };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    if (isSystemError(error)) throw error;
    // ExcelJS's own messages are English ("Corrupted zip: can't find end of central directory"): not shown
    throw new SpreadsheetFileError(t.corruptXlsx(file));
  }
  if (workbook.worksheets.length === 0) throw new SpreadsheetFileError(t.noSheets(file));
  return { kind, workbook };
}

/** A sheet name from a file name: without extension, without the characters Excel forbids, at most 31 characters. */
export function sheetNameFromFile(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[\\/?*[\]:]/g, "_").trim();
  return (base === "" ? "Dossierlijst" : base).slice(0, 31);
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** An ExcelJS cell value as a plain cell. */
export function plainCell(value: ExcelJS.CellValue | undefined): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (isFormulaWithoutValue(v)) return FORMULA_WITHOUT_VALUE;
  if ("result" in v) return plainCell(v.result as ExcelJS.CellValue);
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
  if (typeof v.text === "string") return v.text;
  if (typeof v.error === "string") return v.error;
  return null;
}

/** A formula cell's stored result, read from the cell (not its `value`, which drops 0, FALSE and ""). */
function storedResult(cell: ExcelJS.Cell): PlainCell {
  const result = cell.result as ExcelJS.CellValue | undefined;
  return result === undefined ? FORMULA_WITHOUT_VALUE : plainCell(result);
}

/**
 * The values of a sheet as 0-based dense rows (row 0 = sheet row 1), each row as long as its last used cell.
 * `maxRows` limits the rows read (for finding a header row cheaply).
 */
export function sheetRows(sheet: ExcelJS.Worksheet, maxRows?: number): PlainCell[][] {
  const last = maxRows === undefined ? sheet.rowCount : Math.min(sheet.rowCount, maxRows);
  const rows: PlainCell[][] = new Array(last);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (row === undefined) {
      rows[r - 1] = [];
      continue;
    }
    const values = row.values as ExcelJS.CellValue[];
    const out: PlainCell[] = new Array(Math.max(0, values.length - 1));
    for (let c = 1; c < values.length; c++) {
      const cell = plainCell(values[c]);
      // `cell.value` drops a falsy formula result (0, FALSE, ""); the cell's own `result` keeps it
      out[c - 1] = cell === FORMULA_WITHOUT_VALUE ? storedResult(row.getCell(c)) : cell;
    }
    rows[r - 1] = out;
  }
  return rows;
}

/** A rectangular matrix (rows padded with null, trailing empty columns dropped), e.g. for a scale table. */
export function rectangular(rows: readonly (readonly PlainCell[])[]): PlainCell[][] {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      const v = row[c];
      if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) {
        width = c + 1;
        break;
      }
    }
  }
  return rows.map((row) => {
    const out = row.slice(0, width) as PlainCell[];
    while (out.length < width) out.push(null);
    return out;
  });
}

/** Finds a sheet by name, case-insensitively. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.worksheets.find((s) => s.name.toLowerCase() === wanted);
}

/** The workbook's scale sheet: named Schaal or Barème (any case, accents or not), as the Excel batch finds it. */
export function findScaleSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => isScaleName(s.name));
}

/**
 * Reads a scale table (4 or 5 columns, SPEC 1 OCMW.BIJDRAGE) from a file: an .xlsx (its sheet `Schaal` or `Barème` when present, else the first sheet) or a .csv.
 */
export async function readScaleFile(file: string, taal: Taal = "nl"): Promise<{ matrix: PlainCell[][]; where: string }> {
  const { kind, workbook } = await openSpreadsheet(file, taal);
  const sheet = (kind === "xlsx" ? findScaleSheet(workbook) : undefined) ?? workbook.worksheets[0];
  return { matrix: rectangular(sheetRows(sheet)), where: kind === "xlsx" ? WORKBOOK_TEXTS[taal].scaleFileWhere(path.basename(file), sheet.name) : path.basename(file) };
}

// ---------------------------------------------------------------------------------------------------------------
// Fast writing: ExcelJS's streaming writer is about twice as fast per cell as its document writer. A workbook read
// with the document reader is copied sheet by sheet into it. What the copy cannot carry (tables, images, shared
// formulas) sends the workbook to the document writer instead, so nothing is lost.

/** Something the streaming copy cannot carry over; the workbook is then written by the document writer. */
class NotStreamable extends Error {}

/**
 * What the streaming copy reads of a worksheet besides its cells: the worksheet's model (ExcelJS's public
 * `worksheet.model`, its serialisation), of which only these parts are used.
 */
interface SheetExtras {
  merges?: string[];
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
  dataValidations?: Record<string, ExcelJS.DataValidation | undefined>;
  sheetProtection?: unknown;
  rowBreaks?: ExcelJS.RowBreak[];
}

/** The features of a workbook that the streaming copy cannot carry (empty: it can be streamed). */
export function streamingBlockers(workbook: ExcelJS.Workbook): string[] {
  const blockers: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.getTables().length > 0) blockers.push(`tabellen op blad ${sheet.name}`);
    if (sheet.getImages().length > 0 || sheet.getBackgroundImageId() !== undefined) blockers.push(`afbeeldingen op blad ${sheet.name}`);
  }
  return blockers;
}

/** The style of a cell without formatting, shared by all of them. */
const NO_STYLE: Partial<ExcelJS.Style> = {};

function hasStyle(style: Partial<ExcelJS.Style> | undefined): boolean {
  if (style === undefined || style === null) return false;
  for (const key in style) if ((style as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}

/**
 * Copies one worksheet into the streaming writer, through ExcelJS's public API only (no private fields of either
 * side). Throws NotStreamable for what that API cannot carry: a shared formula, a protected sheet.
 */
function copySheet(sheet: ExcelJS.Worksheet, writer: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const extras = sheet.model as unknown as SheetExtras;
  // a protection keeps its password hash, which the public API cannot set again
  if (extras.sheetProtection) throw new NotStreamable(`beveiliging van blad ${sheet.name}`);
  const out = writer.addWorksheet(sheet.name, {
    state: sheet.state,
    properties: sheet.properties,
    pageSetup: sheet.pageSetup,
    views: sheet.views,
    headerFooter: sheet.headerFooter,
  });
  if (sheet.autoFilter !== undefined) out.autoFilter = sheet.autoFilter;
  const columns: Partial<ExcelJS.Column>[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    const column = sheet.getColumn(c);
    columns.push({ width: column.width, hidden: column.hidden, outlineLevel: column.outlineLevel, style: hasStyle(column.style) ? column.style : undefined });
  }
  if (columns.length > 0) out.columns = columns;
  // merges mark their cells, so each is made before its first row is committed; not all at the start: a merge far
  // down (the notes under a long summary) would make the writer hold every row above it, and committing rows from
  // that long, holey queue takes time quadratic in the rows
  const merges = (extras.merges ?? []).map((range) => ({ range, top: Number(/^\$?[A-Z]+\$?(\d+)/i.exec(range)?.[1] ?? 1) })).sort((a, b) => a.top - b.top);
  let nextMerge = 0;
  const mergeUpTo = (row: number) => {
    while (nextMerge < merges.length && merges[nextMerge].top <= row) out.mergeCells(merges[nextMerge++].range);
  };
  // before any row is committed: validations and page breaks belong to their rows
  for (const [address, validation] of Object.entries(extras.dataValidations ?? {})) {
    if (validation !== undefined && !address.includes(":")) out.getCell(address).dataValidation = validation;
  }
  for (const brk of extras.rowBreaks ?? []) out.getRow(brk.id).addPageBreak(brk.min, brk.max);
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    mergeUpTo(number);
    const target = out.getRow(number);
    if (row.height) target.height = row.height;
    if (row.hidden) target.hidden = true;
    if (row.outlineLevel) target.outlineLevel = row.outlineLevel;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const value = cell.value;
      if (value !== null && typeof value === "object" && "sharedFormula" in (value as object)) throw new NotStreamable("gedeelde formules");
      const copy = target.getCell(c);
      if (value !== null && value !== undefined) {
        // a formula's falsy result (0, FALSE, "") is missing from `value`: the cell's `result` has it
        const result = typeof value === "object" && "formula" in (value as object) && !("result" in (value as object)) ? cell.result : undefined;
        copy.value = result === undefined ? value : ({ ...(value as ExcelJS.CellFormulaValue), result } as ExcelJS.CellValue);
      }
      // the writer caches a style per style object: sharing one empty style saves building it for every cell
      // (a date keeps its own, so it gets a date format)
      if (hasStyle(cell.style)) copy.style = cell.style;
      else if (!(value instanceof Date)) copy.style = NO_STYLE;
      if (cell.note !== undefined) copy.note = cell.note;
    });
    target.commit();
  });
  mergeUpTo(Infinity);
  for (const cf of extras.conditionalFormattings ?? []) out.addConditionalFormatting(cf);
  out.commit();
}

/** Writes a workbook through ExcelJS's streaming writer. Throws NotStreamable when it cannot carry everything. */
async function writeStreaming(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const blockers = streamingBlockers(workbook);
  if (blockers.length > 0) throw new NotStreamable(blockers.join(", "));
  const stream = fs.createWriteStream(file);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  writer.creator = workbook.creator ?? "OCMW Rekenhulp";
  writer.lastModifiedBy = workbook.lastModifiedBy ?? "OCMW Rekenhulp";
  if (workbook.created) writer.created = workbook.created;
  writer.modified = new Date();
  writer.definedNames.model = workbook.definedNames.model;
  writer.views = workbook.views;
  try {
    for (const sheet of workbook.worksheets) copySheet(sheet, writer);
    await writer.commit();
  } catch (error) {
    if (!stream.closed) {
      await new Promise<void>((resolve) => {
        stream.once("close", () => resolve());
        stream.destroy();
      });
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Temporary files: a workbook is written to a hidden file next to the output, then renamed. Stopping the program
// (Ctrl-C, SIGTERM) while it writes removes that file: it holds names and incomes and must not stay in the user's folder.

/** the temporary files being written, each with the language of its run (for the message on Ctrl-C) */
const pendingTemp = new Map<string, Taal>();
const STOP_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * Removes a temporary file, never throwing: a cleanup that fails (ENOTDIR when the output's folder is a file, EACCES)
 * must not hide the error that made it necessary, nor name the hidden file to the user.
 */
function removeQuietly(tmp: string): void {
  try {
    fs.rmSync(tmp, { force: true });
  } catch {
    // nothing more can be done
  }
}

function removePending(): void {
  for (const tmp of pendingTemp.keys()) removeQuietly(tmp);
  pendingTemp.clear();
}

function onStopSignal(signal: NodeJS.Signals): void {
  const had = pendingTemp.size > 0;
  const taal: Taal = [...pendingTemp.values()][0] ?? "nl";
  removePending();
  uninstallStopHandlers();
  if (had) process.stderr.write(`\n${WORKBOOK_TEXTS[taal].interrupted(signal === "SIGINT" ? "Ctrl-C" : signal)}\n`);
  // the signal again, now without a handler: the program stops as it would have (exit status 128 + signal)
  process.kill(process.pid, signal);
}

function installStopHandlers(): void {
  for (const signal of STOP_SIGNALS) if (!process.listeners(signal).includes(onStopSignal)) process.on(signal, onStopSignal);
  if (!process.listeners("exit").includes(removePending)) process.on("exit", removePending);
}

function uninstallStopHandlers(): void {
  for (const signal of STOP_SIGNALS) process.removeListener(signal, onStopSignal);
  process.removeListener("exit", removePending);
}

/** Runs `write(tmp)` on a hidden temporary file next to `file`, then renames it to `file`; the temp file never stays. */
async function throughTempFile<T>(file: string, write: (tmp: string) => Promise<T>, taal: Taal): Promise<T> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  pendingTemp.set(tmp, taal);
  installStopHandlers();
  try {
    const result = await write(tmp);
    fs.renameSync(tmp, file);
    return result;
  } catch (error) {
    removeQuietly(tmp);
    // a system error names the temporary file: name the output the user asked for
    const message = systemErrorMessage(error, file, taal);
    if (message !== undefined) throw new SpreadsheetFileError(message.split(tmp).join(file));
    throw error;
  } finally {
    pendingTemp.delete(tmp);
    if (pendingTemp.size === 0) uninstallStopHandlers();
  }
}

/**
 * Excel writes a table's filter as `<autoFilter ref=".."/>`, with a `<filterColumn>` only for a column that is
 * filtered or hides its button; ExcelJS reads a column without one as "no button" and would write every such column
 * with its filter button hidden. Those columns get their button back (a column read with a button state keeps it).
 */
function showTableFilterButtons(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as { table?: { autoFilterRef?: string; columns?: { filterButton?: boolean }[] } }[]) {
      const model = table.table;
      if (model?.autoFilterRef === undefined) continue;
      for (const column of model.columns ?? []) if (column.filterButton === undefined) column.filterButton = true;
    }
  }
}

/**
 * Writes a workbook to `file` as fast as it safely can: the streaming copy, else (tables, images, shared formulas)
 * the document writer. Through a temporary file, so a failed or interrupted write leaves nothing half-written.
 * Returns which writer was used. Throws SpreadsheetFileError (in `taal`, Dutch by default) for system errors.
 */
export async function writeWorkbookFast(workbook: ExcelJS.Workbook, file: string, taal: Taal = "nl"): Promise<"stream" | "document"> {
  showTableFilterButtons(workbook);
  return throughTempFile(file, async (tmp) => {
    try {
      await writeStreaming(workbook, tmp);
      return "stream" as const;
    } catch (error) {
      if (!(error instanceof NotStreamable)) throw error;
      removeQuietly(tmp);
    }
    await workbook.xlsx.writeFile(tmp);
    return "document" as const;
  }, taal);
}
