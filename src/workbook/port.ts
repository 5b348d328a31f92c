/**
 * The task pane's port to the workbook: the few things the wizard asks of Excel, nothing more. Two adapters
 * implement it: excel.ts (Office.js, batched context.sync) and memory.ts (a workbook held in memory, for the preview
 * mode outside Excel and for tests). The wizard never touches Office.js itself.
 *
 * Also here: small pure helpers both adapters share (A1 addresses, free sheet names).
 */

/** Where an official scale table lives: an Excel table by name, or a range by its (sheet-qualified) address. */
export type ScaleRef = { kind: "table"; name: string } | { kind: "range"; address: string };

/** A scale as read from the workbook: its reference, a label for people, and the raw cell values. */
export interface ScaleData {
  ref: ScaleRef;
  /** e.g. "tabel Schaal" or "Schaal!$A$1:$D$20" */
  label: string;
  values: unknown[][];
}

/**
 * The dossier list around the selection: the rows of the table (or of the sheet's used range) that holds the
 * selected cell. `headerIndex` is known for a table (0); for a plain sheet the caller looks for the header row.
 */
export interface DossierListSelection {
  rows: unknown[][];
  /** index in `rows` of the selected row */
  selectedIndex: number;
  /** index in `rows` of the header row when the workbook knows it (a table), else undefined */
  headerIndex?: number;
  /** for messages, in the port's language: "tabel Dossiers" or "werkblad Lijst" ("tableau Dossiers", "feuille Lijst") */
  source: string;
}

/** How a written cell looks; each adapter maps these to its own formats. */
/** "paragraph": running text, merged over its columns, wrapped, top-aligned (give its row a height). */
export type CellStyle = "title" | "note" | "section" | "label" | "input" | "result" | "header" | "total" | "warning" | "paragraph";
export type CellFormat = "euro" | "date" | "count" | "text";

export interface StyledBlock {
  /** 0-based row and column of the top-left cell */
  row: number;
  col: number;
  rowCount?: number;
  colCount?: number;
  style: CellStyle;
}

/** A block of cells by 0-based indexes. */
export interface CellBlock {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/**
 * A native chart on the written sheet. `data` is a block of the sheet; with series by rows its first row names the
 * categories and its first column the series. `area` is the block of cells the chart covers.
 */
export interface ChartPlan {
  /** "BarStacked": one horizontal bar split into its parts */
  type: "BarStacked";
  seriesBy: "Rows" | "Columns";
  title: string;
  data: CellBlock;
  area: CellBlock;
}

/**
 * A new worksheet to write, from A1: `cells` holds values and formulas (a string starting with "=" is a formula in
 * Excel's English syntax, with commas between arguments; a boolean is a logical value, TRUE/FALSE); `formats` the
 * number formats, same shape.
 */
export interface SheetPlan {
  /** the wished name; the adapter picks a free one ("Dossier X", "Dossier X (2)", ...) */
  baseName: string;
  cells: (string | number | boolean | null)[][];
  formats: (CellFormat | null)[][];
  styles: StyledBlock[];
  /** column widths in points, from column A */
  columnWidths: number[];
  /** native charts over blocks of the sheet */
  charts?: ChartPlan[];
  /** row heights in points (rows of wrapped text); other rows keep Excel's height */
  rowHeights?: { row: number; height: number }[];
  /** how the sheet prints (a letter: A4 portrait, one page wide, its print area) */
  page?: PageSetup;
}

export interface PageSetup {
  orientation: "Portrait" | "Landscape";
  paperSize: "A4";
  printArea: CellBlock;
  /** scale the print area to one page wide */
  fitToWidth: boolean;
}

export interface WorkbookPort {
  /** "excel" inside Excel; "voorbeeld" for the preview workbook held in memory */
  readonly mode: "excel" | "voorbeeld";
  /** names of the workbook's tables that have exactly 4 columns (candidates for the scale) */
  listScaleTables(): Promise<string[]>;
  readScale(ref: ScaleRef): Promise<ScaleData>;
  /** the selected range, offered as the scale */
  readSelectedRange(): Promise<ScaleData>;
  /** the table or sheet holding the selection, for "Van selectie" */
  readSelectedDossierList(): Promise<DossierListSelection>;
  /** writes a new worksheet (never overwrites one) and returns the name it got */
  writeSheet(plan: SheetPlan): Promise<string>;
}

/** A problem with the workbook, said in Dutch for the user (e.g. "Selecteer een cel in een dossierlijst."). */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}
