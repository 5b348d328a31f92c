/**
 * The Excel adapter of the task pane's port (src/workbook/excel.ts) against a small hand-made fake of the Office.js
 * objects it uses. office-addin-mock cannot create objects on the fly (worksheets.add, getRangeByIndexes over a grid,
 * getTables of a range), so the fake below models just those, with Office's load/sync rule: reading a property that
 * was not loaded and synced throws, and every write must be followed by a sync before Excel.run ends.
 * The same port contract is then checked on the in-memory adapter (src/workbook/memory.ts).
 */
import { ExcelWorkbook, EXCEL_FORMATS, EXCEL_STYLES } from "../../src/workbook/excel";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";
import {
  absoluteAddress,
  boxAddress,
  cellAddress,
  columnIndex,
  columnLetter,
  freeSheetName,
  parseA1,
  sanitizeSheetName,
  splitAddress,
  type CellBox,
} from "../../src/dossiers/sheet";
import { evaluate } from "../../src/taskpane/model";
import { sampleForm } from "../../src/taskpane/sample";
import { buildSheetPlan } from "../../src/taskpane/sheetPlan";
import { buildLetterPlans } from "../../src/taskpane/letterPlan";

// ---- the fake ------------------------------------------------------------------------------------------------

interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borders?: Record<string, string>;
  wrap?: boolean;
  verticalAlignment?: string;
  /** the top-left cell of a merged block: the block's A1 address */
  merged?: string;
}

interface FakeChartState {
  type: string;
  /** the source data, A1 */
  data: string;
  seriesBy?: string;
  title?: string;
  legend?: string;
  showValue?: boolean;
  /** top-left and bottom-right cells, A1 */
  position?: [string, string];
}

interface FakeSheetState {
  name: string;
  cells: Map<string, FakeCell>;
  widths: Map<number, number>;
  heights: Map<number, number>;
  charts: FakeChartState[];
  /** what pageLayout got: orientation, paper size, print area, ... */
  pageLayout: Record<string, unknown>;
}

interface FakeTableState {
  name: string;
  sheet: string;
  /** the whole table, header included */
  box: CellBox;
}

