/**
 * The port's Excel adapter (Office.js). Each operation is one Excel.run with as few context.sync calls as the data
 * allows: load what is needed in one go, then write everything and sync once. Office errors become WorkbookErrors
 * with a message in the pane's language.
 */
import { WorkbookError, type CellFormat, type CellStyle, type DossierListSelection, type ScaleData, type ScaleRef, type SheetPlan, type WorkbookPort } from "./port";
import { freeSheetName, splitAddress } from "../dossiers/sheet";
import type { Taal } from "../rules";
import { WORKBOOK_TEXTS, type WorkbookTexts } from "./messages";

/** Number formats in Excel's invariant syntax; Excel shows them in the user's locale (nl-BE: € 1.234,56). */
export const EXCEL_FORMATS: Record<CellFormat | "general", string> = {
  euro: "[$€-813] #,##0.00",
  date: "dd/mm/yyyy",
  count: "0",
  text: "General",
  general: "General",
};

interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
  /** wrap the text, top-aligned */
  wrap?: boolean;
  /** merge the block into one cell (each row apart) */
  merge?: boolean;
}

/** How each kind of cell looks on the sheet. Input cells are light blue, as the sheet's note says. */
export const EXCEL_STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  note: { italic: true, color: "#595959" },
  section: { bold: true, color: "#FFFFFF", fill: "#1F4E79" },
  label: {},
  input: { fill: "#DDEBF7" },
  result: { bold: true },
  header: { bold: true, fill: "#D9D9D9", borderBottom: true },
  total: { bold: true, borderTop: true },
  warning: { bold: true, color: "#7A4B00", fill: "#FFEB9C" },
  paragraph: { wrap: true, merge: true },
};

function officeMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Runs a batch; a WorkbookError passes through, any other failure is said in the pane's language. */
async function run<T>(texts: WorkbookTexts["wizard"], what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    const code = (error as { code?: string })?.code;
    if (code === "ItemNotFound") throw new WorkbookError(texts.notFoundAnyMore(what));
    throw new WorkbookError(texts.officeError(what, officeMessage(error)));
  }
}

function pad<T>(row: readonly T[], width: number, fill: T): T[] {
  return Array.from({ length: width }, (_, i) => (i < row.length ? row[i] : fill));
}

export class ExcelWorkbook implements WorkbookPort {
  readonly mode = "excel" as const;
  private readonly texts: WorkbookTexts["wizard"];

  /** `taal`: the pane's language, for the messages of the errors (Dutch by default). */
  constructor(taal: Taal = "nl") {
    this.texts = WORKBOOK_TEXTS[taal].wizard;
  }

