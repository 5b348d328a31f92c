/**
 * A workbook held in memory: the port's second adapter. The task pane uses it in preview mode (outside Excel, on a
 * sample dossier), and tests use it to see what the wizard reads and writes. Cells hold what Excel's `values` would
 * give ("" for an empty cell); a written sheet keeps its formulas as text, it does not calculate.
 */
import type { Taal } from "../rules";
import { WORKBOOK_TEXTS, type WorkbookTexts } from "./messages";
import { WorkbookError, type CellBlock, type ChartPlan, type DossierListSelection, type ScaleData, type ScaleRef, type SheetPlan, type WorkbookPort } from "./port";
import { boxAddress, freeSheetName, parseA1, quoteSheetName, splitAddress, type CellBox } from "../dossiers/sheet";

export interface MemoryTable {
  name: string;
  sheet: string;
  /** the whole table, header row included, e.g. "A1:D8" */
  address: string;
}

export interface MemorySelection {
  sheet: string;
  address: string;
}

export interface MemoryWorkbookInit {
  sheets?: Record<string, unknown[][]>;
  tables?: MemoryTable[];
  selection?: MemorySelection;
  /** the pane's language, for the messages of the errors (Dutch by default) */
  taal?: Taal;
}

export interface WrittenSheet {
  name: string;
  plan: SheetPlan;
}

/** A chart added to a written sheet, as Excel would get it: its type, title, and the A1 addresses of data and area. */
export interface WrittenChart {
  sheet: string;
  type: ChartPlan["type"];
  title: string;
  /** e.g. "A40:D41" */
  data: string;
  /** e.g. "A43:G58" */
  area: string;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly mode = "voorbeeld" as const;
  readonly sheets = new Map<string, unknown[][]>();
  readonly tables: MemoryTable[];
  selection?: MemorySelection;
  /** every sheet written through the port, in order */
  readonly written: WrittenSheet[] = [];
  /** every chart added to a written sheet, in order */
  readonly charts: WrittenChart[] = [];
  /** a pause before each answer, in ms, to let a preview show its busy state */
  delay = 0;

  private readonly texts: WorkbookTexts["wizard"];

  constructor(init: MemoryWorkbookInit = {}) {
    this.texts = WORKBOOK_TEXTS[init.taal ?? "nl"].wizard;
    for (const [name, cells] of Object.entries(init.sheets ?? {})) this.sheets.set(name, cells.map((row) => [...row]));
    this.tables = [...(init.tables ?? [])];
    this.selection = init.selection;
  }

  select(sheet: string, address: string): void {
    if (!this.sheets.has(sheet)) throw new Error(`geen werkblad ${sheet}`);
    this.selection = { sheet, address };
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  private async pause(): Promise<void> {
    if (this.delay > 0) await new Promise((resolve) => setTimeout(resolve, this.delay));
  }

  private sheet(name: string): unknown[][] {
    const found = [...this.sheets.entries()].find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (found === undefined) throw new WorkbookError(this.texts.sheetGone(name));
    return found[1];
  }

  private cells(sheetName: string, box: CellBox): unknown[][] {
    const grid = this.sheet(sheetName);
    return Array.from({ length: box.rowCount }, (_, r) =>
      Array.from({ length: box.colCount }, (_, c) => {
        const v = grid[box.row + r]?.[box.col + c];
        return v === undefined || v === null ? "" : v;
      }),
    );
  }

  private table(name: string): MemoryTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (t === undefined) throw new WorkbookError(this.texts.tableGone(name));
    return t;
  }

  private selectedBox(): { sheet: string; box: CellBox } {
    if (this.selection === undefined) throw new WorkbookError(this.texts.nothingSelected);
    const box = parseA1(this.selection.address);
    if (box === undefined) throw new WorkbookError(this.texts.invalidSelection(this.selection.address));
    return { sheet: this.selection.sheet, box };
  }

  async listScaleTables(): Promise<string[]> {
    await this.pause();
    return this.tables.filter((t) => parseA1(t.address)?.colCount === 4).map((t) => t.name);
  }

  async readScale(ref: ScaleRef): Promise<ScaleData> {
    await this.pause();
    if (ref.kind === "table") {
      const t = this.table(ref.name);
      return { ref, label: this.texts.tableSource(t.name), values: this.cells(t.sheet, parseA1(t.address)!) };
    }
    const { sheet, range } = splitAddress(ref.address);
    const box = parseA1(range);
    if (sheet === undefined || box === undefined) throw new WorkbookError(this.texts.invalidRange(ref.address));
    return { ref, label: ref.address, values: this.cells(sheet, box) };
  }

  async readSelectedRange(): Promise<ScaleData> {
    await this.pause();
    const { sheet, box } = this.selectedBox();
    const address = `${quoteSheetName(sheet)}!${boxAddress(box, false)}`;
    return { ref: { kind: "range", address }, label: address, values: this.cells(sheet, box) };
  }

  async readSelectedDossierList(): Promise<DossierListSelection> {
    await this.pause();
    const { sheet, box } = this.selectedBox();
    const table = this.tables.find((t) => {
      const tb = parseA1(t.address)!;
      return (
        t.sheet === sheet && box.row >= tb.row && box.row < tb.row + tb.rowCount && box.col >= tb.col && box.col < tb.col + tb.colCount
      );
    });
    if (table !== undefined) {
      const tb = parseA1(table.address)!;
      return { rows: this.cells(sheet, tb), selectedIndex: box.row - tb.row, headerIndex: 0, source: this.texts.tableSource(table.name) };
    }
    const used = this.usedBox(sheet);
    if (used === undefined) throw new WorkbookError(this.texts.sheetEmpty(sheet));
    return { rows: this.cells(sheet, used), selectedIndex: box.row - used.row, source: this.texts.sheetSource(sheet) };
  }

  /** Like Excel's used range (values only): the smallest box around the non-empty cells. */
  private usedBox(sheet: string): CellBox | undefined {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    this.sheet(sheet).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === undefined || v === null || v === "") return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? undefined : { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  async writeSheet(plan: SheetPlan): Promise<string> {
    await this.pause();
    const name = freeSheetName(plan.baseName, this.sheetNames());
    this.sheets.set(name, plan.cells.map((row) => row.map((v) => (v === null ? "" : v))));
    this.written.push({ name, plan });
    for (const chart of plan.charts ?? []) {
      const inside = (b: CellBlock) => b.row >= 0 && b.col >= 0 && b.rowCount > 0 && b.colCount > 0;
      if (!inside(chart.data) || !inside(chart.area)) throw new WorkbookError(this.texts.chartOutside(chart.title));
      this.charts.push({ sheet: name, type: chart.type, title: chart.title, data: boxAddress(chart.data, false), area: boxAddress(chart.area, false) });
    }
    this.selection = { sheet: name, address: "A1" };
    return name;
  }
}
