/**
 * The look of the workbook the file adapter (batchFile.ts, the command line) writes (issue 11, item 4): ready to use and to print.
 *
 * - header row in a named font (Calibri, bold), so no viewer falls back to a serif font;
 * - column widths that fit the headers and the values (the added output columns too);
 * - a number format on every amount (`#,##0.00`) and date (`dd/mm/yyyy`) that has none;
 * - the filter over ALL columns of the list, the header row frozen;
 * - error rows marked: a conditional format on Status (light red, dark red text, as Excel's own preset);
 * - A4 landscape, fit to the page width, the header row repeated on every printed page.
 *
 * ExcelJS public API only. Styles are shared objects where they can be (the writer caches a style per object).
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../dossiers";
import { notOkTests } from "./batchPort";

export const HEADER_FONT_NAME = "Calibri";
export const AMOUNT_FORMAT = "#,##0.00";
export const DATE_FORMAT = "dd/mm/yyyy";
/** Excel's paper size code for A4. */
export const PAPER_A4 = 9;

/** The fill and font of a row with an error (Excel's "light red fill with dark red text"). */
export const ERROR_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
  font: { color: { argb: "FF9C0006" } },
};

/** 10, not 9: ExcelJS leaves out a width of 9 (its default), and a viewer then uses its own. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;
/** Status holds sentences: wider, but not without end. */
const MAX_STATUS_WIDTH = 70;

/**
 * Style changes applied to many cells: each new style is derived once per original style object, so cells that shared
 * a style still share one (the writer caches a style per object), and no style object is changed in place.
 */
class StyleCache {
  private readonly derived = new Map<string, WeakMap<object, Partial<ExcelJS.Style>>>();
  private readonly plain = new Map<string, Partial<ExcelJS.Style>>();

  private change(cell: ExcelJS.Cell, key: string, change: Partial<ExcelJS.Style>): void {
    const style = cell.style as Partial<ExcelJS.Style> | undefined;
    if (style === undefined || style === null || Object.keys(style).every((k) => (style as Record<string, unknown>)[k] === undefined)) {
      let shared = this.plain.get(key);
      if (shared === undefined) this.plain.set(key, (shared = { ...change }));
      cell.style = shared;
      return;
    }
    let byStyle = this.derived.get(key);
    if (byStyle === undefined) this.derived.set(key, (byStyle = new WeakMap()));
    let next = byStyle.get(style);
    if (next === undefined) byStyle.set(style, (next = { ...style, ...change }));
    cell.style = next;
  }

  /** Gives `cell` the number format `numFmt` unless it already has one. */
  numFmt(cell: ExcelJS.Cell, numFmt: string): void {
    if (cell.style?.numFmt) return;
    this.change(cell, `numFmt:${numFmt}`, { numFmt });
  }

  /**
   * A Status cell: indented by one (its text never touches the right-aligned figure before it: "0 OK", not "0OK"),
   * and wrapped in its column when it is a sentence; its other alignment kept.
   */
  status(cell: ExcelJS.Cell, wrap: boolean): void {
    const alignment = cell.style?.alignment;
    if (alignment?.horizontal === "left" && (alignment.indent ?? 0) >= 1 && (!wrap || alignment.wrapText)) return;
    // an indent counts only with an explicit horizontal alignment (Excel and LibreOffice ignore it with "general")
    const change: Partial<ExcelJS.Alignment> = wrap ? { horizontal: "left", indent: 1, wrapText: true, vertical: "top" } : { horizontal: "left", indent: 1 };
    this.change(cell, wrap ? "status:wrap" : "status", { alignment: { ...(alignment ?? {}), ...change } });
  }
}

/** The shown length of a value, roughly as Excel shows it with the formats above. */
function shownLength(value: unknown): number {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return 8;
    const whole = Math.trunc(Math.abs(value)).toString().length;
    // digits, thousands separators, ",00", a minus sign
    return whole + Math.floor((whole - 1) / 3) + 3 + (value < 0 ? 1 : 0);
  }
  if (value instanceof Date) return 10;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("result" in v) return shownLength(v.result);
    if (typeof v.text === "string") return v.text.length;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).reduce((n, p) => n + (p.text?.length ?? 0), 0);
    if ("formula" in v) return 8;
    return 8;
  }
  const text = String(value);
  const newline = text.indexOf("\n");
  return newline < 0 ? text.length : newline;
}

/**
 * Sets part of a cell's style through a new style object: ExcelJS's setters (`cell.font = ...`) change the style
 * object in place, and a workbook read from a file shares one style object among all cells of the same format.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...(cell.style ?? {}), ...change };
}

/** The header row's cells in the named font, bold, keeping their colour and fill. */
function headerFont(row: ExcelJS.Row, lastColumn: number): void {
  for (let c = 1; c <= lastColumn; c++) {
    const cell = row.getCell(c);
    const font = cell.style?.font ?? {};
    restyle(cell, { font: { ...font, name: HEADER_FONT_NAME, size: font.size ?? 11, bold: true } });
  }
}