  listScaleTables(): Promise<string[]> {
    return run(this.texts, this.texts.readTables, async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const ranges = tables.items.map((table) => {
        const range = table.getRange();
        range.load("columnCount");
        return { name: table.name, range };
      });
      await context.sync();
      return ranges.filter((t) => t.range.columnCount === 4).map((t) => t.name);
    });
  }

  readScale(ref: ScaleRef): Promise<ScaleData> {
    return run(this.texts, this.texts.readScale, async (context) => {
      let range: Excel.Range;
      let label: string;
      if (ref.kind === "table") {
        range = context.workbook.tables.getItem(ref.name).getRange();
        label = this.texts.tableSource(ref.name);
      } else {
        const { sheet, range: local } = splitAddress(ref.address);
        if (sheet === undefined) throw new WorkbookError(this.texts.rangeWithoutSheet(this.texts.readScale, ref.address));
        range = context.workbook.worksheets.getItem(sheet).getRange(local);
        label = ref.address;
      }
      range.load("values");
      await context.sync();
      return { ref, label, values: range.values };
    });
  }

  readSelectedRange(): Promise<ScaleData> {
    return run(this.texts, this.texts.readSelection, async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,values");
      await context.sync();
      return { ref: { kind: "range", address: range.address }, label: range.address, values: range.values };
    });
  }

  readSelectedDossierList(): Promise<DossierListSelection> {
    return run(this.texts, this.texts.readList, async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("rowIndex");
      const tables = selection.getTables(false);
      tables.load("items/name");
      // a navigation property: a proxy object, nothing to load (the rule cannot tell)
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const sheet = selection.worksheet;
      sheet.load("name");
      await context.sync();

      // loaded above as "items/name", which the rule does not recognise as loading `items`
      // eslint-disable-next-line office-addins/load-object-before-read
      if (tables.items.length > 0) {
        // eslint-disable-next-line office-addins/load-object-before-read
        const table = tables.items[0];
        const whole = table.getRange();
        whole.load("values,rowIndex");
        const header = table.getHeaderRowRange();
        header.load("rowIndex");
        await context.sync();
        return {
          rows: whole.values,
          selectedIndex: selection.rowIndex - whole.rowIndex,
          headerIndex: header.rowIndex - whole.rowIndex,
          source: this.texts.tableSource(table.name),
        };
      }
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex");
      await context.sync();
      if (used.isNullObject) throw new WorkbookError(this.texts.sheetEmpty(sheet.name));
      return { rows: used.values, selectedIndex: selection.rowIndex - used.rowIndex, source: this.texts.sheetSource(sheet.name) };
    });
  }

  writeSheet(plan: SheetPlan): Promise<string> {
    return run(this.texts, this.texts.writeSheet, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();

      const name = freeSheetName(plan.baseName, sheets.items.map((s) => s.name));
      const sheet = sheets.add(name);
      const rowCount = plan.cells.length;
      const colCount = plan.cells.reduce((w, row) => Math.max(w, row.length), 1);
      const all = sheet.getRangeByIndexes(0, 0, rowCount, colCount);
      all.numberFormat = plan.formats.map((row) => pad(row, colCount, null).map((f) => EXCEL_FORMATS[f ?? "general"]));
      all.formulas = plan.cells.map((row) => pad(row, colCount, null).map((v) => (v === null ? "" : v)));
      for (const block of plan.styles) {
        const range = sheet.getRangeByIndexes(block.row, block.col, block.rowCount ?? 1, block.colCount ?? 1);
        applyStyle(range, EXCEL_STYLES[block.style]);
      }
      plan.columnWidths.forEach((width, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = width;
      });
      for (const { row, height } of plan.rowHeights ?? []) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
      if (plan.page !== undefined && pageLayoutSupported()) {
        const layout = sheet.pageLayout;
        const area = plan.page.printArea;
        layout.orientation = plan.page.orientation;
        layout.paperSize = plan.page.paperSize;
        layout.setPrintArea(sheet.getRangeByIndexes(area.row, area.col, area.rowCount, area.colCount));
        layout.centerHorizontally = true;
        if (plan.page.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
      }
      for (const c of plan.charts ?? []) {
        const data = sheet.getRangeByIndexes(c.data.row, c.data.col, c.data.rowCount, c.data.colCount);
        const chart = sheet.charts.add(c.type, data, c.seriesBy);
        chart.title.text = c.title;
        chart.legend.position = "Bottom";
        chart.dataLabels.showValue = true;
        chart.setPosition(
          sheet.getRangeByIndexes(c.area.row, c.area.col, 1, 1),
          sheet.getRangeByIndexes(c.area.row + c.area.rowCount - 1, c.area.col + c.area.colCount - 1, 1, 1),
        );
      }
      sheet.activate();
      sheet.getRange("A1").select();
      await context.sync();
      return name;
    });
  }
}

/**
 * Page set-up needs ExcelApi 1.9 (Excel 2019 and later, Excel on the web, Microsoft 365). On an older Excel the sheet
 * is written all the same, without its print settings, rather than not at all.
 */
function pageLayoutSupported(): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (set: string, version: string) => boolean } } } }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return typeof check !== "function" || check("ExcelApi", "1.9");
}

function applyStyle(range: Excel.Range, spec: StyleSpec): void {
  const font = range.format.font;
  if (spec.bold !== undefined) font.bold = spec.bold;
  if (spec.italic !== undefined) font.italic = spec.italic;
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.color !== undefined) font.color = spec.color;
  if (spec.fill !== undefined) range.format.fill.color = spec.fill;
  if (spec.borderTop) range.format.borders.getItem("EdgeTop").style = "Continuous";
  if (spec.borderBottom) range.format.borders.getItem("EdgeBottom").style = "Continuous";
  if (spec.merge) range.merge(true);
  if (spec.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
}