class FakeDocument {
  sheets: FakeSheetState[] = [];
  tables: FakeTableState[] = [];
  selection: { sheet: string; box: CellBox } = { sheet: "", box: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  active = "";
  runs: { syncs: number }[] = [];

  addSheet(name: string, rows: unknown[][] = []): FakeSheetState {
    const sheet: FakeSheetState = { name, cells: new Map(), widths: new Map(), heights: new Map(), charts: [], pageLayout: {} };
    rows.forEach((row, r) => row.forEach((v, c) => v !== "" && v !== null && sheet.cells.set(`${r},${c}`, { value: v })));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetState {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (s === undefined) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    return s;
  }

  cell(sheet: string, row: number, col: number): FakeCell {
    const s = this.sheet(sheet);
    const key = `${row},${col}`;
    if (!s.cells.has(key)) s.cells.set(key, {});
    return s.cells.get(key)!;
  }

  /** what `values` gives: "" for an empty cell, the formula text for a formula (the fake does not calculate) */
  values(sheet: string, box: CellBox): unknown[][] {
    const s = this.sheet(sheet);
    return Array.from({ length: box.rowCount }, (_, r) =>
      Array.from({ length: box.colCount }, (_, c) => {
        const cell = s.cells.get(`${box.row + r},${box.col + c}`);
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }

  select(sheet: string, address: string) {
    this.selection = { sheet, box: parseA1(address)! };
  }

  formulaAt(sheet: string, address: string): string | undefined {
    const b = parseA1(address)!;
    return this.sheet(sheet).cells.get(`${b.row},${b.col}`)?.formula;
  }
}

class Context {
  private loads: (() => void)[] = [];
  unsyncedWrites = 0;
  syncs = 0;
  readonly workbook: FakeWorkbook;
  constructor(readonly doc: FakeDocument) {
    this.workbook = new FakeWorkbook(this);
  }
  queueLoad(f: () => void) {
    this.loads.push(f);
  }
  wrote() {
    this.unsyncedWrites++;
  }
  async sync() {
    this.syncs++;
    const loads = this.loads;
    this.loads = [];
    loads.forEach((f) => f());
    this.unsyncedWrites = 0;
  }
}

abstract class Loadable {
  protected loaded = new Set<string>();
  constructor(protected ctx: Context) {}
  load(props: string) {
    const names = props.split(",").map((p) => p.trim());
    this.ctx.queueLoad(() => names.forEach((n) => this.onLoad(n)));
    return this;
  }
  protected onLoad(name: string) {
    this.loaded.add(name);
  }
  protected need(name: string) {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name} (load() en sync() vergeten)`);
  }
}

function boxesOverlap(a: CellBox, b: CellBox): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

class FakeRange extends Loadable {
  private snapshot: Record<string, unknown> = {};
  constructor(
    ctx: Context,
    readonly sheetName: string,
    readonly box: CellBox,
    private readonly entireColumn = false,
    readonly isNullObjectValue = false,
  ) {
    super(ctx);
  }
  protected onLoad(name: string) {
    super.onLoad(name);
    const doc = this.ctx.doc;
    if (name === "values") this.snapshot.values = doc.values(this.sheetName, this.box);
    if (name === "address") this.snapshot.address = `${this.sheetName.includes(" ") ? `'${this.sheetName}'` : this.sheetName}!${boxAddress(this.box, false)}`;
  }
  private get<T>(name: string, live: () => T): T {
    this.need(name);
    return (name in this.snapshot ? this.snapshot[name] : live()) as T;
  }
  get values(): unknown[][] {
    return this.get("values", () => []);
  }
  get address(): string {
    return this.get("address", () => "");
  }
  get rowIndex(): number {
    return this.get("rowIndex", () => this.box.row);
  }
  get columnCount(): number {
    return this.get("columnCount", () => this.box.colCount);
  }
  get isNullObject(): boolean {
    return this.isNullObjectValue;
  }
  private eachCell(f: (cell: FakeCell, r: number, c: number) => void) {
    for (let r = 0; r < this.box.rowCount; r++)
      for (let c = 0; c < this.box.colCount; c++) f(this.ctx.doc.cell(this.sheetName, this.box.row + r, this.box.col + c), r, c);
    this.ctx.wrote();
  }
  private checkShape(grid: unknown[][]) {
    if (grid.length !== this.box.rowCount || grid.some((row) => row.length !== this.box.colCount)) {
      throw Object.assign(new Error("The number of rows or columns in the input array doesn't match the size of the range."), {
        code: "InvalidArgument",
      });
    }
  }
  set numberFormat(grid: unknown[][]) {
    this.checkShape(grid);
    this.eachCell((cell, r, c) => (cell.numberFormat = String(grid[r][c])));
  }
  set formulas(grid: unknown[][]) {
    this.checkShape(grid);
    this.eachCell((cell, r, c) => {
      const v = grid[r][c];
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = undefined;
      } else {
        cell.formula = undefined;
        cell.value = v;
      }
    });
  }
  get format() {
    const range = this;
    return {
      font: {
        set bold(v: boolean) {
          range.eachCell((c) => (c.bold = v));
        },
        set italic(v: boolean) {
          range.eachCell((c) => (c.italic = v));
        },
        set size(v: number) {
          range.eachCell((c) => (c.size = v));
        },
        set color(v: string) {
          range.eachCell((c) => (c.color = v));
        },
      },
      fill: {
        set color(v: string) {
          range.eachCell((c) => (c.fill = v));
        },
      },
      borders: {
        getItem(edge: string) {
          return {
            set style(v: string) {
              range.eachCell((c) => (c.borders = { ...(c.borders ?? {}), [edge]: v }));
            },
          };
        },
      },
      set wrapText(v: boolean) {
        range.eachCell((c) => (c.wrap = v));
      },
      set verticalAlignment(v: string) {
        range.eachCell((c) => (c.verticalAlignment = v));
      },
      set rowHeight(height: number) {
        for (let r = 0; r < range.box.rowCount; r++) range.ctx.doc.sheet(range.sheetName).heights.set(range.box.row + r, height);
        range.ctx.wrote();
      },
      set columnWidth(width: number) {
        if (!range.entireColumn) throw new Error("the fake sets widths on whole columns only");
        range.ctx.doc.sheet(range.sheetName).widths.set(range.box.col, width);
        range.ctx.wrote();
      },
    };
  }
  merge(across: boolean) {
    const rows = across ? Array.from({ length: this.box.rowCount }, (_, r) => ({ ...this.box, row: this.box.row + r, rowCount: 1 })) : [this.box];
    for (const block of rows) this.ctx.doc.cell(this.sheetName, block.row, block.col).merged = boxAddress(block, false);
    this.ctx.wrote();
  }
  getEntireColumn() {
    return new FakeRange(this.ctx, this.sheetName, { row: 0, col: this.box.col, rowCount: 1048576, colCount: this.box.colCount }, true);
  }
  select() {
    this.ctx.doc.selection = { sheet: this.sheetName, box: this.box };
    this.ctx.wrote();
  }
  getTables(_fullyContained: boolean) {
    return new FakeTableCollection(
      this.ctx,
      () => this.ctx.doc.tables.filter((t) => t.sheet === this.sheetName && boxesOverlap(t.box, this.box)),
    );
  }
  get worksheet() {
    return new FakeWorksheet(this.ctx, this.sheetName);
  }
}

class FakeWorksheet extends Loadable {
  constructor(ctx: Context, private readonly sheetName: string, nameLoaded = false) {
    super(ctx);
    if (nameLoaded) this.loaded.add("name");
  }
  get name() {
    this.need("name");
    return this.sheetName;
  }
  getRange(address: string) {
    const box = parseA1(address);
    if (box === undefined) throw Object.assign(new Error(`bad address ${address}`), { code: "InvalidArgument" });
    this.ctx.doc.sheet(this.sheetName);
    return new FakeRange(this.ctx, this.sheetName, box);
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number) {
    return new FakeRange(this.ctx, this.sheetName, { row, col, rowCount, colCount });
  }
  getUsedRangeOrNullObject(_valuesOnly: boolean) {
    const keys = [...this.ctx.doc.sheet(this.sheetName).cells.entries()].filter(([, c]) => c.value !== undefined || c.formula !== undefined);
    if (keys.length === 0) return new FakeRange(this.ctx, this.sheetName, { row: 0, col: 0, rowCount: 1, colCount: 1 }, false, true);
    const rc = keys.map(([k]) => k.split(",").map(Number));
    const r0 = Math.min(...rc.map((x) => x[0]));
    const c0 = Math.min(...rc.map((x) => x[1]));
    const r1 = Math.max(...rc.map((x) => x[0]));
    const c1 = Math.max(...rc.map((x) => x[1]));
    return new FakeRange(this.ctx, this.sheetName, { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 });
  }
  activate() {
    this.ctx.doc.active = this.sheetName;
    this.ctx.wrote();
  }
  get charts() {
    const ctx = this.ctx;
    const state = ctx.doc.sheet(this.sheetName);
    return {
      add(type: string, data: FakeRange, seriesBy?: string) {
        if (data.sheetName !== state.name) throw Object.assign(new Error("chart data on another sheet"), { code: "InvalidArgument" });
        const chart: FakeChartState = { type, data: boxAddress(data.box, false), seriesBy };
        state.charts.push(chart);
        ctx.wrote();
        return {
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          legend: {
            set position(v: string) {
              chart.legend = v;
            },
          },
          dataLabels: {
            set showValue(v: boolean) {
              chart.showValue = v;
            },
          },
          setPosition(start: FakeRange, end: FakeRange) {
            chart.position = [boxAddress(start.box, false), boxAddress(end.box, false)];
          },
        };
      },
    };
  }
  get pageLayout() {
    const ctx = this.ctx;
    const layout = ctx.doc.sheet(this.sheetName).pageLayout;
    const setter = (key: string) => ({
      set(v: unknown) {
        layout[key] = v;
        ctx.wrote();
      },
      enumerable: true,
    });
    const api = {
      setPrintArea(range: FakeRange | string) {
        layout.printArea = typeof range === "string" ? range : boxAddress(range.box, false);
        ctx.wrote();
      },
      setPrintMargins(unit: string, margins: Record<string, number>) {
        layout.margins = { unit, ...margins };
        ctx.wrote();
      },
    };
    for (const key of ["orientation", "paperSize", "centerHorizontally", "blackAndWhite", "printGridlines"]) Object.defineProperty(api, key, setter(key));
    Object.defineProperty(api, "zoom", setter("zoom"));
    return api;
  }
}

class FakeWorksheetCollection extends Loadable {
  private snapshot?: FakeWorksheet[];
  protected onLoad(name: string) {
    super.onLoad(name);
    if (name === "items/name") this.snapshot = this.ctx.doc.sheets.map((s) => new FakeWorksheet(this.ctx, s.name, true));
  }
  get items() {
    this.need("items/name");
    return this.snapshot!;
  }
  add(name: string) {
    if (this.ctx.doc.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw Object.assign(new Error(`A resource with the same name or identifier already exists: ${name}`), { code: "ItemAlreadyExists" });
    }
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw Object.assign(new Error(`invalid sheet name ${name}`), { code: "InvalidArgument" });
    this.ctx.doc.addSheet(name);
    this.ctx.wrote();
    return new FakeWorksheet(this.ctx, name, true);
  }
  getItem(name: string) {
    this.ctx.doc.sheet(name);
    return new FakeWorksheet(this.ctx, name, true);
  }
}

class FakeTable {
  constructor(private readonly ctx: Context, private readonly state: FakeTableState) {}
  get name() {
    return this.state.name;
  }
  getRange() {
    return new FakeRange(this.ctx, this.state.sheet, this.state.box);
  }
  getHeaderRowRange() {
    return new FakeRange(this.ctx, this.state.sheet, { ...this.state.box, rowCount: 1 });
  }
}

class FakeTableCollection extends Loadable {
  private snapshot?: FakeTable[];
  constructor(ctx: Context, private readonly list: () => FakeTableState[] = () => ctx.doc.tables) {
    super(ctx);
  }
  protected onLoad(name: string) {
    super.onLoad(name);
    if (name === "items/name") this.snapshot = this.list().map((t) => new FakeTable(this.ctx, t));
  }
  get items() {
    this.need("items/name");
    return this.snapshot!;
  }
  getItem(name: string) {
    const t = this.ctx.doc.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (t === undefined) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
    return new FakeTable(this.ctx, t);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  constructor(private readonly ctx: Context) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
  }
  getSelectedRange() {
    const sel = this.ctx.doc.selection;
    return new FakeRange(this.ctx, sel.sheet, sel.box);
  }
}

function installExcel(doc: FakeDocument) {
  (globalThis as { Excel?: unknown }).Excel = {
    run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
      const ctx = new Context(doc);
      const result = await batch(ctx);
      if (ctx.unsyncedWrites > 0) throw new Error(`${ctx.unsyncedWrites} writes without a context.sync() before the end of Excel.run`);
      doc.runs.push({ syncs: ctx.syncs });
      return result;
    },
  };
}

/** The sample workbook of the preview, as an Excel document: a dossier list table, a scale table, a 3-column table. */
function sampleDocument(): FakeDocument {
  const doc = new FakeDocument();
  const list = [
    ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"],
    ["D1", "Els", 41000, 0, 0, 600],
    ["D2", "Mira", 52000, 0, 1, 500],
    ["D1", "Koen", 29800, 18500, 2, 600],
  ];
  doc.addSheet("Dossierlijst", list);
  doc.tables.push({ name: "Dossiers", sheet: "Dossierlijst", box: parseA1("A1:F4")! });
  doc.addSheet("Mijn schaal", [
    ["Fictief"],
    [],
    ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
    [0, 0, 30000, 0],
    [0, 30000, "", 100],
  ]);
  doc.tables.push({ name: "Schaal", sheet: "Mijn schaal", box: parseA1("A3:D5")! });
  doc.addSheet("Lijst", [["Titel"], [], ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"], ["X", "Ann", 1, 0, 0, 5]]);
  doc.tables.push({ name: "Smal", sheet: "Lijst", box: parseA1("H1:J2")! });
  doc.addSheet("Leeg");
  doc.select("Dossierlijst", "B2");
  return doc;
}

function sampleMemory(): MemoryWorkbook {
  const doc = sampleDocument();
  return new MemoryWorkbook({
    sheets: Object.fromEntries(doc.sheets.map((s) => [s.name, doc.values(s.name, { row: 0, col: 0, rowCount: 6, colCount: 10 })])),
    tables: doc.tables.map((t) => ({ name: t.name, sheet: t.sheet, address: boxAddress(t.box, false) })),
    selection: { sheet: "Dossierlijst", address: "B2" },
  });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

// ---- Naar werkblad -------------------------------------------------------------------------------------------

describe("Excel adapter: Brief per kind", () => {
  test("a letter: A4 portrait, one page wide, its print area; paragraphs merged, wrapped and as tall as their lines", async () => {
    const doc = sampleDocument();
    installExcel(doc);
    const form = sampleForm();
    const [plan] = buildLetterPlans(form, evaluate(form));
    const name = await new ExcelWorkbook().writeSheet(plan);
    expect(name).toBe("Brief An Janssens");
    const sheet = doc.sheet(name);
    const last = plan.cells.length; // 1-based number of the last row
    expect(sheet.pageLayout).toEqual({ orientation: "Portrait", paperSize: "A4", printArea: `A1:B${last}`, centerHorizontally: true, zoom: { horizontalFitToPages: 1 } });
    const paragraph = plan.styles.find((s) => s.style === "paragraph")!;
    const cell = doc.cell(name, paragraph.row, 0);
    expect(cell).toMatchObject({ wrap: true, verticalAlignment: "Top", merged: `A${paragraph.row + 1}:B${paragraph.row + 1}` });
    expect(sheet.heights.get(paragraph.row)).toBe(plan.rowHeights!.find((h) => h.row === paragraph.row)!.height);
    // the contribution is a live formula over the letter's own cells
    expect([...sheet.cells.values()].some((c) => c.formula?.startsWith("=OCMW.BIJDRAGE("))).toBe(true);
    expect(doc.runs.at(-1)!.syncs).toBe(2);
  });
});

describe("Excel adapter: Brief per kind on an older Excel", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("without ExcelApi 1.9 the letter is written all the same, without print settings", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version) < 1.9 } },
    };
    const doc = sampleDocument();
    installExcel(doc);
    const form = sampleForm();
    const [plan] = buildLetterPlans(form, evaluate(form));
    expect(await new ExcelWorkbook().writeSheet(plan)).toBe("Brief An Janssens");
    expect(doc.sheet("Brief An Janssens").pageLayout).toEqual({});
    expect(doc.values("Brief An Janssens", { row: 0, col: 0, rowCount: 1, colCount: 1 })).toEqual([["Uw bijdrage in de verblijfskosten van uw ouder"]]);
  });
});

describe("Excel adapter: Naar werkblad", () => {
  function write(doc: FakeDocument, form = sampleForm()) {
    installExcel(doc);
    return new ExcelWorkbook().writeSheet(buildSheetPlan(form, evaluate(form)));
  }

  test("writes formulas, not values: the results are OCMW.* formulas over the input cells", async () => {
    const doc = sampleDocument();
    const name = await write(doc);
    expect(name).toBe("Dossier Voorbeeld Janssens");
    const sheet = "Dossier Voorbeeld Janssens";
    expect(doc.formulaAt(sheet, "B18")).toBe('=OCMW.TEKORT(B7,B8,B13:B15,B9,IF(ISBLANK(B10),"",B10),B6)');
    expect(doc.formulaAt(sheet, "B19")).toBe("=ROWS(A24:A25)");
    expect(doc.formulaAt(sheet, "B20")).toBe("=OCMW.KINDSDEEL(B18,B19)");
    expect(doc.formulaAt(sheet, "F24")).toBe("=OCMW.VRIJSTELLING(D24,$B$6)");
    expect(doc.formulaAt(sheet, "G24")).toBe("=OCMW.BIJDRAGE(B24,C24,D24,$B$20,$B$6,,E24)");
    expect(doc.formulaAt(sheet, "G25")).toBe("=OCMW.BIJDRAGE(B25,C25,D25,$B$20,$B$6,,E25)");
    // the chart of the deficit's parts: after B26 Totaal, B27 Aandeel, 28 Berekening, 29 the approximation warning, 30 blank and
    // 31 the section title, a stacked bar over the block A32:B35 (a name and a live amount per row), drawn over 14 rows below
    expect(doc.sheet(sheet).charts).toEqual([
      { type: "BarStacked", data: "A32:B35", seriesBy: "Rows", title: "Verdeling van het tekort per maand", legend: "Bottom", showValue: true, position: ["A36", "G49"] },
    ]);
    expect(doc.values(sheet, parseA1("A32:B35")!)).toEqual([
      ["Deel", "Per maand"],
      ["An Janssens", "=G24"],
      ["Bart Janssens", "=G25"],
      ["Aandeel OCMW", "=B27"],
    ]);
    // Aandeel OCMW: OCMW.AANDEEL over the tekort and the Bijdrage column; the total is tekort - aandeel
    expect(doc.formulaAt(sheet, "B26")).toBe("=B18-B27");
    expect(doc.formulaAt(sheet, "B27")).toBe("=OCMW.AANDEEL(B18,G24:G25)");
    // the inputs are plain values in labelled cells
    const v = (a: string) => doc.values(sheet, parseA1(a)!)[0];
    expect(v("A6:B6")).toEqual(["Datum", 45352]);
    expect(v("A7:B7")).toEqual(["Ligdagprijs", 60]);
    expect(v("A8:B8")).toEqual(["Dagen", 30]);
    expect(v("A9:B9")).toEqual(["Inkomsten", 1400]);
    expect(v("A10:B10")).toEqual(["Zakgeld", ""]);
    expect(doc.values(sheet, parseA1("A13:B15")!)).toEqual([
      ["Medicatie en dokter", 80],
      ["Persoonlijke was", 45],
      ["Mutualiteit en zorgkas", 25],
    ]);
    expect(v("A23:G23")).toEqual(["Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Kadastraal inkomen", "Vrijstelling", "Bijdrage"]);
    expect(v("A24:E24")).toEqual(["An Janssens", 38000, "", 1, ""]);
    // no result cell holds a number
    for (const a of ["B18", "B19", "B20", "F24", "G24", "F25", "G25", "B26", "B27"]) {
      const cell = doc.sheet(sheet).cells.get(`${parseA1(a)!.row},${parseA1(a)!.col}`)!;
      expect(cell.value).toBeUndefined();
      expect(cell.formula).toMatch(/^=/);
    }
  });

  test("formats: euro and date number formats, light-blue inputs, column widths; the new sheet is activated", async () => {
    const doc = sampleDocument();
    const sheet = await write(doc);
    const cell = (a: string) => doc.sheet(sheet).cells.get(`${parseA1(a)!.row},${parseA1(a)!.col}`)!;
    expect(cell("B6").numberFormat).toBe(EXCEL_FORMATS.date);
    expect(cell("B7").numberFormat).toBe("[$€-813] #,##0.00");
    expect(cell("B18").numberFormat).toBe(EXCEL_FORMATS.euro);
    expect(cell("B8").numberFormat).toBe("0");
    expect(cell("B7").fill).toBe(EXCEL_STYLES.input.fill);
    expect(cell("A1").bold).toBe(true);
    expect(cell("B26").borders).toEqual({ EdgeTop: "Continuous" });
    expect(doc.sheet(sheet).widths.get(0)).toBeGreaterThan(100);
    expect(doc.active).toBe(sheet);
    expect(doc.selection).toEqual({ sheet, box: parseA1("A1") });
  });

  test("batched: one sync to read the sheet names, one to write everything", async () => {
    const doc = sampleDocument();
    await write(doc);
    expect(doc.runs).toEqual([{ syncs: 2 }]);
  });

  test("never overwrites a sheet: a fresh name when one exists (compared as Excel does, ignoring case)", async () => {
    const doc = sampleDocument();
    doc.addSheet("dossier voorbeeld janssens", [["niet overschrijven"]]);
    expect(await write(doc)).toBe("Dossier Voorbeeld Janssens (2)");
    expect(await write(doc)).toBe("Dossier Voorbeeld Janssens (3)");
    expect(doc.values("dossier voorbeeld janssens", parseA1("A1:A2")!)).toEqual([["niet overschrijven"], [""]]);
  });

  test("long and odd dossier names still give a valid sheet name of at most 31 characters", async () => {
    const doc = sampleDocument();
    const form = { ...sampleForm(), dossier: "Janssens-Vermeulen [2024/03] : *bis*?" };
    const first = await write(doc, form);
    expect(first).toBe("Dossier Janssens-Vermeulen 2024");
    expect(first.length).toBeLessThanOrEqual(31);
    const second = await write(doc, form);
    expect(second).toBe("Dossier Janssens-Vermeulen (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });

  test("with a scale table or range, OCMW.BIJDRAGE refers to it", async () => {
    const doc = sampleDocument();
    const table = { ...sampleForm(), schaal: { method: "schaal" as const, ref: { kind: "table" as const, name: "Schaal" }, values: doc.values("Mijn schaal", parseA1("A3:D5")!) } };
    const t = await write(doc, table);
    expect(doc.formulaAt(t, "G24")).toBe("=OCMW.BIJDRAGE(B24,C24,D24,$B$20,$B$6,Schaal[#All],E24)");
    const range = { ...table, schaal: { ...table.schaal, ref: { kind: "range" as const, address: "'Mijn schaal'!A3:D5" } } };
    const r = await write(doc, range);
    expect(doc.formulaAt(r, "G24")).toBe("=OCMW.BIJDRAGE(B24,C24,D24,$B$20,$B$6,'Mijn schaal'!$A$3:$D$5,E24)");
  });

  test("an Excel failure becomes a Dutch WorkbookError", async () => {
    installExcel(sampleDocument());
    (globalThis as { Excel: { run: unknown } }).Excel.run = async () => {
      throw Object.assign(new Error("Access denied"), { code: "AccessDenied" });
    };
    const form = sampleForm();
    await expect(new ExcelWorkbook().writeSheet(buildSheetPlan(form, evaluate(form)))).rejects.toThrow(
      new WorkbookError("Werkblad schrijven: Excel meldt een fout (Access denied)."),
    );
  });
});

// ---- reading ---------------------------------------------------------------------------------------------------

describe.each<[string, () => { port: WorkbookPort; select: (sheet: string, address: string) => void }]>([
  [
    "Excel adapter",
    () => {
      const doc = sampleDocument();
      installExcel(doc);
      return { port: new ExcelWorkbook(), select: (s, a) => doc.select(s, a) };
    },
  ],
  [
    "memory adapter",
    () => {
      const memory = sampleMemory();
      return { port: memory, select: (s, a) => memory.select(s, a) };
    },
  ],
])("%s: the port contract", (_, make) => {
  test("lists the 4-column tables as scale candidates", async () => {
    const { port } = make();
    expect(await port.listScaleTables()).toEqual(["Schaal"]);
  });

  test("reads a scale table, header included", async () => {
    const { port } = make();
    const data = await port.readScale({ kind: "table", name: "Schaal" });
    expect(data.label).toBe("tabel Schaal");
    expect(data.values).toEqual([
      ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
      [0, 0, 30000, 0],
      [0, 30000, "", 100],
    ]);
  });

  test("reads a scale range on a sheet with a quoted name", async () => {
    const { port } = make();
    const data = await port.readScale({ kind: "range", address: "'Mijn schaal'!$A$4:$D$5" });
    expect(data.values).toEqual([
      [0, 0, 30000, 0],
      [0, 30000, "", 100],
    ]);
  });

  test("offers the selection as a scale, with its address", async () => {
    const { port, select } = make();
    select("Mijn schaal", "A3:D5");
    const data = await port.readSelectedRange();
    expect(data.ref).toEqual({ kind: "range", address: "'Mijn schaal'!A3:D5" });
    expect(data.values).toHaveLength(3);
  });

  test("reads the dossier list table around the selection", async () => {
    const { port, select } = make();
    select("Dossierlijst", "C4");
    const list = await port.readSelectedDossierList();
    expect(list.source).toBe("tabel Dossiers");
    expect(list.headerIndex).toBe(0);
    expect(list.selectedIndex).toBe(3);
    expect(list.rows[list.selectedIndex]).toEqual(["D1", "Koen", 29800, 18500, 2, 600]);
  });

  test("reads a plain sheet's used range when the selection is in no table", async () => {
    const { port, select } = make();
    select("Lijst", "B4");
    const list = await port.readSelectedDossierList();
    expect(list.source).toBe("werkblad Lijst");
    expect(list.headerIndex).toBeUndefined();
    expect(list.rows[list.selectedIndex].slice(0, 2)).toEqual(["X", "Ann"]);
  });

  test("an empty sheet or a missing table is said in Dutch", async () => {
    const { port, select } = make();
    select("Leeg", "A1");
    await expect(port.readSelectedDossierList()).rejects.toThrow(/Het werkblad "Leeg" is leeg/);
    await expect(port.readScale({ kind: "table", name: "Weg" })).rejects.toThrow(/bestaat niet \(meer\)/);
    await expect(port.readScale({ kind: "table", name: "Weg" })).rejects.toBeInstanceOf(WorkbookError);
  });

  test("writes a sheet under a free name", async () => {
    const { port } = make();
    const form = { ...sampleForm(), dossier: "" };
    const plan = buildSheetPlan(form, evaluate(form));
    expect(await port.writeSheet(plan)).toBe("Dossier");
    expect(await port.writeSheet(plan)).toBe("Dossier (2)");
  });
});

// ---- helpers of the port ---------------------------------------------------------------------------------------

describe("port helpers", () => {
  test("columns and A1 addresses", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(701)).toBe("ZZ");
    expect(columnLetter(702)).toBe("AAA");
    expect(columnIndex("AA")).toBe(26);
    expect(cellAddress(6, 1)).toBe("B7");
    expect(cellAddress(6, 1, true)).toBe("$B$7");
    expect(parseA1("$B$2:D10")).toEqual({ row: 1, col: 1, rowCount: 9, colCount: 3 });
    expect(parseA1("Blad1!A1")).toBeUndefined();
    expect(boxAddress({ row: 0, col: 0, rowCount: 1, colCount: 1 })).toBe("$A$1");
    expect(splitAddress("'Jan''s blad'!A1:B2")).toEqual({ sheet: "Jan's blad", range: "A1:B2" });
    expect(splitAddress("A1")).toEqual({ range: "A1" });
    expect(absoluteAddress("Blad1!A1:D4")).toBe("Blad1!$A$1:$D$4");
    expect(absoluteAddress("'Jan''s blad'!A1:D4")).toBe("'Jan''s blad'!$A$1:$D$4");
    // a sheet named like a cell must be quoted
    expect(absoluteAddress("AB12!A1:D4")).toBe("'AB12'!$A$1:$D$4");
  });

  test("sheet names", () => {
    expect(sanitizeSheetName("Dossier a/b:c*d?e[f]g\\h")).toBe("Dossier a b c d e f g h");
    expect(sanitizeSheetName("'Dossier'")).toBe("Dossier");
    expect(sanitizeSheetName("History")).toBe("Dossier");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(freeSheetName("Dossier A", ["Blad1"])).toBe("Dossier A");
    expect(freeSheetName("Dossier A", ["DOSSIER A", "Dossier A (2)"])).toBe("Dossier A (3)");
    const long = "Dossier " + "x".repeat(30);
    const name = freeSheetName(long, [long.slice(0, 31)]);
    expect(name).toBe(`Dossier ${"x".repeat(19)} (2)`);
    expect(name).toHaveLength(31);
  });
});