/** Widths that fit the header (with room for the filter button) and the values; a wider user width is kept. */
function fitWidths(sheet: ExcelJS.Worksheet, header: readonly unknown[], values: Iterable<readonly unknown[]>, lastColumn: number, wide: ReadonlySet<number>): void {
  const widths: number[] = new Array(lastColumn).fill(0);
  for (let c = 0; c < lastColumn; c++) widths[c] = shownLength(header[c]) + 4; // bold text and the filter button
  for (const row of values) {
    const n = Math.min(row.length, lastColumn);
    for (let c = 0; c < n; c++) {
      const length = shownLength(row[c]) + 2;
      if (length > widths[c]) widths[c] = length;
    }
  }
  for (let c = 0; c < lastColumn; c++) {
    const max = wide.has(c + 1) ? MAX_STATUS_WIDTH : MAX_WIDTH;
    const width = Math.min(max, Math.max(MIN_WIDTH, widths[c]));
    const column = sheet.getColumn(c + 1);
    if (column.width === undefined || column.width < width) column.width = width;
  }
}

/** A4 landscape, fit to the width of the page, `headerRow` repeated on every page. */
function pageSetup(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

/** The header row frozen (a frozen first column of the user's is kept). */
function freezeHeader(sheet: ExcelJS.Worksheet, headerRow: number): void {
  const old = sheet.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const xSplit = old?.state === "frozen" ? old.xSplit ?? 0 : 0;
  sheet.views = [{ state: "frozen", xSplit, ySplit: headerRow, topLeftCell: `${columnLetter(xSplit)}${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
}

/** Rows from `first` to `last` (1-based) whose Status (column `status`) is neither an OK status nor empty: marked. */
function markErrors(sheet: ExcelJS.Worksheet, first: number, last: number, lastColumn: number, status: number, okStatuses: readonly string[]): void {
  // a rerun on its own output replaces the marking of the previous run instead of adding a second one
  sheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !cf.rules.some((rule) => isErrorMarking(rule)));
  if (last < first) return;
  const s = `$${columnLetter(status - 1)}${first}`;
  const tests = [...notOkTests(s, okStatuses), `${s}<>""`];
  sheet.addConditionalFormatting({
    ref: `A${first}:${columnLetter(lastColumn - 1)}${last}`,
    rules: [{ type: "expression", priority: 1, formulae: [`AND(${tests.join(",")})`], style: ERROR_STYLE }],
  });
}

/** True for the rule `markErrors` writes (in either language): `AND($X2<>"OK",...,$X2<>"")` with the error fill. */
function isErrorMarking(rule: ExcelJS.ConditionalFormattingRule): boolean {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  const fill = (rule as { style?: Partial<ExcelJS.Style> }).style?.fill as { bgColor?: { argb?: string } } | undefined;
  return (
    rule.type === "expression" &&
    Array.isArray(formulae) &&
    /^AND\(\$[A-Z]+\d+<>"OK",(\$[A-Z]+\d+<>"(?:[^"]|"")*",)*\$[A-Z]+\d+<>""\)$/.test(String(formulae[0])) &&
    fill?.bgColor?.argb === "FFFFC7CE"
  );
}

export interface ListFormat {
  /** true: the filter is a sheet filter over the list (false when the list is a table, or the sheet holds one) */
  sheetFilter: boolean;
  /** 1-based sheet row of the header */
  headerRow: number;
  /** 1-based sheet row of the last data row */
  lastRow: number;
  /** 1-based number of the last column (the output columns included) */
  lastColumn: number;
  /** 1-based columns holding euro amounts (inputs and outputs) */
  amountColumns: readonly number[];
  /** 1-based columns holding dates */
  dateColumns: readonly number[];
  /** 1-based column of Status */
  statusColumn: number;
  /** the statuses that are no error ("OK", "OK (billijkheid)"; in French "OK (équité)"): rows with another are marked */
  okStatuses: readonly string[];
  /** the header row's values and the data rows' values, 0-based columns (for the widths) */
  header: readonly unknown[];
  values: Iterable<readonly unknown[]>;
}

/** Formats the list sheet: see the module comment. */
export function formatList(sheet: ExcelJS.Worksheet, f: ListFormat): void {
  headerFont(sheet.getRow(f.headerRow), f.lastColumn);
  const styles = new StyleCache();
  for (let r = f.headerRow + 1; r <= f.lastRow; r++) {
    const row = sheet.findRow(r);
    if (row === undefined) continue;
    for (const c of f.amountColumns) {
      const cell = row.findCell(c);
      if (cell !== undefined && isNumber(cell.value)) styles.numFmt(cell, AMOUNT_FORMAT);
    }
    for (const c of f.dateColumns) {
      const cell = row.findCell(c);
      if (cell !== undefined && (isNumber(cell.value) || cell.value instanceof Date)) styles.numFmt(cell, DATE_FORMAT);
    }
    // an error is a sentence: wrapped within the Status column, never running over the page
    const status = row.findCell(f.statusColumn);
    if (status !== undefined) wrapLong(status, row, styles);
  }
  fitWidths(sheet, f.header, f.values, f.lastColumn, new Set([f.statusColumn]));
  // a table has its own filter (batchFile.ts grows the list's table over the output columns); a sheet filter over
  // a table would make the file invalid
  if (f.sheetFilter) {
    sheet.autoFilter = { from: { row: f.headerRow, column: 1 }, to: { row: Math.max(f.headerRow, f.lastRow), column: f.lastColumn } };
  }
  markErrors(sheet, f.headerRow + 1, f.lastRow, f.lastColumn, f.statusColumn, f.okStatuses);
  freezeHeader(sheet, f.headerRow);
  pageSetup(sheet, f.headerRow);
}

/** Height of a line of 11-point text, in points. */
const LINE_HEIGHT = 15;

/**
 * A Status cell, indented; a sentence longer than its column: wrapped, and its row made tall enough for its lines (viewers do not all
 * size a row to wrapped text themselves). A row height the user set is kept when it is taller.
 */
function wrapLong(cell: ExcelJS.Cell, row: ExcelJS.Row, styles: StyleCache): void {
  const text = cell.value;
  const long = typeof text === "string" && text.length > MAX_STATUS_WIDTH - 2;
  styles.status(cell, long);
  if (!long) return;
  const lines = Math.ceil((text.length * 1.1) / (MAX_STATUS_WIDTH - 2));
  if ((row.height ?? 0) < LINE_HEIGHT * lines) row.height = LINE_HEIGHT * lines;
}

function isNumber(value: unknown): boolean {
  if (typeof value === "number") return true;
  if (value !== null && typeof value === "object" && "result" in (value as object)) return typeof (value as { result?: unknown }).result === "number";
  return false;
}

export interface SummaryFormat {
  /** rows of the summary matrix: header (row 1), one per dossier (and the rows without a dossier), the total, notes */
  matrix: readonly (readonly unknown[])[];
  /** how many rows follow the header before the total row */
  bodyRows: number;
  /** 0-based columns with euro amounts */
  amountColumns: readonly number[];
  /** 0-based column of Status */
  statusColumn: number;
  /** the statuses that are no error: rows with another are marked */
  okStatuses: readonly string[];
}

/** Formats the summary sheet (header row 1, the dossiers, the total row, then notes): see the module comment. */
export function formatSummary(sheet: ExcelJS.Worksheet, f: SummaryFormat): void {
  const width = f.matrix[0].length;
  const totalRow = f.bodyRows + 2;
  headerFont(sheet.getRow(1), width);
  const styles = new StyleCache();
  for (let r = 2; r <= totalRow; r++) {
    const row = sheet.getRow(r);
    for (const c of f.amountColumns) {
      const cell = row.getCell(c + 1);
      if (isNumber(cell.value)) styles.numFmt(cell, AMOUNT_FORMAT);
    }
    wrapLong(row.getCell(f.statusColumn + 1), row, styles);
  }
  const total = sheet.getRow(totalRow);
  for (let c = 1; c <= width; c++) {
    restyle(total.getCell(c), { font: { name: HEADER_FONT_NAME, size: 11, bold: true }, border: { top: { style: "thin" } } });
  }
  // the notes below the total are sentences: not measured, but each one merged over the width of the table and
  // wrapped, with a height for its lines (Excel does not size a merged row itself)
  fitWidths(sheet, f.matrix[0], f.matrix.slice(1, totalRow), width, new Set([f.statusColumn + 1]));
  let tableWidth = 0;
  for (let c = 1; c <= width; c++) tableWidth += sheet.getColumn(c).width ?? 10;
  for (let r = totalRow + 1; r <= f.matrix.length; r++) {
    const text = f.matrix[r - 1][0];
    if (typeof text !== "string" || text === "") continue;
    sheet.mergeCells(r, 1, r, width);
    const cell = sheet.getRow(r).getCell(1);
    restyle(cell, { alignment: { wrapText: true, vertical: "top" } });
    const lines = Math.ceil((text.length * 1.1) / tableWidth);
    if (lines > 1) sheet.getRow(r).height = LINE_HEIGHT * lines;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, totalRow - 1), column: width } };
  markErrors(sheet, 2, totalRow - 1, width, f.statusColumn + 1, f.okStatuses);
  freezeHeader(sheet, 1);
  pageSetup(sheet, 1);
}
